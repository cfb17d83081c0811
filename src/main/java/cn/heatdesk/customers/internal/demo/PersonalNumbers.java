package cn.heatdesk.customers.internal.demo;

import java.time.LocalDate;
import java.util.Random;

/**
 * Phone and ID numbers for generated data. They look real (carrier prefixes, Zibo's area code 0533, Zibo
 * district codes, valid GB 11643 check digits) but come from a seeded generator, not from people.
 */
final class PersonalNumbers {

    private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "133", "135", "136", "137", "138", "139",
            "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181",
            "182", "183", "185", "186", "187", "188", "189", "198", "199" };

    /** GB 11643-1999 weights and check characters. */
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";

    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2002, 12, 31).toEpochDay() - OLDEST_BIRTH.toEpochDay());

    private PersonalNumbers() {
    }

    static String mobile(Random random) {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + digits(random, 8);
    }

    /** A Zibo landline: area code 0533 and seven digits that do not start with 0 or 1. */
    static String landline(Random random) {
        return "0533" + (2 + random.nextInt(7)) + digits(random, 6);
    }

    /** An 18-digit resident ID number: region, birth date (1940–2002), sequence, check digit. */
    static String idNumber(Random random, String regionCode) {
        LocalDate birth = OLDEST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS + 1));
        String body = regionCode + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + digits(random, 3);
        return body + checkDigit(body);
    }

    /** GB 11643: Σ digit × weight mod 11 picks the check character. */
    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static String digits(Random random, int count) {
        StringBuilder s = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }
}
