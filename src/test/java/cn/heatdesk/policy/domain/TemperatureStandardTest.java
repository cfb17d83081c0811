package cn.heatdesk.policy.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.heatdesk.policy.domain.ShanghaiTime.SHANGHAI;
import static cn.heatdesk.policy.domain.ShanghaiTime.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

@DisplayName("Indoor temperature standard: R-TEMP-1..4")
class TemperatureStandardTest {

    /** R-TEMP-4: Zibo's design minimum outdoor temperature, GB 50736-2012 Appendix A. */
    private final TemperatureStandard zibo = new TemperatureStandard("淄博", new BigDecimal("-7.4"));

    private static final String MILD = "-2.0";

    private static TemperatureReading reading(RoomType room, String celsius) {
        return reading(room, celsius, MILD, true, true, null);
    }

    private static TemperatureReading reading(RoomType room, String celsius, String outdoor, boolean envelopeCompliant,
                                              boolean indoorSystemNormal, String agreed) {
        return new TemperatureReading(shanghai(2026, 12, 10, 10, 0), room, new BigDecimal(celsius),
                new BigDecimal(outdoor), envelopeCompliant, indoorSystemNormal,
                agreed == null ? null : new BigDecimal(agreed));
    }

    private TemperatureJudgement inHeating(TemperatureReading reading) {
        return zibo.judge(reading, SeasonPhase.HEATING);
    }

    @Nested
    @DisplayName("R-TEMP-1 bedrooms and living rooms at least 18 °C when the three conditions hold")
    class EighteenDegrees {

        @ParameterizedTest
        @EnumSource(value = RoomType.class, names = {"BEDROOM", "LIVING_ROOM"})
        void judgesExactlyEighteenDegreesCompliant(RoomType room) {
            TemperatureJudgement judgement = inHeating(reading(room, "18.0"));

            assertThat(judgement.verdict()).isEqualTo(TemperatureVerdict.COMPLIANT);
            assertThat(judgement.requiredCelsius()).isEqualByComparingTo("18");
            assertThat(judgement.failedCondition()).isNull();
            assertThat(judgement.reason()).isEqualTo("实测 18℃，达到标准 18℃");
        }

        @ParameterizedTest
        @EnumSource(value = RoomType.class, names = {"BEDROOM", "LIVING_ROOM"})
        void judgesSeventeenPointNineDegreesNonCompliant(RoomType room) {
            TemperatureJudgement judgement = inHeating(reading(room, "17.9"));

            assertThat(judgement.verdict()).isEqualTo(TemperatureVerdict.NON_COMPLIANT);
            assertThat(judgement.failedCondition()).isNull();
            assertThat(judgement.reason()).isEqualTo("实测 17.9℃，低于标准 18℃");
        }

        @Test
        void judgesAHundredthOfADegreeBelowEighteenNonCompliant() {
            assertThat(inHeating(reading(RoomType.BEDROOM, "17.99")).verdict())
                    .isEqualTo(TemperatureVerdict.NON_COMPLIANT);
        }

        @ParameterizedTest
        @EnumSource(value = RoomType.class, names = {"KITCHEN", "BATHROOM", "OTHER"})
        void doesNotApplyTheStandardToRoomsOtherThanBedroomsAndLivingRooms(RoomType room) {
            TemperatureJudgement judgement = inHeating(reading(room, "10.0"));

            assertThat(judgement.verdict()).isEqualTo(TemperatureVerdict.NOT_APPLICABLE);
            assertThat(judgement.failedCondition()).isNull();
            assertThat(judgement.reason()).isEqualTo(room.label() + "不在室温标准范围内（标准只针对卧室、起居室）");
        }

        @Test
        void holdsTheOutdoorConditionAtExactlyTheDesignTemperature() {
            TemperatureJudgement judgement = inHeating(reading(RoomType.BEDROOM, "17.0", "-7.4", true, true, null));

            assertThat(judgement.verdict()).isEqualTo(TemperatureVerdict.NON_COMPLIANT);
        }

        @Test
        void holdsTheOutdoorConditionWhateverTheScaleOfTheDesignTemperature() {
            TemperatureJudgement judgement = inHeating(reading(RoomType.BEDROOM, "17.0", "-7.40", true, true, null));

            assertThat(judgement.verdict()).isEqualTo(TemperatureVerdict.NON_COMPLIANT);
        }

        @Test
        void exemptsAColdRoomWhenTheOutdoorTemperatureIsBelowTheDesignTemperature() {
            TemperatureJudgement judgement = inHeating(reading(RoomType.BEDROOM, "17.0", "-7.5", true, true, null));

            assertThat(judgement.verdict()).isEqualTo(TemperatureVerdict.EXEMPT);
            assertThat(judgement.failedCondition()).isEqualTo(FailedCondition.OUTDOOR_BELOW_DESIGN);
            assertThat(judgement.requiredCelsius()).isEqualByComparingTo("18");
            assertThat(judgement.reason())
                    .isEqualTo("室外温度 -7.5℃ 低于淄博供热系统最低设计温度 -7.4℃，不满足保证室温的条件，不计为不达标");
        }

        @Test
        void exemptsAColdRoomWhenTheBuildingEnvelopeIsNotCompliant() {
            TemperatureJudgement judgement = inHeating(reading(RoomType.LIVING_ROOM, "16.0", MILD, false, true, null));

            assertThat(judgement.verdict()).isEqualTo(TemperatureVerdict.EXEMPT);
            assertThat(judgement.failedCondition()).isEqualTo(FailedCondition.ENVELOPE_NOT_COMPLIANT);
            assertThat(judgement.reason()).isEqualTo("建筑围护结构不符合当时采暖设计规范标准，不满足保证室温的条件，不计为不达标");
        }

        @Test
        void exemptsAColdRoomWhenTheIndoorHeatingSystemIsFaulty() {
            TemperatureJudgement judgement = inHeating(reading(RoomType.BEDROOM, "16.0", MILD, true, false, null));

            assertThat(judgement.verdict()).isEqualTo(TemperatureVerdict.EXEMPT);
            assertThat(judgement.failedCondition()).isEqualTo(FailedCondition.INDOOR_SYSTEM_FAULT);
            assertThat(judgement.reason()).isEqualTo("室内采暖系统未正常运行，不满足保证室温的条件，不计为不达标");
        }

        @Test
        void namesTheOutdoorConditionFirstWhenAllThreeFail() {
            assertThat(inHeating(reading(RoomType.BEDROOM, "12.0", "-9.0", false, false, null)).failedCondition())
                    .isEqualTo(FailedCondition.OUTDOOR_BELOW_DESIGN);
        }

        @Test
        void namesTheOutdoorConditionBeforeAnIndoorFault() {
            assertThat(inHeating(reading(RoomType.BEDROOM, "12.0", "-9.0", true, false, null)).failedCondition())
                    .isEqualTo(FailedCondition.OUTDOOR_BELOW_DESIGN);
        }

        @Test
        void namesTheEnvelopeBeforeAnIndoorFault() {
            assertThat(inHeating(reading(RoomType.BEDROOM, "12.0", MILD, false, false, null)).failedCondition())
                    .isEqualTo(FailedCondition.ENVELOPE_NOT_COMPLIANT);
        }

        @Test
        void judgesAWarmRoomCompliantEvenWhenEveryConditionFails() {
            // Decision in TemperatureStandard: a home that is warm enough has nothing to be exempted from.
            TemperatureJudgement judgement = inHeating(reading(RoomType.BEDROOM, "18.0", "-12.0", false, false, null));

            assertThat(judgement.verdict()).isEqualTo(TemperatureVerdict.COMPLIANT);
            assertThat(judgement.failedCondition()).isNull();
        }
    }

    @Nested
    @DisplayName("R-TEMP-2 an agreed temperature prevails")
    class AgreedTemperature {

        @Test
        void judgesExactlyTheAgreedSixteenDegreesCompliant() {
            TemperatureJudgement judgement = inHeating(reading(RoomType.BEDROOM, "16.0", MILD, true, true, "16"));

            assertThat(judgement.verdict()).isEqualTo(TemperatureVerdict.COMPLIANT);
            assertThat(judgement.requiredCelsius()).isEqualByComparingTo("16");
            assertThat(judgement.reason()).isEqualTo("实测 16℃，达到供用热协议约定 16℃");
        }

        @Test
        void judgesFifteenPointNineNonCompliantAgainstAnAgreedSixteen() {
            TemperatureJudgement judgement = inHeating(reading(RoomType.BEDROOM, "15.9", MILD, true, true, "16"));

            assertThat(judgement.verdict()).isEqualTo(TemperatureVerdict.NON_COMPLIANT);
            assertThat(judgement.reason()).isEqualTo("实测 15.9℃，低于供用热协议约定 16℃");
        }

        @Test
        void judgesNineteenPointNineNonCompliantAgainstAnAgreedTwenty() {
            TemperatureJudgement judgement = inHeating(reading(RoomType.LIVING_ROOM, "19.9", MILD, true, true, "20"));

            assertThat(judgement.verdict()).isEqualTo(TemperatureVerdict.NON_COMPLIANT);
            assertThat(judgement.requiredCelsius()).isEqualByComparingTo("20");
        }

        @Test
        void judgesAReadingAboveEighteenButBelowAnAgreedTwentyNonCompliant() {
            assertThat(inHeating(reading(RoomType.LIVING_ROOM, "18.5", MILD, true, true, "20")).verdict())
                    .isEqualTo(TemperatureVerdict.NON_COMPLIANT);
        }

        @Test
        void judgesExactlyAnAgreedTwentyCompliant() {
            assertThat(inHeating(reading(RoomType.LIVING_ROOM, "20.00", MILD, true, true, "20")).verdict())
                    .isEqualTo(TemperatureVerdict.COMPLIANT);
        }

        @Test
        void stillExemptsAnAgreedTemperatureWhenAConditionFails() {
            TemperatureJudgement judgement = inHeating(reading(RoomType.BEDROOM, "15.0", "-8.0", true, true, "16"));

            assertThat(judgement.verdict()).isEqualTo(TemperatureVerdict.EXEMPT);
            assertThat(judgement.failedCondition()).isEqualTo(FailedCondition.OUTDOOR_BELOW_DESIGN);
            assertThat(judgement.requiredCelsius()).isEqualByComparingTo("16");
        }
    }

    @Nested
    @DisplayName("R-TEMP-3 a measurement is judged COMPLIANT, NON_COMPLIANT, EXEMPT or NOT_APPLICABLE")
    class Judgement {

        private final SeasonCalendar calendar = new SeasonCalendar(SHANGHAI, List.of());

        @ParameterizedTest
        @EnumSource(value = SeasonPhase.class, names = {"COMMISSIONING", "OFF_SEASON"})
        void doesNotApplyTheStandardOutsideTheHeatingPeriod(SeasonPhase phase) {
            TemperatureJudgement judgement = zibo.judge(reading(RoomType.BEDROOM, "12.0"), phase);

            assertThat(judgement.verdict()).isEqualTo(TemperatureVerdict.NOT_APPLICABLE);
            assertThat(judgement.failedCondition()).isNull();
            assertThat(judgement.reason()).isEqualTo("测温时间不在集中供热期内，室温标准不适用");
        }

        @Test
        void judgesAColdBedroomOnlyFromTheFirstHeatingDay() {
            TemperatureReading cold = reading(RoomType.BEDROOM, "15.0");

            assertThat(zibo.judge(cold, calendar.phaseOf(shanghai(2026, 11, 14, 23, 59, 59))).verdict())
                    .isEqualTo(TemperatureVerdict.NOT_APPLICABLE);
            assertThat(zibo.judge(cold, calendar.phaseOf(shanghai(2026, 11, 15, 0, 0))).verdict())
                    .isEqualTo(TemperatureVerdict.NON_COMPLIANT);
        }

        @Test
        void stopsJudgingAfterTheLastHeatingDay() {
            TemperatureReading cold = reading(RoomType.BEDROOM, "15.0");

            assertThat(zibo.judge(cold, calendar.phaseOf(shanghai(2027, 3, 15, 23, 59, 59))).verdict())
                    .isEqualTo(TemperatureVerdict.NON_COMPLIANT);
            assertThat(zibo.judge(cold, calendar.phaseOf(shanghai(2027, 3, 16, 0, 0))).verdict())
                    .isEqualTo(TemperatureVerdict.NOT_APPLICABLE);
        }

        @Test
        void givesEveryVerdictANonEmptyChineseReason() {
            List<TemperatureJudgement> judgements = List.of(
                    inHeating(reading(RoomType.BEDROOM, "19.0")),
                    inHeating(reading(RoomType.BEDROOM, "17.0")),
                    inHeating(reading(RoomType.BEDROOM, "17.0", "-10.0", true, true, null)),
                    inHeating(reading(RoomType.BEDROOM, "17.0", MILD, false, true, null)),
                    inHeating(reading(RoomType.BEDROOM, "17.0", MILD, true, false, null)),
                    inHeating(reading(RoomType.KITCHEN, "17.0")),
                    zibo.judge(reading(RoomType.BEDROOM, "17.0"), SeasonPhase.OFF_SEASON));

            assertThat(judgements).extracting(TemperatureJudgement::verdict).containsExactly(
                    TemperatureVerdict.COMPLIANT, TemperatureVerdict.NON_COMPLIANT, TemperatureVerdict.EXEMPT,
                    TemperatureVerdict.EXEMPT, TemperatureVerdict.EXEMPT, TemperatureVerdict.NOT_APPLICABLE,
                    TemperatureVerdict.NOT_APPLICABLE);
            assertThat(judgements).extracting(TemperatureJudgement::reason)
                    .allSatisfy(reason -> assertThat(reason).isNotBlank().containsPattern("\\p{IsHan}"));
        }

        @Test
        void refusesAReadingWithoutItsInstantRoomOrTemperatures() {
            assertThatNullPointerException().isThrownBy(() -> new TemperatureReading(null, RoomType.BEDROOM,
                    BigDecimal.TEN, BigDecimal.ONE, true, true, null));
            assertThatNullPointerException().isThrownBy(() -> new TemperatureReading(shanghai(2026, 12, 1, 9, 0),
                    RoomType.BEDROOM, null, BigDecimal.ONE, true, true, null));
            assertThatNullPointerException().isThrownBy(() -> new TemperatureReading(shanghai(2026, 12, 1, 9, 0),
                    RoomType.BEDROOM, BigDecimal.TEN, null, true, true, null));
        }
    }

    @Nested
    @DisplayName("R-TEMP-4 the design minimum outdoor temperature is configured per city")
    class DesignOutdoorTemperature {

        @Test
        void configuresZiboAtMinusSevenPointFour() {
            assertThat(zibo.designOutdoorCelsius()).isEqualTo(new BigDecimal("-7.4"));
        }

        @Test
        void judgesTheOutdoorConditionAgainstTheConfiguredCity() {
            TemperatureStandard colderCity = new TemperatureStandard("济南", new BigDecimal("-10.0"));
            TemperatureReading cold = reading(RoomType.BEDROOM, "17.0", "-7.5", true, true, null);

            assertThat(colderCity.judge(cold, SeasonPhase.HEATING).verdict()).isEqualTo(TemperatureVerdict.NON_COMPLIANT);
            assertThat(zibo.judge(cold, SeasonPhase.HEATING).verdict()).isEqualTo(TemperatureVerdict.EXEMPT);
        }

        @Test
        void requiresACityAndADesignTemperature() {
            assertThatNullPointerException().isThrownBy(() -> new TemperatureStandard(null, new BigDecimal("-7.4")));
            assertThatNullPointerException().isThrownBy(() -> new TemperatureStandard("淄博", null));
        }
    }
}
