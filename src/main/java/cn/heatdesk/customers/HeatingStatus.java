package cn.heatdesk.customers;

/** A customer's heating status for one season (glossary: 用热 / 报停 / 未开户). */
public enum HeatingStatus {
    IN_SERVICE("用热"), SUSPENDED("报停"), NOT_CONNECTED("未开户");

    private final String label;

    HeatingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the English name or the Chinese label (as in an import file). */
    public static HeatingStatus parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        for (HeatingStatus s : values()) {
            if (s.name().equalsIgnoreCase(t) || s.label.equals(t)) {
                return s;
            }
        }
        return null;
    }
}
