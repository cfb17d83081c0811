package cn.heatdesk.policy.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The dates in force for the season that starts in {@code startYear}; all inclusive calendar days
 * in the company's zone. Commissioning runs from {@code commissioningStart} to the day before
 * {@code heatingStart}.
 */
public record SeasonDates(int startYear, LocalDate commissioningStart, LocalDate heatingStart, LocalDate heatingEnd) {

    /** R-SEASON-2: 8 Nov. */
    public static final MonthDay DEFAULT_COMMISSIONING_START = MonthDay.of(11, 8);
    /** R-SEASON-1: 15 Nov. */
    public static final MonthDay DEFAULT_HEATING_START = MonthDay.of(11, 15);
    /** R-SEASON-1: 15 Mar of the next year. */
    public static final MonthDay DEFAULT_HEATING_END = MonthDay.of(3, 15);
    /** R-SUSPEND-1: applications close 30 days before the heating period starts. */
    public static final int SUSPENSION_CLOSES_DAYS_BEFORE_HEATING = 30;

    public SeasonDates {
        Objects.requireNonNull(commissioningStart, "commissioningStart");
        Objects.requireNonNull(heatingStart, "heatingStart");
        Objects.requireNonNull(heatingEnd, "heatingEnd");
        if (commissioningStart.isAfter(heatingStart)) {
            throw new IllegalArgumentException("调试开始日期不能晚于供热开始日期");
        }
        if (heatingEnd.isBefore(heatingStart)) {
            throw new IllegalArgumentException("供热结束日期不能早于供热开始日期");
        }
    }

    /** R-SEASON-1, R-SEASON-2: the published defaults. */
    public static SeasonDates defaults(int startYear) {
        return new SeasonDates(startYear,
                DEFAULT_COMMISSIONING_START.atYear(startYear),
                DEFAULT_HEATING_START.atYear(startYear),
                DEFAULT_HEATING_END.atYear(startYear + 1));
    }

    /** The season's name, e.g. {@code 2026-2027}. */
    public String name() {
        return nameOf(startYear);
    }

    public static String nameOf(int startYear) {
        return startYear + "-" + (startYear + 1);
    }

    /** Last day of commissioning, or null when an override left no commissioning days. */
    public LocalDate commissioningEnd() {
        return commissioningStart.isBefore(heatingStart) ? heatingStart.minusDays(1) : null;
    }

    public SeasonPhase phaseOn(LocalDate day) {
        if (!day.isBefore(heatingStart) && !day.isAfter(heatingEnd)) {
            return SeasonPhase.HEATING;
        }
        if (!day.isBefore(commissioningStart) && day.isBefore(heatingStart)) {
            return SeasonPhase.COMMISSIONING;
        }
        return SeasonPhase.OFF_SEASON;
    }

    /**
     * R-SUSPEND-1: the day suspension applications close for this season, 30 days before heating
     * starts (15 Nov → 16 Oct, so 15 Oct is the last day to apply, as Zibo practises). Follows
     * overrides because it is computed from the dates in force.
     */
    public LocalDate suspensionClosingDate() {
        return heatingStart.minusDays(SUSPENSION_CLOSES_DAYS_BEFORE_HEATING);
    }

    /** R-SUSPEND-1: the last day on which a suspension for this season is still accepted. */
    public LocalDate lastDayToApplyForSuspension() {
        return suspensionClosingDate().minusDays(1);
    }
}
