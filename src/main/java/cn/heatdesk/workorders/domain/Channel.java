package cn.heatdesk.workorders.domain;

/** R-SYS-1: where an order came in. The names are API contract values. */
public enum Channel {
    HOTLINE_968111("968111热线"),
    /** 12345 城市热线: inbound orders are idempotent by their external order number. */
    CITY_HOTLINE_12345("12345热线"),
    PUBLIC_UTILITY_CENTRE("公用事业服务中心"),
    WALK_IN("来访"),
    /** R-BUTLER-6: a call or visit a butler received directly, reported to the company within a deadline. */
    BUTLER("片区管家"),
    WEB("网上");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
