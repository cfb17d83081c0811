package cn.heatdesk.workorders.domain;

/**
 * Where a work order stands. Changed only by the guarded methods of {@link WorkOrder}; the names are
 * API contract values.
 */
public enum OrderStatus {
    RECEIVED("已受理", "尚未派单"),
    DISPATCHED("已派单", "已派单、尚未接单"),
    ACCEPTED("已接单", "已接单、尚未到场"),
    ON_SITE("已到场", "已到场"),
    RESOLVED("已处理", "已处理完毕"),
    CALLED_BACK("已回访", "已回访"),
    CLOSED("已办结", "已办结"),
    CANCELLED("已取消", "已取消");

    private final String label;
    private final String refusalPhrase;

    OrderStatus(String label, String refusalPhrase) {
        this.label = label;
        this.refusalPhrase = refusalPhrase;
    }

    public String label() {
        return label;
    }

    /** How a refusal names this status: 工单尚未派单，不能接单 reads better than 工单已受理，不能接单. */
    String refusalPhrase() {
        return refusalPhrase;
    }

    /** Resolved or later: the work is done (R-SUP-3 no longer runs, cancelling is refused). */
    public boolean workDone() {
        return this == RESOLVED || this == CALLED_BACK || this == CLOSED;
    }

    public boolean ended() {
        return this == CLOSED || this == CANCELLED;
    }
}
