package cn.heatdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.heatdesk.policy.domain.SeasonCalendar;
import cn.heatdesk.policy.domain.SeasonDates;
import cn.heatdesk.policy.domain.SeasonOverride;

class SuspensionWindowTest {

    static final ZoneId ZIBO = ZoneId.of("Asia/Shanghai");
    final SeasonCalendar calendar = new SeasonCalendar(ZIBO, List.of());

    @Nested
    class RSuspend1_closingDateFromTheSeasonCalendar {

        @Test
        void rSuspend1_onTheLastDayTheComingSeasonIsStillOpen() {
            SuspensionWindow window = SuspensionWindow.on(calendar, LocalDate.of(2026, 10, 15));

            assertThat(window.season().startYear()).isEqualTo(2026);
            assertThat(window.lastDay()).isEqualTo(LocalDate.of(2026, 10, 15));
            assertThat(window.missed()).isNull();
            assertThat(window.sentence()).contains("2026-2027", "2026-10-15", "30");
        }

        @Test
        void rSuspend1_theDayAfterOnlyTheFollowingSeasonCanBeApplied() {
            SuspensionWindow window = SuspensionWindow.on(calendar, LocalDate.of(2026, 10, 16));

            assertThat(window.missed().startYear()).isEqualTo(2026);
            assertThat(window.season().startYear()).isEqualTo(2027);
            assertThat(window.lastDay()).isEqualTo(LocalDate.of(2027, 10, 15));
            assertThat(window.sentence()).contains("已于 2026-10-15 截止", "2027-2028");
        }

        @Test
        void rSuspend1_inTheHeatingPeriodTheNextSeasonIsOpen() {
            SuspensionWindow window = SuspensionWindow.on(calendar, LocalDate.of(2026, 12, 1));

            assertThat(window.season().startYear()).isEqualTo(2027);
            assertThat(window.missed()).isNull();
        }

        @Test
        void rSuspend1_followsAnOverrideOfTheHeatingStart() {
            SeasonOverride earlier = new SeasonOverride(1, new SeasonDates(2026, LocalDate.of(2026, 11, 1),
                    LocalDate.of(2026, 11, 8), LocalDate.of(2027, 3, 15)), "淄政办字〔2026〕1号", "寒潮提前供热", "admin",
                    Instant.parse("2026-09-01T00:00:00Z"));
            SeasonCalendar withOverride = new SeasonCalendar(ZIBO, List.of(earlier));

            assertThat(SuspensionWindow.on(withOverride, LocalDate.of(2026, 10, 8)).lastDay())
                    .isEqualTo(LocalDate.of(2026, 10, 8));
            assertThat(SuspensionWindow.on(withOverride, LocalDate.of(2026, 10, 9)).missed().startYear())
                    .isEqualTo(2026);
        }
    }
}
