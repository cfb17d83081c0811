package cn.heatdesk.notification;

/** Where the notification was given (R-NOTIFY-2). */
public enum Channel {
    COUNTER("营业厅窗口"),
    PHONE("电话咨询"),
    VISIT("管家上门");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
