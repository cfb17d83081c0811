package cn.heatdesk.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.heatdesk.policy.domain.PolicyFamily;

/**
 * A policy version as administrators see it. {@code rules} holds the family's content: fee rates by
 * use type, boundaries by customer kind, or deadline terms by rule.
 */
public record PolicyVersionView(long id, PolicyFamily family, String document, String article, String note,
                                LocalDate effectiveFrom, LocalDate effectiveTo, String createdBy, Instant createdAt,
                                Map<String, Object> rules) {
}
