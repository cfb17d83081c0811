package cn.heatdesk.workorders.domain;

/** R-SUP-5: where a tracked deadline stands. */
public enum DeadlineStatus {
    OPEN("进行中"),
    MET("已按时完成"),
    BREACHED("超时"),
    /**
     * No longer applies before it fell due: replaced by an appointment the customer asked for (R-SUP-4), or the
     * order was cancelled. Neither met nor breached, so it counts for neither in the assessment.
     */
    WITHDRAWN("已撤销");

    private final String label;

    DeadlineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
