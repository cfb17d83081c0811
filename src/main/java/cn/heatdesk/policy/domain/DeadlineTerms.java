package cn.heatdesk.policy.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One version of the service deadlines (服务时限): ON_SITE 30 min (R-SUP-3), EMERGENCY_REPORT 10 min and
 * GENERAL_REPORT 2 h (R-BUTLER-6), TEMPERATURE_TEST 24 h (R-TEMP-6), PAID_SERVICE_CALLBACK 24 counted
 * hours of 08:00–20:00 (R-ANS-4), RESCHEDULE_NOTICE 1 h before in the operating period, 1 day before
 * otherwise (R-APPT-4). Heating service runs every day, so no working-day calendar is used.
 */
public record DeadlineTerms(PolicyReference reference, Map<DeadlineRule, DeadlineTerm> terms) implements Versioned {

    public DeadlineTerms {
        Objects.requireNonNull(reference, "reference");
        // Not new EnumMap<>(map): it throws "Specified map is empty" before the check below can name the gap.
        EnumMap<DeadlineRule, DeadlineTerm> byRule = new EnumMap<>(DeadlineRule.class);
        byRule.putAll(terms);
        terms = Collections.unmodifiableMap(byRule);
        for (DeadlineRule rule : DeadlineRule.values()) {
            DeadlineTerm term = terms.get(rule);
            if (term == null || term.rule() != rule) {
                throw new IllegalArgumentException("缺少" + rule.label() + "的时限");
            }
        }
    }

    public DeadlineTerm term(DeadlineRule rule) {
        return terms.get(rule);
    }

    /** The due time of a deadline that counts forward from {@code from} (all rules but RESCHEDULE_NOTICE). */
    public Deadline due(DeadlineRule rule, Instant from, ZoneId zone) {
        if (rule.countsBackFromAppointment()) {
            throw new IllegalArgumentException(rule.label() + "按预约时间倒推，请提供预约时间");
        }
        DeadlineTerm term = term(rule);
        Instant due = term.daytimeOnly()
                ? addCountedTime(from, term.length(), term.countedFrom(), term.countedTo(), zone)
                : from.plus(term.length());
        return new Deadline(rule, due, reference);
    }

    /**
     * R-APPT-4: the latest time to tell the customer that a visit cannot be kept; the phase is taken at
     * the appointment time.
     */
    public Deadline rescheduleNotice(Instant appointmentAt, SeasonPhase phaseAtAppointment) {
        DeadlineTerm term = term(DeadlineRule.RESCHEDULE_NOTICE);
        Duration lead = phaseAtAppointment.operating() ? term.length() : term.nonOperatingLength();
        return new Deadline(DeadlineRule.RESCHEDULE_NOTICE, appointmentAt.minus(lead), reference);
    }

    /**
     * Adds {@code length} counting only the time of day between {@code start} and {@code end}. A
     * deadline whose count completes exactly at {@code end} falls due then, not the next morning.
     */
    static Instant addCountedTime(Instant from, Duration length, LocalTime start, LocalTime end, ZoneId zone) {
        ZonedDateTime cursor = from.atZone(zone);
        Duration left = length;
        while (true) {
            LocalDate day = cursor.toLocalDate();
            ZonedDateTime windowStart = day.atTime(start).atZone(zone);
            ZonedDateTime windowEnd = day.atTime(end).atZone(zone);
            if (cursor.isBefore(windowStart)) {
                cursor = windowStart;
            }
            if (!cursor.isBefore(windowEnd)) {
                cursor = day.plusDays(1).atTime(start).atZone(zone);
                continue;
            }
            Duration available = Duration.between(cursor, windowEnd);
            if (available.compareTo(left) >= 0) {
                return cursor.plus(left).toInstant();
            }
            left = left.minus(available);
            cursor = day.plusDays(1).atTime(start).atZone(zone);
        }
    }
}
