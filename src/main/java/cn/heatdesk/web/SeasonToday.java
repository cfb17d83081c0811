package cn.heatdesk.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import cn.heatdesk.policy.domain.SeasonAnswer;
import cn.heatdesk.policy.domain.SeasonDates;
import cn.heatdesk.policy.domain.SeasonOverride;
import cn.heatdesk.policy.domain.SeasonPhase;

/**
 * The home page's answer to "where are we in the heating year?" (R-SEASON-4): the phase, the dates in
 * force and the day counts an agent reads out to a caller, plus the suspension deadline (R-SUSPEND-1).
 * When off season, {@code dates} are the next season's.
 */
record SeasonToday(LocalDate today, SeasonPhase phase, SeasonDates dates, Optional<SeasonOverride> override,
                   SeasonDates suspensionSeason) {

    static SeasonToday of(SeasonAnswer answer, LocalDate today, SeasonDates suspensionSeason) {
        return new SeasonToday(today, answer.phase(), answer.dates(), answer.override(), suspensionSeason);
    }

    public String seasonName() {
        return dates.name();
    }

    /** 1 on the first day of heating. */
    public long heatingDay() {
        return ChronoUnit.DAYS.between(dates.heatingStart(), today) + 1;
    }

    public long heatingDays() {
        return ChronoUnit.DAYS.between(dates.heatingStart(), dates.heatingEnd()) + 1;
    }

    /** 0 on the last day of heating. */
    public long daysLeftInHeating() {
        return ChronoUnit.DAYS.between(today, dates.heatingEnd());
    }

    public long daysUntilHeating() {
        return ChronoUnit.DAYS.between(today, dates.heatingStart());
    }

    public long daysUntilCommissioning() {
        return ChronoUnit.DAYS.between(today, dates.commissioningStart());
    }

    public boolean suspensionOpen() {
        return !today.isAfter(suspensionSeason.lastDayToApplyForSuspension());
    }

    /** 0 when today is the last day to apply. */
    public long daysLeftToApplyForSuspension() {
        return ChronoUnit.DAYS.between(today, suspensionSeason.lastDayToApplyForSuspension());
    }
}
