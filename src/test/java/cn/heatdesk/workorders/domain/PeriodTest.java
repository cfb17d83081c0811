package cn.heatdesk.workorders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-SUP-6: periods of whole days on the calendar of the company's zone (the clock's). */
class PeriodTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 1 March 2026, 00:30 in Shanghai = 28 February 16:30 UTC. */
    private static final Clock EARLY_FIRST_OF_MARCH = Clock.fixed(Instant.parse("2026-02-28T16:30:00Z"), SHANGHAI);

    @Test
    void thisMonthFollowsShanghaisCalendarNotUtc() {
        assertThat(Period.thisMonth(EARLY_FIRST_OF_MARCH))
                .isEqualTo(Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), SHANGHAI));
    }

    @Test
    void lastMonthIsTheWholeMonthBeforeWithItsLeapDay() {
        Clock march2024 = Clock.fixed(Instant.parse("2024-03-10T04:00:00Z"), SHANGHAI);
        assertThat(Period.lastMonth(march2024))
                .isEqualTo(Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), SHANGHAI));
        assertThat(Period.lastMonth(EARLY_FIRST_OF_MARCH))
                .isEqualTo(Period.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), SHANGHAI));
    }

    @Test
    void lastMonthOfJanuaryIsDecemberOfTheYearBefore() {
        Clock january = Clock.fixed(Instant.parse("2026-01-15T04:00:00Z"), SHANGHAI);
        assertThat(Period.lastMonth(january))
                .isEqualTo(Period.of(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), SHANGHAI));
    }

    @Test
    @DisplayName("R-SUP-6: a month of the assessment is the month on the wall clock of the configured zone")
    void takesTheMonthFromTheCalendarOfTheClocksZone() {
        // 28 February 17:30 in Berlin is already 1 March in Shanghai.
        Clock berlin = Clock.fixed(Instant.parse("2026-02-28T16:30:00Z"), ZoneId.of("Europe/Berlin"));

        Period month = Period.thisMonth(berlin);

        assertThat(month.from()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(month.to()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    @DisplayName("R-SUP-6: an assessment period starts and ends at midnight in the configured zone")
    void startsAndEndsAtMidnightInTheClocksZone() {
        Clock tokyo = Clock.fixed(Instant.parse("2026-11-27T04:00:00Z"), ZoneId.of("Asia/Tokyo"));

        Period month = Period.thisMonth(tokyo);

        assertThat(month.start()).isEqualTo(Instant.parse("2026-10-31T15:00:00Z"));
        assertThat(month.end()).isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
        assertThat(month.contains(Instant.parse("2026-10-31T15:30:00Z"))).isTrue();
    }

    @Test
    void includesTheLastMillisecondOfTheLastDayAndNotTheNextMidnight() {
        Period day = Period.of(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27), SHANGHAI);

        assertThat(day.start()).isEqualTo(Instant.parse("2026-11-26T16:00:00Z"));
        assertThat(day.end()).isEqualTo(Instant.parse("2026-11-27T16:00:00Z"));
        assertThat(day.contains(Instant.parse("2026-11-26T16:00:00Z"))).isTrue();
        assertThat(day.contains(Instant.parse("2026-11-27T15:59:59.999Z"))).isTrue();
        assertThat(day.contains(Instant.parse("2026-11-27T16:00:00Z"))).isFalse();
        assertThat(day.contains(Instant.parse("2026-11-26T15:59:59.999Z"))).isFalse();
        assertThat(day.days()).isEqualTo(1);
    }

    @Test
    void refusesAnEndBeforeTheStartAndPeriodsLongerThanThreeYears() {
        assertThatThrownBy(() -> Period.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("结束日期不能早于开始日期");
        LocalDate start = LocalDate.of(2023, 1, 1);
        assertThat(Period.of(start, start.plusDays(Period.MAX_DAYS - 1), SHANGHAI).days()).isEqualTo(Period.MAX_DAYS);
        assertThatThrownBy(() -> Period.of(start, start.plusDays(Period.MAX_DAYS), SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
