package cn.heatdesk.fieldservice.inspections.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import cn.heatdesk.policy.domain.SeasonDates;

/**
 * R-BUTLER-2: notices go up at the start (季初), middle (季中) and end (季末) of the season.
 *
 * <p>Decision (the seed names the three moments, not their dates): the heating period of the season in
 * force (SeasonCalendar, overrides included) is cut into three parts of equal length in days; the
 * start also covers commissioning and the off season before it, when water filling is announced.
 * For 15 Nov – 15 Mar (121 days): start until 24 Dec, middle 25 Dec – 2 Feb, end 3 Feb – 15 Mar.
 */
public enum NoticePhase {
    START,
    MIDDLE,
    END;

    /** The phase of {@code day} within the season whose dates are given (the next season's when off season). */
    public static NoticePhase of(SeasonDates dates, LocalDate day) {
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(day, "day");
        if (day.isBefore(middleStart(dates))) {
            return START;
        }
        return day.isBefore(endStart(dates)) ? MIDDLE : END;
    }

    /** First day of this phase. */
    public LocalDate firstDay(SeasonDates dates) {
        return switch (this) {
            case START -> dates.commissioningStart();
            case MIDDLE -> middleStart(dates);
            case END -> endStart(dates);
        };
    }

    /** Last day of this phase. */
    public LocalDate lastDay(SeasonDates dates) {
        return switch (this) {
            case START -> middleStart(dates).minusDays(1);
            case MIDDLE -> endStart(dates).minusDays(1);
            case END -> dates.heatingEnd();
        };
    }

    private static long heatingDays(SeasonDates dates) {
        return ChronoUnit.DAYS.between(dates.heatingStart(), dates.heatingEnd()) + 1;
    }

    private static LocalDate middleStart(SeasonDates dates) {
        return dates.heatingStart().plusDays(heatingDays(dates) / 3);
    }

    private static LocalDate endStart(SeasonDates dates) {
        return dates.heatingStart().plusDays(heatingDays(dates) * 2 / 3);
    }
}
