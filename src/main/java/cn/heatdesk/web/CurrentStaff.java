package cn.heatdesk.web;

import java.util.List;

/**
 * The signed-in staff member as the page header shows them. {@code roles} are role names without the
 * {@code ROLE_} prefix (ADMINISTRATOR, BUTLER, …); the page shows their Chinese names from messages.
 */
record CurrentStaff(String username, String displayName, List<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
