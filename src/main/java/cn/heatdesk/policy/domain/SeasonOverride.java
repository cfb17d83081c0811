package cn.heatdesk.policy.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * R-SEASON-3: dates set by the city government's emergency dispatch (市政府紧急调度) for one
 * season, with the document, who entered them and when. The newest override of a season wins.
 */
public record SeasonOverride(long id, SeasonDates dates, String document, String reason, String enteredBy,
                             Instant enteredAt) {

    public SeasonOverride {
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(enteredAt, "enteredAt");
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException("紧急调度必须注明文件或通知");
        }
    }

    public int seasonStartYear() {
        return dates.startYear();
    }
}
