package cn.heatdesk.policy.internal.web;

import java.time.LocalDateTime;

/** One audit record as the page shows it: local time, and before/after as indented JSON (or null). */
record AuditRow(long id, LocalDateTime at, String actor, String action, String entityType, String entityId,
                String summary, String before, String after) {
}
