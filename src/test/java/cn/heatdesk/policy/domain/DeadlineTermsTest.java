package cn.heatdesk.policy.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.heatdesk.policy.domain.DeadlineRule.EMERGENCY_REPORT;
import static cn.heatdesk.policy.domain.DeadlineRule.GENERAL_REPORT;
import static cn.heatdesk.policy.domain.DeadlineRule.ON_SITE;
import static cn.heatdesk.policy.domain.DeadlineRule.PAID_SERVICE_CALLBACK;
import static cn.heatdesk.policy.domain.DeadlineRule.RESCHEDULE_NOTICE;
import static cn.heatdesk.policy.domain.DeadlineRule.TEMPERATURE_TEST;
import static cn.heatdesk.policy.domain.SeededPolicies.DEADLINES_2021;
import static cn.heatdesk.policy.domain.ShanghaiTime.SHANGHAI;
import static cn.heatdesk.policy.domain.ShanghaiTime.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("Service deadlines: R-SUP-3, R-BUTLER-6, R-TEMP-6, R-ANS-4, R-APPT-4")
class DeadlineTermsTest {

    private final DeadlineTerms terms = SeededPolicies.deadlines2021();

    private Instant due(DeadlineRule rule, Instant from) {
        return terms.due(rule, from, SHANGHAI).due();
    }

    @Nested
    @DisplayName("R-SUP-3 on site within 30 minutes")
    class OnSite {

        @Test
        void fallsDueThirtyMinutesAfterTheRequest() {
            Deadline deadline = terms.due(ON_SITE, shanghai(2026, 12, 10, 10, 0), SHANGHAI);

            assertThat(deadline.due()).isEqualTo(shanghai(2026, 12, 10, 10, 30));
            assertThat(deadline.rule()).isEqualTo(ON_SITE);
            assertThat(deadline.policy()).isEqualTo(DEADLINES_2021);
        }

        @Test
        void countsThroughTheNight() {
            assertThat(due(ON_SITE, shanghai(2026, 12, 10, 23, 45))).isEqualTo(shanghai(2026, 12, 11, 0, 15));
        }
    }

    @Nested
    @DisplayName("R-BUTLER-6 emergencies reported within 10 minutes, general matters within 2 hours")
    class ButlerReports {

        @Test
        void fallsDueTenMinutesAfterAnEmergencyCall() {
            assertThat(due(EMERGENCY_REPORT, shanghai(2026, 12, 10, 10, 0))).isEqualTo(shanghai(2026, 12, 10, 10, 10));
        }

        @Test
        void countsAnEmergencyAcrossMidnight() {
            assertThat(due(EMERGENCY_REPORT, shanghai(2026, 12, 31, 23, 55))).isEqualTo(shanghai(2027, 1, 1, 0, 5));
        }

        @Test
        void fallsDueTwoHoursAfterAGeneralMatter() {
            assertThat(due(GENERAL_REPORT, shanghai(2026, 12, 10, 10, 0))).isEqualTo(shanghai(2026, 12, 10, 12, 0));
        }

        @Test
        void countsAGeneralMatterThroughTheNight() {
            assertThat(due(GENERAL_REPORT, shanghai(2026, 12, 10, 22, 30))).isEqualTo(shanghai(2026, 12, 11, 0, 30));
        }
    }

    @Nested
    @DisplayName("R-TEMP-6 a cold home is measured within 24 hours")
    class TemperatureTest {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "2026-12-10T10:00,    2026-12-11T10:00",
                "2026-12-10T23:30,    2026-12-11T23:30",
                "2026-11-30T15:00,    2026-12-01T15:00",
                "2026-12-31T23:30,    2027-01-01T23:30",
                "2028-02-28T09:00,    2028-02-29T09:00",
                "2027-02-28T21:15:30, 2027-03-01T21:15:30"})
        void fallsDueTwentyFourHoursLaterDayOrNight(String from, String expected) {
            assertThat(due(TEMPERATURE_TEST, shanghai(from))).isEqualTo(shanghai(expected));
        }
    }

    @Nested
    @DisplayName("R-ANS-4 paid-service callback within 24 counted hours of 08:00–20:00")
    class PaidServiceCallback {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "2026-12-10T10:00,    2026-12-12T10:00",
                "2026-12-10T12:00,    2026-12-12T12:00",
                "2026-12-10T08:00,    2026-12-11T20:00",
                "2026-12-10T08:00:01, 2026-12-12T08:00:01",
                "2026-12-10T19:59,    2026-12-12T19:59",
                "2026-12-10T20:00,    2026-12-12T20:00",
                "2026-12-10T20:01,    2026-12-12T20:00",
                "2026-12-10T21:00,    2026-12-12T20:00",
                "2026-12-10T23:59:59, 2026-12-12T20:00",
                "2026-12-10T00:00,    2026-12-11T20:00",
                "2026-12-10T03:00,    2026-12-11T20:00",
                "2026-12-10T07:59:59, 2026-12-11T20:00"})
        void countsOnlyDaytimeHoursTowardsTheCallbackDeadline(String from, String expected) {
            assertThat(due(PAID_SERVICE_CALLBACK, shanghai(from))).isEqualTo(shanghai(expected));
        }

        @Test
        void fallsDueAtTheEndOfTheWindowWhenTheCountEndsExactlyThere() {
            // Started at 08:00: 12 h today and 12 h tomorrow complete the 24 at 20:00, not at the next 08:00.
            assertThat(due(PAID_SERVICE_CALLBACK, shanghai(2026, 12, 10, 8, 0))).isEqualTo(shanghai(2026, 12, 11, 20, 0));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "2026-11-30T10:00, 2026-12-02T10:00",
                "2026-11-30T15:00, 2026-12-02T15:00",
                "2026-11-30T21:00, 2026-12-02T20:00",
                "2026-12-31T18:00, 2027-01-02T18:00",
                "2026-12-31T21:00, 2027-01-02T20:00",
                "2027-02-28T10:00, 2027-03-02T10:00",
                "2028-02-28T10:00, 2028-03-01T10:00"})
        void countsAcrossMonthAndYearEnds(String from, String expected) {
            assertThat(due(PAID_SERVICE_CALLBACK, shanghai(from))).isEqualTo(shanghai(expected));
        }

        @Test
        void countsTheWindowInShanghaiForAnInstantGivenInUtc() {
            // 2026-12-10T02:00Z is 10:00 in Shanghai.
            assertThat(due(PAID_SERVICE_CALLBACK, Instant.parse("2026-12-10T02:00:00Z")))
                    .isEqualTo(Instant.parse("2026-12-12T02:00:00Z"));
        }

        @Test
        void marksOnlyTheCallbackAsDaytimeOnly() {
            assertThat(terms.term(PAID_SERVICE_CALLBACK).daytimeOnly()).isTrue();
            assertThat(List.of(ON_SITE, EMERGENCY_REPORT, GENERAL_REPORT, TEMPERATURE_TEST, RESCHEDULE_NOTICE))
                    .allSatisfy(rule -> assertThat(terms.term(rule).daytimeOnly()).isFalse());
        }
    }

    @Nested
    @DisplayName("R-APPT-4 tell the customer 1 hour ahead in the operating period, 1 day ahead otherwise")
    class RescheduleNotice {

        private final SeasonCalendar calendar = new SeasonCalendar(SHANGHAI, List.of());

        @ParameterizedTest
        @EnumSource(value = SeasonPhase.class, names = {"COMMISSIONING", "HEATING"})
        void asksForOneHoursNoticeInTheOperatingPeriod(SeasonPhase phase) {
            Deadline notice = terms.rescheduleNotice(shanghai(2026, 12, 10, 9, 0), phase);

            assertThat(notice.due()).isEqualTo(shanghai(2026, 12, 10, 8, 0));
            assertThat(notice.rule()).isEqualTo(RESCHEDULE_NOTICE);
            assertThat(notice.policy()).isEqualTo(DEADLINES_2021);
        }

        @Test
        void asksForOneDaysNoticeOffSeason() {
            assertThat(terms.rescheduleNotice(shanghai(2027, 6, 1, 9, 0), SeasonPhase.OFF_SEASON).due())
                    .isEqualTo(shanghai(2027, 5, 31, 9, 0));
        }

        @Test
        void takesThePhaseAtTheAppointmentNotAtBooking() {
            // Booked in October (off season) for the first commissioning morning: the operating period's hour applies.
            Instant appointment = shanghai(2026, 11, 8, 9, 0);

            assertThat(terms.rescheduleNotice(appointment, calendar.phaseOf(appointment)).due())
                    .isEqualTo(shanghai(2026, 11, 8, 8, 0));
        }

        @Test
        void asksForADaysNoticeForTheLastOffSeasonMorning() {
            Instant appointment = shanghai(2026, 11, 7, 9, 0);

            assertThat(terms.rescheduleNotice(appointment, calendar.phaseOf(appointment)).due())
                    .isEqualTo(shanghai(2026, 11, 6, 9, 0));
        }

        @Test
        void asksForADaysNoticeOnTheFirstDayAfterHeatingEnds() {
            Instant lastHeatingEvening = shanghai(2027, 3, 15, 23, 30);
            Instant firstOffSeasonNight = shanghai(2027, 3, 16, 0, 30);

            assertThat(terms.rescheduleNotice(lastHeatingEvening, calendar.phaseOf(lastHeatingEvening)).due())
                    .isEqualTo(shanghai(2027, 3, 15, 22, 30));
            assertThat(terms.rescheduleNotice(firstOffSeasonNight, calendar.phaseOf(firstOffSeasonNight)).due())
                    .isEqualTo(shanghai(2027, 3, 15, 0, 30));
        }

        @Test
        void refusesToCountTheNoticeForwardFromAStart() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> terms.due(RESCHEDULE_NOTICE, shanghai(2026, 12, 10, 9, 0), SHANGHAI))
                    .withMessage("改约提前告知按预约时间倒推，请提供预约时间");
        }
    }

    @Nested
    @DisplayName("R-FEE-4 deadline terms are versioned data checked when entered")
    class TermData {

        @Test
        void refusesACountedWindowThatStartsAfterItEnds() {
            assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineTerm(PAID_SERVICE_CALLBACK,
                            Duration.ofHours(24), null, LocalTime.of(20, 0), LocalTime.of(8, 0)))
                    .withMessage("有偿服务回访的计时时段开始必须早于结束");
        }

        @Test
        void refusesACountedWindowThatStartsWhenItEnds() {
            assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineTerm(PAID_SERVICE_CALLBACK,
                            Duration.ofHours(24), null, LocalTime.of(8, 0), LocalTime.of(8, 0)))
                    .withMessage("有偿服务回访的计时时段开始必须早于结束");
        }

        @Test
        void refusesACountedWindowWithOnlyOneEnd() {
            assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineTerm(PAID_SERVICE_CALLBACK,
                            Duration.ofHours(24), null, LocalTime.of(8, 0), null))
                    .withMessage("有偿服务回访的计时时段必须同时填写开始和结束");
        }

        @Test
        void refusesARescheduleNoticeWithoutANonOperatingLength() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> DeadlineTerm.plain(RESCHEDULE_NOTICE, Duration.ofHours(1)))
                    .withMessage("改约提前告知必须同时规定运行期和非运行期的提前量");
            assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineTerm(RESCHEDULE_NOTICE,
                            Duration.ofHours(1), Duration.ZERO, null, null))
                    .withMessage("改约提前告知必须同时规定运行期和非运行期的提前量");
        }

        @Test
        void refusesALengthThatIsNotPositive() {
            assertThatIllegalArgumentException().isThrownBy(() -> DeadlineTerm.plain(ON_SITE, Duration.ZERO))
                    .withMessage("半小时到位时限必须大于 0");
            assertThatIllegalArgumentException().isThrownBy(() -> DeadlineTerm.plain(ON_SITE, Duration.ofMinutes(-30)))
                    .withMessage("半小时到位时限必须大于 0");
            assertThatIllegalArgumentException().isThrownBy(() -> DeadlineTerm.plain(ON_SITE, null))
                    .withMessage("半小时到位时限必须大于 0");
        }

        @Test
        void refusesAVersionMissingARule() {
            Map<DeadlineRule, DeadlineTerm> withoutCallback = new EnumMap<>(terms.terms());
            withoutCallback.remove(PAID_SERVICE_CALLBACK);

            assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineTerms(DEADLINES_2021, withoutCallback))
                    .withMessage("缺少有偿服务回访的时限");
        }

        @Test
        void refusesAVersionWithoutAnyTerms() {
            assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineTerms(DEADLINES_2021, Map.of()))
                    .withMessage("缺少半小时到位的时限");
        }

        @Test
        void refusesATermFiledUnderAnotherRule() {
            Map<DeadlineRule, DeadlineTerm> misfiled = new EnumMap<>(terms.terms());
            misfiled.put(EMERGENCY_REPORT, DeadlineTerm.plain(GENERAL_REPORT, Duration.ofMinutes(10)));

            assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineTerms(DEADLINES_2021, misfiled))
                    .withMessage("缺少紧急情况上报的时限");
        }

        @Test
        void tracesEveryDeadlineToItsRule() {
            assertThat(ON_SITE.ruleId()).isEqualTo("R-SUP-3");
            assertThat(EMERGENCY_REPORT.ruleId()).isEqualTo("R-BUTLER-6");
            assertThat(GENERAL_REPORT.ruleId()).isEqualTo("R-BUTLER-6");
            assertThat(TEMPERATURE_TEST.ruleId()).isEqualTo("R-TEMP-6");
            assertThat(PAID_SERVICE_CALLBACK.ruleId()).isEqualTo("R-ANS-4");
            assertThat(RESCHEDULE_NOTICE.ruleId()).isEqualTo("R-APPT-4");
        }
    }
}
