package cn.heatdesk.policy.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The heating calendar (R-SEASON-1..4): default dates per season, replaced for one season by the
 * newest emergency-dispatch override (R-SEASON-3). Every question is answered in the company's
 * zone (the one it is built with), whatever the caller's offset.
 */
public final class SeasonCalendar {

    private final ZoneId zone;
    private final Map<Integer, SeasonOverride> overrideBySeason = new HashMap<>();

    public SeasonCalendar(ZoneId zone, Collection<SeasonOverride> overrides) {
        this.zone = zone;
        overrides.stream()
                .sorted(Comparator.comparing(SeasonOverride::enteredAt).thenComparing(SeasonOverride::id))
                .forEach(o -> overrideBySeason.put(o.seasonStartYear(), o));
    }

    public ZoneId zone() {
        return zone;
    }

    /** The dates in force for the season starting in {@code startYear}. */
    public SeasonDates season(int startYear) {
        SeasonOverride override = overrideBySeason.get(startYear);
        return override != null ? override.dates() : SeasonDates.defaults(startYear);
    }

    public Optional<SeasonOverride> overrideOf(int startYear) {
        return Optional.ofNullable(overrideBySeason.get(startYear));
    }

    /** R-SEASON-4. */
    public SeasonAnswer phaseAt(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        // A day belongs to at most one season: the one starting this year (Nov) or the last (to Mar).
        for (int startYear : new int[] {day.getYear() - 1, day.getYear()}) {
            SeasonDates dates = season(startYear);
            SeasonPhase phase = dates.phaseOn(day);
            if (phase != SeasonPhase.OFF_SEASON) {
                return new SeasonAnswer(at, phase, dates.name(), dates, overrideOf(startYear));
            }
        }
        int next = nextSeasonStartYear(day);
        return new SeasonAnswer(at, SeasonPhase.OFF_SEASON, null, season(next), overrideOf(next));
    }

    public SeasonPhase phaseOf(Instant at) {
        return phaseAt(at).phase();
    }

    /** The first season whose commissioning has not begun yet on {@code day}. */
    private int nextSeasonStartYear(LocalDate day) {
        int year = day.getYear();
        return day.isBefore(season(year).commissioningStart()) ? year : year + 1;
    }

    /**
     * R-SUSPEND-1: the next season whose heating has not started on {@code day}. Whether an application
     * made that day is still in time is a separate question: compare {@code day} with that season's
     * {@link SeasonDates#lastDayToApplyForSuspension()} (20 Oct gives the coming season, already closed).
     */
    public SeasonDates seasonForSuspensionApplication(LocalDate day) {
        int year = day.getYear();
        SeasonDates thisYear = season(year);
        return day.isBefore(thisYear.heatingStart()) ? thisYear : season(year + 1);
    }
}
