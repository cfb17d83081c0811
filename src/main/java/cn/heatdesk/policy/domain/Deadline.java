package cn.heatdesk.policy.domain;

import java.time.Instant;

/** A computed due time, with the version of the terms that set it. */
public record Deadline(DeadlineRule rule, Instant due, PolicyReference policy) {
}
