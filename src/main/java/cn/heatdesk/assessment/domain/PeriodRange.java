package cn.heatdesk.assessment.domain;

/** The periods the 考核 page offers (R-SUP-6): this month, last month, the heating season, or any days. */
public enum PeriodRange {
    THIS_MONTH("本月"),
    LAST_MONTH("上月"),
    SEASON("本供暖季"),
    CUSTOM("自定义");

    private final String label;

    PeriodRange(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
