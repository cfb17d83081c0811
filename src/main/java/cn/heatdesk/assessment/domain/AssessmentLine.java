package cn.heatdesk.assessment.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import cn.heatdesk.policy.domain.DeadlineRule;

/**
 * One line of the 考核 table (R-SUP-6): a person's or a unit's orders, breaches by rule, confirmed complaints
 * (R-NOTIFY-6 non-notifications counted apart) and callback satisfaction for a period. {@code key} is the username
 * or the area id; {@code name} is what a person reads.
 */
public record AssessmentLine(String key, String name, String unitName, long orders, Map<DeadlineRule, Long> breaches,
                             long confirmedComplaints, long nonNotifications, long callbacks, Ratio reached,
                             Ratio satisfaction) {

    public AssessmentLine {
        breaches = breaches.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(breaches));
    }

    public long breachesOf(DeadlineRule rule) {
        return breaches.getOrDefault(rule, 0L);
    }

    public long totalBreaches() {
        return breaches.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Complaints of both kinds together. */
    public long allComplaints() {
        return confirmedComplaints + nonNotifications;
    }

    /** Two lines summed (a branch from its areas, the company total). */
    public AssessmentLine plus(AssessmentLine other, String key, String name, String unitName) {
        Map<DeadlineRule, Long> sum = new EnumMap<>(DeadlineRule.class);
        sum.putAll(breaches);
        other.breaches.forEach((rule, n) -> sum.merge(rule, n, Long::sum));
        return new AssessmentLine(key, name, unitName, orders + other.orders, sum,
                confirmedComplaints + other.confirmedComplaints, nonNotifications + other.nonNotifications,
                callbacks + other.callbacks, reached.plus(other.reached), satisfaction.plus(other.satisfaction));
    }

    public static AssessmentLine empty(String key, String name, String unitName) {
        return new AssessmentLine(key, name, unitName, 0, Map.of(), 0, 0, 0, Ratio.of(0, 0), Ratio.of(0, 0));
    }
}
