package cn.heatdesk.workorders.domain;

/**
 * A butler's number as customers know it (R-BUTLER-1: 管家XX号). Numeric numbers have at least two digits
 * ({@code 7} → {@code 07}); an area's own code such as {@code T01} is kept as it is.
 */
public record ButlerNumber(String value) {

    public ButlerNumber {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("缺少管家编号");
        }
        value = value.strip();
        if (value.length() == 1 && value.charAt(0) >= '0' && value.charAt(0) <= '9') {
            value = "0" + value;
        }
    }

    public static ButlerNumber of(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("管家编号须为正数");
        }
        return new ButlerNumber(Integer.toString(number));
    }

    /** 管家07号. */
    public String spoken() {
        return "管家" + value + "号";
    }

    @Override
    public String toString() {
        return value;
    }
}
