package cn.heatdesk.staff.internal;

import java.time.Instant;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/**
 * A staff account with its password hash; the aggregate behind {@link StaffMember}.
 */
@Table("staff_account")
public class StaffAccount {

    @Id
    private Long id;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final StaffRole role;
    private final boolean enabled;
    private final Instant createdAt;

    @PersistenceCreator
    StaffAccount(Long id, String username, String passwordHash, String displayName, StaffRole role,
            boolean enabled, Instant createdAt) {
        this.id = id;
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = Objects.requireNonNull(displayName);
        this.role = Objects.requireNonNull(role);
        this.enabled = enabled;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A new, enabled account; {@code passwordHash} is already encoded. */
    public static StaffAccount open(String username, String passwordHash, String displayName, StaffRole role,
            Instant at) {
        return new StaffAccount(null, username, passwordHash, displayName, role, true, at);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public StaffRole role() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public StaffMember toMember() {
        if (id == null) {
            throw new IllegalStateException("Account " + username + " has not been saved yet");
        }
        return new StaffMember(id, username, displayName, role);
    }
}
