package cn.heatdesk.notification.domain;

/** Small text checks shared by the records of this package; messages are for the clerk, in Chinese. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("请填写" + what);
        }
        return value.strip();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
