package cn.heatdesk.policy.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * R-SEASON-4: the phase at an instant, the season it belongs to (null when off season) and the dates
 * in force: the current season's, or the next season's when off season.
 */
public record SeasonAnswer(Instant at, SeasonPhase phase, String season, SeasonDates dates,
                           Optional<SeasonOverride> override) {

    public boolean operating() {
        return phase.operating();
    }
}
