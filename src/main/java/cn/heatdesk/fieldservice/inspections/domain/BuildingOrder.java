package cn.heatdesk.fieldservice.inspections.domain;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Buildings as butlers count them: 1号楼, 2号楼, 10号楼 — runs of digits compare as numbers, the rest as
 * text, so 10号楼 comes after 2号楼 and not after 1号楼.
 */
public final class BuildingOrder implements Comparator<String> {

    public static final BuildingOrder NATURAL = new BuildingOrder();

    private BuildingOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int byNumber = new BigInteger(a.substring(i, ei)).compareTo(new BigInteger(b.substring(j, ej)));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = ei;
                j = ej;
            }
            else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(String s, int from) {
        int at = from;
        while (at < s.length() && Character.isDigit(s.charAt(at))) {
            at++;
        }
        return at;
    }
}
