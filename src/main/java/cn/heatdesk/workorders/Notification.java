package cn.heatdesk.workorders;

import java.time.Instant;

/**
 * An in-app message about an order's deadline (R-SUP-5): {@code BREACH} escalated to the supervisors and told to the
 * responsible person, {@code WARNING} to the responsible person before the due time.
 */
public record Notification(long id, String kind, long orderId, String message, Instant createdAt) {
}
