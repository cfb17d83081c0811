package cn.heatdesk.staff;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in staff member, as Spring Security holds it; templates can show
 * {@code ${#authentication.principal.displayName}}.
 */
public class StaffPrincipal extends User {

    private final long staffId;
    private final String displayName;
    private final StaffRole role;

    public StaffPrincipal(StaffMember member, String passwordHash, boolean enabled) {
        super(member.username(), passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority(member.role().authority())));
        this.staffId = member.id();
        this.displayName = member.displayName();
        this.role = member.role();
    }

    public long getStaffId() {
        return staffId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public StaffRole getRole() {
        return role;
    }

    public StaffMember toMember() {
        return new StaffMember(staffId, getUsername(), displayName, role);
    }
}
