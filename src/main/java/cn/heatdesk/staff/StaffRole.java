package cn.heatdesk.staff;

/**
 * The roles of R-SYS-2. Each staff account has exactly one.
 */
public enum StaffRole {

    HOTLINE_AGENT("热线坐席"),
    BUTLER("片区管家"),
    BRANCH_DISPATCHER("分公司调度"),
    MARKET_SERVICE("市场客服部"),
    PRODUCTION_MANAGEMENT("生产管理部门"),
    SUPERVISOR("监督/主管"),
    ADMINISTRATOR("系统管理员");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    /** The name staff see in the user interface. */
    public String label() {
        return label;
    }

    /** The Spring Security authority, for {@code hasRole(name())} and {@code hasAuthority(authority())}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
