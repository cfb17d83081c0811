package cn.heatdesk.policy.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static cn.heatdesk.policy.domain.ShanghaiTime.SHANGHAI;
import static cn.heatdesk.policy.domain.ShanghaiTime.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Heating calendar: R-SEASON-1..4, R-SUSPEND-1")
class SeasonCalendarTest {

    private final SeasonCalendar defaults = new SeasonCalendar(SHANGHAI, List.of());

    private static SeasonOverride override(long id, LocalDate commissioningStart, LocalDate heatingStart,
                                           LocalDate heatingEnd, Instant enteredAt) {
        return new SeasonOverride(id, new SeasonDates(commissioningStart.getYear(), commissioningStart, heatingStart,
                heatingEnd), "淄博市政府紧急调度通知〔2026〕" + id + "号", "寒潮提前供热", "调度员甲", enteredAt);
    }

    @Nested
    @DisplayName("R-SEASON-1 heating from 15 Nov to 15 Mar inclusive, every day, named Y-Y+1")
    class HeatingPeriod {

        @Test
        void publishesFifteenthOfNovemberToFifteenthOfMarchAsTheDefaultHeatingPeriod() {
            SeasonDates dates = SeasonDates.defaults(2026);

            assertThat(dates.heatingStart()).isEqualTo(LocalDate.of(2026, 11, 15));
            assertThat(dates.heatingEnd()).isEqualTo(LocalDate.of(2027, 3, 15));
            assertThat(dates.name()).isEqualTo("2026-2027");
        }

        @Test
        void startsHeatingAtMidnightOnFifteenthOfNovember() {
            assertThat(defaults.phaseOf(shanghai(2026, 11, 14, 23, 59, 59))).isEqualTo(SeasonPhase.COMMISSIONING);
            assertThat(defaults.phaseOf(shanghai(2026, 11, 15, 0, 0))).isEqualTo(SeasonPhase.HEATING);
        }

        @Test
        void keepsHeatingUntilTheLastSecondOfFifteenthOfMarch() {
            SeasonAnswer lastSecond = defaults.phaseAt(shanghai(2027, 3, 15, 23, 59, 59));
            SeasonAnswer nextDay = defaults.phaseAt(shanghai(2027, 3, 16, 0, 0));

            assertThat(lastSecond.phase()).isEqualTo(SeasonPhase.HEATING);
            assertThat(lastSecond.season()).isEqualTo("2026-2027");
            assertThat(nextDay.phase()).isEqualTo(SeasonPhase.OFF_SEASON);
            assertThat(nextDay.season()).isNull();
        }

        @Test
        void namesTheSeasonAfterTheYearItStartedInAcrossNewYear() {
            SeasonAnswer newYearsEve = defaults.phaseAt(shanghai(2026, 12, 31, 23, 59, 59));
            SeasonAnswer newYearsDay = defaults.phaseAt(shanghai(2027, 1, 1, 0, 0));
            SeasonAnswer january = defaults.phaseAt(shanghai(2027, 1, 20, 12, 0));

            assertThat(List.of(newYearsEve, newYearsDay, january)).allSatisfy(answer -> {
                assertThat(answer.phase()).isEqualTo(SeasonPhase.HEATING);
                assertThat(answer.season()).isEqualTo("2026-2027");
                assertThat(answer.dates()).isEqualTo(SeasonDates.defaults(2026));
            });
        }

        @Test
        void heatsThroughWeekendsAndPublicHolidays() {
            // 2027-02-06 is Spring Festival (春节), 2027-01-01 New Year's Day, 2026-11-21 a Saturday.
            assertThat(defaults.phaseOf(shanghai(2027, 2, 6, 3, 0))).isEqualTo(SeasonPhase.HEATING);
            assertThat(defaults.phaseOf(shanghai(2027, 1, 1, 12, 0))).isEqualTo(SeasonPhase.HEATING);
            assertThat(defaults.phaseOf(shanghai(2026, 11, 21, 12, 0))).isEqualTo(SeasonPhase.HEATING);
        }

        @Test
        void heatsOnTheLeapDay() {
            SeasonAnswer leapDay = defaults.phaseAt(shanghai(2028, 2, 29, 12, 0));

            assertThat(leapDay.phase()).isEqualTo(SeasonPhase.HEATING);
            assertThat(leapDay.season()).isEqualTo("2027-2028");
        }

        @Test
        void refusesAHeatingEndBeforeTheHeatingStart() {
            assertThatThrownBy(() -> new SeasonDates(2026, LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 15),
                    LocalDate.of(2026, 11, 14)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("供热结束日期不能早于供热开始日期");
        }
    }

    @Nested
    @DisplayName("R-SEASON-2 commissioning from 8 Nov to 14 Nov inclusive")
    class Commissioning {

        @Test
        void publishesEighthToFourteenthOfNovemberAsTheDefaultCommissioningPeriod() {
            SeasonDates dates = SeasonDates.defaults(2026);

            assertThat(dates.commissioningStart()).isEqualTo(LocalDate.of(2026, 11, 8));
            assertThat(dates.commissioningEnd()).isEqualTo(LocalDate.of(2026, 11, 14));
        }

        @Test
        void startsCommissioningAtMidnightOnEighthOfNovemberInShanghai() {
            SeasonAnswer before = defaults.phaseAt(shanghai(2026, 11, 7, 23, 59, 59));
            SeasonAnswer at = defaults.phaseAt(shanghai(2026, 11, 8, 0, 0));

            assertThat(before.phase()).isEqualTo(SeasonPhase.OFF_SEASON);
            assertThat(at.phase()).isEqualTo(SeasonPhase.COMMISSIONING);
            assertThat(at.season()).isEqualTo("2026-2027");
            assertThat(at.dates()).isEqualTo(SeasonDates.defaults(2026));
        }

        @Test
        void judgesAnInstantGivenInUtcByTheShanghaiCalendarDay() {
            // 7 Nov 16:00Z is 8 Nov 00:00 in Shanghai (UTC+8): already commissioning.
            Instant sixteenHundredUtc = ZonedDateTime.of(2026, 11, 7, 16, 0, 0, 0, ZoneOffset.UTC).toInstant();
            Instant oneSecondEarlier = ZonedDateTime.of(2026, 11, 7, 15, 59, 59, 0, ZoneOffset.UTC).toInstant();

            assertThat(sixteenHundredUtc).isEqualTo(shanghai(2026, 11, 8, 0, 0));
            assertThat(defaults.phaseOf(sixteenHundredUtc)).isEqualTo(SeasonPhase.COMMISSIONING);
            assertThat(defaults.phaseOf(oneSecondEarlier)).isEqualTo(SeasonPhase.OFF_SEASON);
        }

        @Test
        void answersInTheCompanysZone() {
            assertThat(defaults.zone()).isEqualTo(SHANGHAI);
        }

        @Test
        void refusesACommissioningStartAfterTheHeatingStart() {
            assertThatThrownBy(() -> new SeasonDates(2026, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 15),
                    LocalDate.of(2027, 3, 15)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("调试开始日期不能晚于供热开始日期");
        }
    }

    @Nested
    @DisplayName("R-SEASON-3 an emergency-dispatch override wins for its season only")
    class EmergencyDispatchOverride {

        private final SeasonOverride earlyStart2026 = override(1, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 8), LocalDate.of(2027, 3, 31), shanghai(2026, 10, 20, 9, 0));

        @Test
        void usesTheDefaultsWhenASeasonHasNoOverride() {
            assertThat(defaults.season(2026)).isEqualTo(SeasonDates.defaults(2026));
            assertThat(defaults.overrideOf(2026)).isEmpty();
            assertThat(defaults.phaseAt(shanghai(2026, 12, 1, 0, 0)).override()).isEmpty();
        }

        @Test
        void replacesTheDatesOfItsOwnSeason() {
            SeasonCalendar calendar = new SeasonCalendar(SHANGHAI, List.of(earlyStart2026));

            assertThat(calendar.season(2026)).isEqualTo(earlyStart2026.dates());
            assertThat(calendar.phaseOf(shanghai(2026, 10, 31, 23, 59, 59))).isEqualTo(SeasonPhase.OFF_SEASON);
            assertThat(calendar.phaseOf(shanghai(2026, 11, 1, 0, 0))).isEqualTo(SeasonPhase.COMMISSIONING);
            assertThat(calendar.phaseOf(shanghai(2026, 11, 7, 23, 59, 59))).isEqualTo(SeasonPhase.COMMISSIONING);
            assertThat(calendar.phaseOf(shanghai(2026, 11, 8, 0, 0))).isEqualTo(SeasonPhase.HEATING);
        }

        @Test
        void leavesTheSeasonsBeforeAndAfterOnTheirDefaults() {
            SeasonCalendar calendar = new SeasonCalendar(SHANGHAI, List.of(earlyStart2026));

            assertThat(calendar.season(2025)).isEqualTo(SeasonDates.defaults(2025));
            assertThat(calendar.season(2027)).isEqualTo(SeasonDates.defaults(2027));
            assertThat(calendar.overrideOf(2027)).isEmpty();
            assertThat(calendar.phaseOf(shanghai(2027, 11, 1, 12, 0))).isEqualTo(SeasonPhase.OFF_SEASON);
            assertThat(calendar.phaseOf(shanghai(2027, 11, 8, 0, 0))).isEqualTo(SeasonPhase.COMMISSIONING);
            assertThat(calendar.phaseOf(shanghai(2026, 3, 16, 0, 0))).isEqualTo(SeasonPhase.OFF_SEASON);
        }

        @Test
        void recordsTheDocumentWhoEnteredItAndWhenInTheAnswer() {
            SeasonCalendar calendar = new SeasonCalendar(SHANGHAI, List.of(earlyStart2026));

            SeasonAnswer answer = calendar.phaseAt(shanghai(2026, 11, 9, 8, 0));

            assertThat(answer.override()).contains(earlyStart2026);
            assertThat(answer.override().orElseThrow().document()).isEqualTo("淄博市政府紧急调度通知〔2026〕1号");
            assertThat(answer.override().orElseThrow().enteredBy()).isEqualTo("调度员甲");
            assertThat(answer.override().orElseThrow().enteredAt()).isEqualTo(shanghai(2026, 10, 20, 9, 0));
        }

        @Test
        void extendsHeatingToThirtyFirstOfMarch() {
            SeasonCalendar calendar = new SeasonCalendar(SHANGHAI, List.of(earlyStart2026));

            assertThat(calendar.phaseOf(shanghai(2027, 3, 16, 0, 0))).isEqualTo(SeasonPhase.HEATING);
            assertThat(calendar.phaseAt(shanghai(2027, 3, 31, 23, 59, 59)).season()).isEqualTo("2026-2027");
            assertThat(calendar.phaseOf(shanghai(2027, 3, 31, 23, 59, 59))).isEqualTo(SeasonPhase.HEATING);
            assertThat(calendar.phaseOf(shanghai(2027, 4, 1, 0, 0))).isEqualTo(SeasonPhase.OFF_SEASON);
        }

        @Test
        void letsTheNewestOverrideByEntryTimeWinWhateverTheOrderGiven() {
            SeasonOverride older = override(7, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 8),
                    LocalDate.of(2027, 3, 31), shanghai(2026, 10, 20, 9, 0));
            SeasonOverride newer = override(3, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 12),
                    LocalDate.of(2027, 3, 20), shanghai(2026, 10, 25, 9, 0));

            SeasonCalendar newerFirst = new SeasonCalendar(SHANGHAI, List.of(newer, older));
            SeasonCalendar olderFirst = new SeasonCalendar(SHANGHAI, List.of(older, newer));

            assertThat(newerFirst.season(2026)).isEqualTo(newer.dates());
            assertThat(olderFirst.season(2026)).isEqualTo(newer.dates());
            assertThat(newerFirst.overrideOf(2026)).contains(newer);
            assertThat(newerFirst.phaseOf(shanghai(2026, 11, 11, 23, 59, 59))).isEqualTo(SeasonPhase.COMMISSIONING);
            assertThat(newerFirst.phaseOf(shanghai(2026, 11, 12, 0, 0))).isEqualTo(SeasonPhase.HEATING);
        }

        @Test
        void breaksATieInEntryTimeByTheLaterId() {
            Instant sameMoment = shanghai(2026, 10, 20, 9, 0);
            SeasonOverride first = override(1, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 8),
                    LocalDate.of(2027, 3, 31), sameMoment);
            SeasonOverride second = override(2, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 12),
                    LocalDate.of(2027, 3, 20), sameMoment);

            assertThat(new SeasonCalendar(SHANGHAI, List.of(second, first)).overrideOf(2026)).contains(second);
        }

        @Test
        void leavesNoCommissioningDaysWhenCommissioningStartsOnTheFirstHeatingDay() {
            SeasonOverride straightToHeating = override(1, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 10),
                    LocalDate.of(2027, 3, 15), shanghai(2026, 11, 1, 9, 0));
            SeasonCalendar calendar = new SeasonCalendar(SHANGHAI, List.of(straightToHeating));

            assertThat(calendar.season(2026).commissioningEnd()).isNull();
            assertThat(calendar.phaseOf(shanghai(2026, 11, 8, 12, 0))).isEqualTo(SeasonPhase.OFF_SEASON);
            assertThat(calendar.phaseOf(shanghai(2026, 11, 9, 23, 59, 59))).isEqualTo(SeasonPhase.OFF_SEASON);
            assertThat(calendar.phaseOf(shanghai(2026, 11, 10, 0, 0))).isEqualTo(SeasonPhase.HEATING);
        }

        @Test
        void refusesAnOverrideWithoutADocument() {
            assertThatThrownBy(() -> new SeasonOverride(1, SeasonDates.defaults(2026), "  ", null, "调度员甲",
                    shanghai(2026, 10, 20, 9, 0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("紧急调度必须注明文件或通知");
        }
    }

    @Nested
    @DisplayName("R-SEASON-4 phase, season and dates in force for any instant")
    class PhaseAtAnInstant {

        @Test
        void answersOffSeasonInSummerWithTheNextSeasonsDatesAndNoSeasonName() {
            SeasonAnswer summer = defaults.phaseAt(shanghai(2027, 7, 1, 12, 0));

            assertThat(summer.phase()).isEqualTo(SeasonPhase.OFF_SEASON);
            assertThat(summer.season()).isNull();
            assertThat(summer.dates()).isEqualTo(SeasonDates.defaults(2027));
            assertThat(summer.operating()).isFalse();
        }

        @Test
        void answersTheComingSeasonOnTheDayAfterHeatingEnds() {
            assertThat(defaults.phaseAt(shanghai(2027, 3, 16, 0, 0)).dates()).isEqualTo(SeasonDates.defaults(2027));
        }

        @Test
        void answersThisYearsSeasonOnTheLastOffSeasonDayBeforeCommissioning() {
            assertThat(defaults.phaseAt(shanghai(2026, 11, 7, 23, 59, 59)).dates())
                    .isEqualTo(SeasonDates.defaults(2026));
        }

        @Test
        void givesTheOverriddenDatesOfTheNextSeasonWhenOffSeason() {
            SeasonOverride next = override(1, LocalDate.of(2027, 11, 1), LocalDate.of(2027, 11, 8),
                    LocalDate.of(2028, 3, 20), shanghai(2027, 6, 1, 9, 0));
            SeasonCalendar calendar = new SeasonCalendar(SHANGHAI, List.of(next));

            SeasonAnswer summer = calendar.phaseAt(shanghai(2027, 7, 1, 12, 0));

            assertThat(summer.phase()).isEqualTo(SeasonPhase.OFF_SEASON);
            assertThat(summer.dates()).isEqualTo(next.dates());
            assertThat(summer.override()).contains(next);
        }

        @Test
        void countsCommissioningAndHeatingAsTheOperatingPeriod() {
            assertThat(SeasonPhase.COMMISSIONING.operating()).isTrue();
            assertThat(SeasonPhase.HEATING.operating()).isTrue();
            assertThat(SeasonPhase.OFF_SEASON.operating()).isFalse();
            assertThat(defaults.phaseAt(shanghai(2026, 11, 8, 0, 0)).operating()).isTrue();
            assertThat(defaults.phaseAt(shanghai(2026, 11, 15, 0, 0)).operating()).isTrue();
            assertThat(defaults.phaseAt(shanghai(2026, 11, 7, 23, 59, 59)).operating()).isFalse();
        }

        @Test
        void keepsTheAskedInstantInTheAnswer() {
            Instant at = shanghai(2026, 12, 1, 10, 30);

            assertThat(defaults.phaseAt(at).at()).isEqualTo(at);
        }
    }

    @Nested
    @DisplayName("R-SUSPEND-1 suspension applications close 30 days before heating starts")
    class SuspensionClosingDate {

        @Test
        void closesOnSixteenthOfOctoberSoFifteenthIsTheLastDayToApply() {
            SeasonDates dates = SeasonDates.defaults(2026);

            assertThat(dates.suspensionClosingDate()).isEqualTo(LocalDate.of(2026, 10, 16));
            assertThat(dates.lastDayToApplyForSuspension()).isEqualTo(LocalDate.of(2026, 10, 15));
        }

        @Test
        void followsAnOverriddenHeatingStart() {
            SeasonOverride earlyStart = override(1, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10),
                    LocalDate.of(2027, 3, 15), shanghai(2026, 9, 1, 9, 0));
            SeasonCalendar calendar = new SeasonCalendar(SHANGHAI, List.of(earlyStart));

            assertThat(calendar.season(2026).suspensionClosingDate()).isEqualTo(LocalDate.of(2026, 10, 11));
            assertThat(calendar.season(2026).lastDayToApplyForSuspension()).isEqualTo(LocalDate.of(2026, 10, 10));
            assertThat(calendar.seasonForSuspensionApplication(LocalDate.of(2026, 10, 10)).suspensionClosingDate())
                    .isEqualTo(LocalDate.of(2026, 10, 11));
        }

        @Test
        void appliesToTheComingSeasonUntilItsHeatingStarts() {
            assertThat(defaults.seasonForSuspensionApplication(LocalDate.of(2026, 10, 15)))
                    .isEqualTo(SeasonDates.defaults(2026));
            assertThat(defaults.seasonForSuspensionApplication(LocalDate.of(2026, 11, 14)))
                    .isEqualTo(SeasonDates.defaults(2026));
        }

        @Test
        void appliesToTheFollowingSeasonFromTheFirstHeatingDay() {
            assertThat(defaults.seasonForSuspensionApplication(LocalDate.of(2026, 11, 15)))
                    .isEqualTo(SeasonDates.defaults(2027));
            assertThat(defaults.seasonForSuspensionApplication(LocalDate.of(2027, 1, 10)))
                    .isEqualTo(SeasonDates.defaults(2027));
            assertThat(defaults.seasonForSuspensionApplication(LocalDate.of(2027, 3, 16)))
                    .isEqualTo(SeasonDates.defaults(2027));
        }

        @Test
        void movesToTheFollowingSeasonOnAnOverriddenFirstHeatingDay() {
            SeasonOverride earlyStart = override(1, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 10),
                    LocalDate.of(2027, 3, 15), shanghai(2026, 9, 1, 9, 0));
            SeasonCalendar calendar = new SeasonCalendar(SHANGHAI, List.of(earlyStart));

            assertThat(calendar.seasonForSuspensionApplication(LocalDate.of(2026, 11, 9))).isEqualTo(earlyStart.dates());
            assertThat(calendar.seasonForSuspensionApplication(LocalDate.of(2026, 11, 10)))
                    .isEqualTo(SeasonDates.defaults(2027));
        }
    }
}
