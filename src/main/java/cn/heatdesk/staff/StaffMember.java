package cn.heatdesk.staff;

/**
 * A staff account as other modules see it: never with its password.
 */
public record StaffMember(long id, String username, String displayName, StaffRole role) {
}
