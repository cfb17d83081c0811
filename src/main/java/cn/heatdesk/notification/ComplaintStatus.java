package cn.heatdesk.notification;

/** A complaint of non-notification: received, then confirmed or not (R-NOTIFY-6). */
public enum ComplaintStatus {
    OPEN("待核实"),
    CONFIRMED("经查属实"),
    REJECTED("经查不属实");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
