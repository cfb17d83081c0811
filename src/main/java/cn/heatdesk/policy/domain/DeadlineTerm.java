package cn.heatdesk.policy.domain;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * How long one deadline runs. {@code countedFrom}/{@code countedTo} (both or neither) limit the
 * hours that count to a daily window (R-ANS-4: 08:00–20:00); {@code nonOperatingLength} is the
 * length outside the operating period, for RESCHEDULE_NOTICE (R-APPT-4).
 */
public record DeadlineTerm(DeadlineRule rule, Duration length, Duration nonOperatingLength, LocalTime countedFrom,
                           LocalTime countedTo) {

    public DeadlineTerm {
        Objects.requireNonNull(rule, "rule");
        if (length == null || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException(rule.label() + "时限必须大于 0");
        }
        if ((countedFrom == null) != (countedTo == null)) {
            throw new IllegalArgumentException(rule.label() + "的计时时段必须同时填写开始和结束");
        }
        if (countedFrom != null && !countedFrom.isBefore(countedTo)) {
            throw new IllegalArgumentException(rule.label() + "的计时时段开始必须早于结束");
        }
        if (rule.countsBackFromAppointment() && (nonOperatingLength == null || nonOperatingLength.isNegative()
                || nonOperatingLength.isZero())) {
            throw new IllegalArgumentException(rule.label() + "必须同时规定运行期和非运行期的提前量");
        }
    }

    public static DeadlineTerm plain(DeadlineRule rule, Duration length) {
        return new DeadlineTerm(rule, length, null, null, null);
    }

    public boolean daytimeOnly() {
        return countedFrom != null;
    }
}
