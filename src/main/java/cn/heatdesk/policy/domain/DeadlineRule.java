package cn.heatdesk.policy.domain;

/** The service deadlines of the seed, each with the rule that sets it. */
public enum DeadlineRule {
    /** R-SUP-3: on site within 30 minutes (半小时到位). */
    ON_SITE("R-SUP-3", "半小时到位"),
    /** R-BUTLER-6: a butler reports an emergency to 968111 within 10 minutes. */
    EMERGENCY_REPORT("R-BUTLER-6", "紧急情况上报"),
    /** R-BUTLER-6: a general matter reported to the market customer service department within 2 hours. */
    GENERAL_REPORT("R-BUTLER-6", "一般情况上报"),
    /** R-TEMP-6: measure a reported cold home within 24 hours. */
    TEMPERATURE_TEST("R-TEMP-6", "入户测温"),
    /** R-ANS-4: call back after paid service within 24 hours, 20:00–08:00 not counted. */
    PAID_SERVICE_CALLBACK("R-ANS-4", "有偿服务回访"),
    /** R-APPT-4: tell the customer of a changed visit 1 hour (operating) or 1 day (otherwise) before. */
    RESCHEDULE_NOTICE("R-APPT-4", "改约提前告知");

    private final String ruleId;
    private final String label;

    DeadlineRule(String ruleId, String label) {
        this.ruleId = ruleId;
        this.label = label;
    }

    public String ruleId() {
        return ruleId;
    }

    public String label() {
        return label;
    }

    /** RESCHEDULE_NOTICE counts back from an appointment; the others count forward from a start. */
    public boolean countsBackFromAppointment() {
        return this == RESCHEDULE_NOTICE;
    }
}
