package cn.heatdesk.policy.internal.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import cn.heatdesk.policy.PolicyVersionView;
import cn.heatdesk.policy.domain.Deadline;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.PolicyReference;

/**
 * A deadline in wall-clock time, with the term that set it. For RESCHEDULE_NOTICE {@code from} is the
 * appointment and {@code due} lies before it (R-APPT-4); {@code operating} says whether the appointment
 * falls in the operating period, which decides the lead. {@code countedFrom}/{@code countedTo} are the
 * daily window that alone counts (R-ANS-4), or null.
 */
record DeadlineAnswer(DeadlineRule rule, LocalDateTime from, LocalDateTime due, PolicyReference policy,
                      boolean operating, Long termMinutes, String countedFrom, String countedTo) {

    /** {@code version} is the deadline version that decided, as administrators see it; its terms explain the due time. */
    static DeadlineAnswer of(Deadline deadline, LocalDateTime from, ZoneId zone, boolean operating,
                             PolicyVersionView version) {
        Object term = version == null ? null : version.rules().get(deadline.rule().name());
        Map<?, ?> terms = term instanceof Map<?, ?> map ? map : Map.of();
        Long minutes = terms.get("minutes") instanceof Number n ? n.longValue() : null;
        return new DeadlineAnswer(deadline.rule(), from, LocalDateTime.ofInstant(deadline.due(), zone),
                deadline.policy(), operating, minutes, text(terms.get("countedFrom")), text(terms.get("countedTo")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public boolean countsBack() {
        return rule.countsBackFromAppointment();
    }

    public boolean daytimeOnly() {
        return countedFrom != null && countedTo != null;
    }

    /** The lead before the appointment (RESCHEDULE_NOTICE): what the customer must be told in advance. */
    public long leadMinutes() {
        return Duration.between(due, from).toMinutes();
    }
}
