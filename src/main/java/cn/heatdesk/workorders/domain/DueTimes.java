package cn.heatdesk.workorders.domain;

import java.time.Instant;

import cn.heatdesk.policy.domain.DeadlineRule;

/** The policy engine's answer to "when is a deadline of this rule due, counted from this instant?" (R-FEE-4). */
@FunctionalInterface
public interface DueTimes {

    Instant dueOf(DeadlineRule rule, Instant startsAt);
}
