package cn.heatdesk.customers;

/** R-SYS-2: how phones and ID numbers look to someone who has not revealed them. */
public final class Masking {

    private Masking() {
    }

    /** 13812345678 → 138****5678; short numbers keep only their last two digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String p = phone.trim();
        if (p.length() >= 11) {
            return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
        }
        if (p.length() >= 7) {
            return p.substring(0, 2) + "*".repeat(p.length() - 6) + p.substring(p.length() - 4);
        }
        return "*".repeat(Math.max(0, p.length() - 2)) + p.substring(Math.max(0, p.length() - 2));
    }

    /** 370303199001011234 → 370***********1234. */
    public static String idNumber(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String v = id.trim();
        if (v.length() <= 7) {
            return "*".repeat(v.length());
        }
        return v.substring(0, 3) + "*".repeat(v.length() - 7) + v.substring(v.length() - 4);
    }
}
