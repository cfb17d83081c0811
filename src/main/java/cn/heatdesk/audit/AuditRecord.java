package cn.heatdesk.audit;

import java.time.Instant;

/** A recorded change as read back from the trail; before/after are JSON text. */
public record AuditRecord(long id, Instant occurredAt, String actor, String action, String entityType,
                          String entityId, String summary, String before, String after) {
}
