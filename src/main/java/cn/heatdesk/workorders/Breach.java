package cn.heatdesk.workorders;

import java.time.Instant;

import cn.heatdesk.policy.domain.DeadlineRule;

/**
 * R-SUP-5: a missed deadline, recorded once, against the responsible person and unit (the area, or null for an
 * order not yet placed in one); {@code responsibleUnit} is the area's name.
 */
public record Breach(long id, long orderId, String orderNumber, DeadlineRule rule, Instant due, Instant recordedAt,
                     String responsibleUsername, Long responsibleAreaId, String responsibleUnit) {
}
