package cn.heatdesk.workorders.domain;

/**
 * What the person acting on an order may do beyond their own part in it. The service maps staff roles
 * (R-SYS-2) onto these; whether the order is in the person's area is checked there, not here.
 */
public enum ActorRole {
    /** Acts as first responder, assignee or caller-back of the orders they hold. */
    STAFF("工作人员"),
    /** Routes and steers orders: may act for the assignee and for the first responder. */
    DISPATCHER("调度"),
    /** 市场客服部: makes the spot-check callbacks of R-SUP-2. */
    MARKET_SERVICE("市场客服部");

    private final String label;

    ActorRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
