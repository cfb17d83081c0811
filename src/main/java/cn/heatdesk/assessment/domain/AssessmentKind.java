package cn.heatdesk.assessment.domain;

/** What an assessment record says happened. The names are API contract values. */
public enum AssessmentKind {
    /** R-SUP-6: a customer's complaint about the service, found justified. */
    CONFIRMED_COMPLAINT("确认投诉"),
    /** R-NOTIFY-6: a confirmed complaint that a required notice was not given. */
    NON_NOTIFICATION("未按规定告知");

    private final String label;

    AssessmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
