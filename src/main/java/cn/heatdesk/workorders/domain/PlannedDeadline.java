package cn.heatdesk.workorders.domain;

import java.time.Instant;
import java.util.Objects;

import cn.heatdesk.policy.domain.DeadlineRule;

/**
 * A deadline an order opens: which rule, from which instant, who answers for it. The due time is not computed
 * here: the policy engine counts it from {@code startsAt} with the terms in force (R-FEE-4). When
 * {@code target} is set (an agreed appointment, R-SUP-4, or an explained delay's new time, R-SUP-3), that
 * instant is the due time and nothing is counted.
 */
public record PlannedDeadline(DeadlineRule rule, Instant startsAt, Instant target, String responsible) {

    public PlannedDeadline {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(responsible, "responsible");
        if (target != null && target.isBefore(startsAt)) {
            throw new IllegalArgumentException("a deadline's target cannot lie before it starts");
        }
    }

    public static PlannedDeadline countingFrom(DeadlineRule rule, Instant startsAt, String responsible) {
        return new PlannedDeadline(rule, startsAt, null, responsible);
    }

    public static PlannedDeadline targetAt(DeadlineRule rule, Instant setAt, Instant target, String responsible) {
        return new PlannedDeadline(rule, setAt, Objects.requireNonNull(target, "target"), responsible);
    }

    public boolean hasTarget() {
        return target != null;
    }
}
