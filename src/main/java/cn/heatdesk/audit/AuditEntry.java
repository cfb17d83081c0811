package cn.heatdesk.audit;

import java.util.Objects;

/**
 * A change to record. {@code before} and {@code after} are any objects serialisable to JSON (records,
 * maps), or null when there was nothing before (creation) or after (removal).
 */
public record AuditEntry(String actor, String action, String entityType, String entityId, String summary,
                         Object before, Object after) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(summary, "summary");
    }
}
