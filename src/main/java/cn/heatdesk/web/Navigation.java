package cn.heatdesk.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.heatdesk.customers.CustomerImports;
import cn.heatdesk.fieldservice.HomeVisits;
import cn.heatdesk.fieldservice.TemperatureMeasurements;
import cn.heatdesk.staff.StaffRole;

/**
 * R-SYS-2: the main navigation shows only what the signed-in role may use, so nobody at 3 a.m. clicks
 * into a page that answers 403. Modules add their entry here when their pages exist (用户档案, 热线工作台,
 * 我的工单, 监督看板); a menu never links to a page that is not there yet.
 */
final class Navigation {

    static final String ADMINISTRATOR = "ADMINISTRATOR";

    /** Issue 4: who takes calls and registers orders (热线工作台). */
    static final List<StaffRole> HOTLINE_DESK = List.of(StaffRole.HOTLINE_AGENT, StaffRole.BUTLER,
            StaffRole.BRANCH_DISPATCHER, StaffRole.MARKET_SERVICE, StaffRole.ADMINISTRATOR);

    /** Issue 4: who dispatches the orders nobody holds (派单队列). */
    static final List<StaffRole> DISPATCH_QUEUE = List.of(StaffRole.BRANCH_DISPATCHER, StaffRole.SUPERVISOR,
            StaffRole.ADMINISTRATOR);

    /** R-SUP-2: who calls customers back, and the market customer service department's spot checks (回访). */
    static final List<StaffRole> CALLBACKS = List.of(StaffRole.HOTLINE_AGENT, StaffRole.BRANCH_DISPATCHER,
            StaffRole.MARKET_SERVICE, StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR);
    /** 监督看板 and 考核 (R-SUP-5, R-SUP-6): supervisors, market customer service, branch dispatchers, administrators. */
    static final List<String> SUPERVISION_ROLES = List.of("SUPERVISOR", "MARKET_SERVICE", "BRANCH_DISPATCHER",
            ADMINISTRATOR);

    private Navigation() {
    }

    /**
     * The day's work first (calls, my orders, visits, callbacks), then the files and the field work, then supervision,
     * then reference pages and administration; each entry only for the roles that may use it.
     */
    static List<NavItem> itemsFor(CurrentStaff staff) {
        List<NavItem> items = new ArrayList<>();
        boolean staffMember = seesCustomers(staff);
        items.add(new NavItem("home", "/", "nav.home"));
        if (any(staff, HOTLINE_DESK)) {
            items.add(new NavItem("hotline", "/hotline", "nav.hotline"));
        }
        if (staffMember) {
            items.add(new NavItem("my-orders", "/my-orders", "nav.myOrders"));
        }
        if (staff.hasRole(StaffRole.BUTLER.name())) {
            items.add(new NavItem("visits", "/visits", "nav.visits"));
        }
        if (staffMember) {
            items.add(new NavItem("appointments", "/appointments", "nav.appointments"));
        }
        if (any(staff, DISPATCH_QUEUE)) {
            items.add(new NavItem("queue", "/orders/queue", "nav.queue"));
        }
        if (any(staff, CALLBACKS)) {
            items.add(new NavItem("callbacks", "/orders/callbacks", "nav.callbacks"));
        }
        if (HomeVisits.FOLLOW_UP_ROLES.stream().anyMatch(role -> staff.hasRole(role.name()))) {
            items.add(new NavItem("visit-follow-ups", "/visits/follow-ups", "nav.visitFollowUps"));
        }
        if (staffMember) {
            items.add(new NavItem("customers", "/customers", "nav.customers"));
            items.add(new NavItem("notify", "/notify", "nav.notify"));
            items.add(new NavItem("inspections", "/inspections", "nav.inspections"));
            items.add(new NavItem("repair-plan", "/repair-plan", "nav.repairPlan"));
            items.add(new NavItem("building-notices", "/building-notices", "nav.buildingNotices"));
        }
        if (SUPERVISION_ROLES.stream().anyMatch(staff::hasRole)) {
            items.add(new NavItem("supervision", "/supervision", "nav.supervision"));
            items.add(new NavItem("assessment", "/assessment", "nav.assessment"));
        }
        if (staffMember) {
            items.add(new NavItem("heatingRates", "/customers/heating-rates", "nav.heatingRates"));
        }
        items.add(new NavItem("calculator", "/policy/calculator", "nav.calculator"));
        if (CustomerImports.IMPORTERS.stream().anyMatch(role -> staff.hasRole(role.name()))) {
            items.add(new NavItem("customer-import", "/customers/import", "nav.customerImport"));
        }
        if (TemperatureMeasurements.OUTDOOR_RECORDERS.stream().anyMatch(role -> staff.hasRole(role.name()))) {
            items.add(new NavItem("outdoor", "/temperature/outdoor", "nav.outdoor"));
        }
        if (staff.hasRole(ADMINISTRATOR)) {
            items.add(new NavItem("policies", "/admin/policies", "nav.policies"));
            items.add(new NavItem("reveals", "/admin/personal-data-reveals", "nav.reveals"));
            items.add(new NavItem("notification-items", "/admin/notification-items", "nav.notificationItems"));
        }
        return List.copyOf(items);
    }

    private static boolean any(CurrentStaff staff, List<StaffRole> roles) {
        return roles.stream().anyMatch(role -> staff.hasRole(role.name()));
    }

    /**
     * Every staff role sees customers in some scope (company-wide, a branch or an area; CustomerScope
     * decides which), so every role gets 用户档案, 用热率 and the header's search box. A principal with
     * none of the roles (a tool, a test user) does not.
     */
    static boolean seesCustomers(CurrentStaff staff) {
        return Arrays.stream(StaffRole.values()).anyMatch(role -> staff.hasRole(role.name()));
    }
}
