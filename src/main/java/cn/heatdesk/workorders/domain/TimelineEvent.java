package cn.heatdesk.workorders.domain;

/** What a timeline entry records (R-SYS-3: every change to an order, with who and when). */
public enum TimelineEvent {
    REGISTERED("登记受理"),
    CUSTOMER_MATCHED("关联用户档案"),
    /** R-ANS-4. */
    PAID_SERVICE_CONSENT("用户同意有偿服务"),
    DISPATCHED("派单"),
    REASSIGNED("转派"),
    ACCEPTED("接单"),
    /** R-SUP-4. */
    APPOINTMENT_AGREED("预约上门时间"),
    /** R-SUP-3. */
    DELAY_EXPLAINED("说明延误"),
    CHECKED_IN("到场"),
    /** R-TEMP-6. */
    MEASURED("入户测温"),
    RESOLVED("处理完毕"),
    /** R-SUP-1. */
    REPLY_GIVEN("答复用户"),
    /** R-SUP-2, R-ANS-4. */
    CALLED_BACK("回访"),
    CALLBACK_UNREACHED("回访未接通"),
    /** R-SUP-2. */
    SPOT_CHECK_SELECTED("抽中二次回访"),
    SPOT_CHECKED("二次回访"),
    SPOT_CHECK_UNREACHED("二次回访未接通"),
    CLOSED("办结"),
    CANCELLED("取消");

    private final String label;

    TimelineEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
