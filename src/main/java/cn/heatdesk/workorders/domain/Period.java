package cn.heatdesk.workorders.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A period of whole calendar days in the company's zone (a month is a month on the wall clock of the city), both
 * days included, for statistics and the assessment (R-SUP-6). As instants it starts at midnight of {@code from} and
 * ends, exclusive, at midnight after {@code to}, so a breach at 23:59:59.999 on the last day is counted and one at
 * midnight is not.
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {

    /** Decision: a custom period is at most about three years long (a report, not an export of everything). */
    public static final long MAX_DAYS = 3 * 366;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("结束日期不能早于开始日期");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("统计期间最长三年");
        }
    }

    public static Period of(LocalDate from, LocalDate to, ZoneId zone) {
        return new Period(from, to, zone);
    }

    /** The calendar month of the clock's day in the clock's zone, from its first to its last day. */
    public static Period thisMonth(Clock clock) {
        LocalDate today = today(clock);
        return new Period(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()), clock.getZone());
    }

    /** The whole month before the clock's month. */
    public static Period lastMonth(Clock clock) {
        LocalDate first = today(clock).withDayOfMonth(1).minusMonths(1);
        return new Period(first, first.withDayOfMonth(first.lengthOfMonth()), clock.getZone());
    }

    /** Today in the clock's zone. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    /** The first instant of the period (midnight of {@code from} in its zone). */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period (midnight after {@code to} in its zone), exclusive. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    @Override
    public String toString() {
        return from + " 至 " + to;
    }
}
