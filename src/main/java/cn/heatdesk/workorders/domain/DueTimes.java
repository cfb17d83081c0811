package cn.heatdesk.workorders.domain;

import java.time.Instant;

import cn.heatdesk.policy.domain.DeadlineRule;

/** The policy engine's due time for a deadline of a rule counted from an instant, with the terms in force (R-FEE-4). */
@FunctionalInterface
public interface DueTimes {

    Instant dueOf(DeadlineRule rule, Instant startsAt);
}
