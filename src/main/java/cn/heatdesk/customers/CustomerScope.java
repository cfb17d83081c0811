package cn.heatdesk.customers;

import java.util.Set;

import cn.heatdesk.staff.StaffRole;

/**
 * Which customers a staff member may see (R-SYS-2): the whole company, some branches, or some areas.
 *
 * <p>Decision: hotline agents, the market customer service department, production management,
 * supervisors and administrators work for the whole city; a branch dispatcher sees the branch named in
 * {@code staff_scope}; a butler sees the areas whose butler they are. Nobody else sees anything.
 */
public record CustomerScope(boolean companyWide, Set<Long> branchIds, Set<Long> areaIds) {

    public CustomerScope {
        branchIds = Set.copyOf(branchIds);
        areaIds = Set.copyOf(areaIds);
    }

    public static CustomerScope company() {
        return new CustomerScope(true, Set.of(), Set.of());
    }

    public static boolean isCompanyWide(StaffRole role) {
        return switch (role) {
            case HOTLINE_AGENT, MARKET_SERVICE, PRODUCTION_MANAGEMENT, SUPERVISOR, ADMINISTRATOR -> true;
            case BUTLER, BRANCH_DISPATCHER -> false;
        };
    }

    public boolean seesNothing() {
        return !companyWide && branchIds.isEmpty() && areaIds.isEmpty();
    }

    public boolean covers(long branchId, long areaId) {
        return companyWide || branchIds.contains(branchId) || areaIds.contains(areaId);
    }

    /** R-SYS-2 decision: who may reveal a full phone number or ID number (always logged). */
    public static boolean mayReveal(StaffRole role, PersonalField field) {
        return switch (field) {
            case PHONE, PHONE2 -> switch (role) {
                case HOTLINE_AGENT, BUTLER, BRANCH_DISPATCHER, MARKET_SERVICE, ADMINISTRATOR -> true;
                case PRODUCTION_MANAGEMENT, SUPERVISOR -> false;
            };
            case ID_NUMBER -> role == StaffRole.MARKET_SERVICE || role == StaffRole.ADMINISTRATOR;
        };
    }

    /**
     * R-SYS-2 decision: who may change a season's heating status — the butler who keeps the file, the
     * branch dispatcher, the market customer service department (报停/开户 business) and administrators.
     * Hotline agents record the request and pass it on; production management and supervisors only look.
     */
    public static boolean mayChangeStatus(StaffRole role) {
        return switch (role) {
            case BUTLER, BRANCH_DISPATCHER, MARKET_SERVICE, ADMINISTRATOR -> true;
            case HOTLINE_AGENT, PRODUCTION_MANAGEMENT, SUPERVISOR -> false;
        };
    }
}
