package cn.heatdesk.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.heatdesk.customers.CustomerImports;
import cn.heatdesk.staff.StaffRole;

/**
 * R-SYS-2: the main navigation shows only what the signed-in role may use, so nobody at 3 a.m. clicks
 * into a page that answers 403. Modules add their entry here when their pages exist (用户档案, 热线工作台,
 * 我的工单, 监督看板); a menu never links to a page that is not there yet.
 */
final class Navigation {

    static final String ADMINISTRATOR = "ADMINISTRATOR";

    private Navigation() {
    }

    static List<NavItem> itemsFor(CurrentStaff staff) {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("home", "/", "nav.home"));
        if (seesCustomers(staff)) {
            items.add(new NavItem("customers", "/customers", "nav.customers"));
            items.add(new NavItem("heatingRates", "/customers/heating-rates", "nav.heatingRates"));
        }
        items.add(new NavItem("calculator", "/policy/calculator", "nav.calculator"));
        if (seesCustomers(staff)) {
            items.add(new NavItem("notify", "/notify", "nav.notify"));
        }
        if (CustomerImports.IMPORTERS.stream().anyMatch(role -> staff.hasRole(role.name()))) {
            items.add(new NavItem("customer-import", "/customers/import", "nav.customerImport"));
        }
        if (staff.hasRole(ADMINISTRATOR)) {
            items.add(new NavItem("policies", "/admin/policies", "nav.policies"));
            items.add(new NavItem("reveals", "/admin/personal-data-reveals", "nav.reveals"));
            items.add(new NavItem("notification-items", "/admin/notification-items", "nav.notificationItems"));
        }
        return List.copyOf(items);
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
