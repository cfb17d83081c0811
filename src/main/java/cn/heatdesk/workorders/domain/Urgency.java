package cn.heatdesk.workorders.domain;

/** R-BUTLER-6: an emergency is reported within 10 minutes, a general matter within 2 hours. */
public enum Urgency {
    EMERGENCY("紧急"),
    GENERAL("一般");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
