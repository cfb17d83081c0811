package cn.heatdesk.policy.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("Heating rate and new users: R-RATE-1..4")
class HeatingRatePolicyTest {

    private final HeatingRatePolicy policy = new HeatingRatePolicy();

    private static HeatingRate rate(long numerator, long denominator) {
        return new HeatingRate(numerator, denominator);
    }

    @Nested
    @DisplayName("R-RATE-1 the rate is an exact fraction shown with numerator and denominator")
    class ExactFraction {

        @ParameterizedTest(name = "{0}/{1} → {2}")
        @CsvSource({
                "6999,   10000,  0.6999",
                "69995,  100000, 0.6999",
                "699999, 1000000, 0.6999",
                "7,      10,     0.7000",
                "2,      3,      0.6666",
                "1,      3,      0.3333",
                "1,      4,      0.2500",
                "0,      10,     0.0000",
                "10,     10,     1.0000"})
        void showsTheValueTruncatedToFourPlaces(long numerator, long denominator, String expected) {
            assertThat(rate(numerator, denominator).value()).isEqualTo(new BigDecimal(expected));
        }

        @Test
        void showsTheFractionAndTheTruncatedPercentage() {
            assertThat(rate(2, 3)).hasToString("2/3");
            assertThat(rate(2, 3).percentText()).isEqualTo("66.66%");
            assertThat(rate(1, 4).percentText()).isEqualTo("25.00%");
            assertThat(rate(69995, 100000).percentText()).isEqualTo("69.99%");
        }

        @Test
        void refusesAUnitWithoutHouseholds() {
            assertThatIllegalArgumentException().isThrownBy(() -> rate(0, 0)).withMessage("户数必须大于 0");
            assertThatIllegalArgumentException().isThrownBy(() -> rate(0, -4)).withMessage("户数必须大于 0");
        }

        @Test
        void refusesMoreHeatedHouseholdsThanHouseholds() {
            assertThatIllegalArgumentException().isThrownBy(() -> rate(101, 100))
                    .withMessage("用热户数必须在 0 与总户数之间");
        }

        @Test
        void refusesANegativeNumberOfHeatedHouseholds() {
            assertThatIllegalArgumentException().isThrownBy(() -> rate(-1, 100))
                    .withMessage("用热户数必须在 0 与总户数之间");
        }

        @Test
        void comparesAgainstAThresholdExactlyWhereBinaryFloatingPointWouldRoundUp() {
            long numerator = 699_999_999_999_999_999L;
            long denominator = 1_000_000_000_000_000_000L;
            // As a double this fraction is 0.7 exactly: a floating-point comparison would call it 70 %.
            assertThat((double) numerator / denominator).isEqualTo(0.7);

            assertThat(rate(numerator, denominator).atLeastPercent(70)).isFalse();
            assertThat(rate(numerator + 1, denominator).atLeastPercent(70)).isTrue();
        }

        @Test
        void comparesHugeCountsWithoutOverflow() {
            assertThat(rate(Long.MAX_VALUE, Long.MAX_VALUE).atLeastPercent(70)).isTrue();
            assertThat(rate(Long.MAX_VALUE / 4 + 1, Long.MAX_VALUE).atLeastPercent(25)).isTrue();
            assertThat(rate(Long.MAX_VALUE / 4, Long.MAX_VALUE).atLeastPercent(25)).isFalse();
            assertThat(rate(Long.MAX_VALUE, Long.MAX_VALUE).value()).isEqualTo(new BigDecimal("1.0000"));
        }
    }

    @Nested
    @DisplayName("R-RATE-2 a completed community at 25 % or more must be supplied")
    class CommunitySupplyThreshold {

        @ParameterizedTest(name = "{0}/{1} → {2}")
        @CsvSource({
                "25,   100,   SUPPLY_OBLIGATORY",
                "1,    4,     SUPPLY_OBLIGATORY",
                "2500, 10000, SUPPLY_OBLIGATORY",
                "100,  100,   SUPPLY_OBLIGATORY",
                "1,    3,     SUPPLY_OBLIGATORY",
                "24,   100,   COMPANY_DECIDES",
                "2499, 10000, COMPANY_DECIDES",
                "0,    100,   COMPANY_DECIDES"})
        void obligesTheCompanyToSupplyFromExactlyTwentyFivePercent(long numerator, long denominator,
                                                                  CommunitySupply expected) {
            assertThat(policy.communitySupply(rate(numerator, denominator))).isEqualTo(expected);
        }

        @Test
        void explainsAnObligatorySupplyWithTheFraction() {
            HeatingRateDecision decision = policy.decide(rate(1, 4), rate(7, 10), true, false);

            assertThat(decision.communitySupply()).isEqualTo(CommunitySupply.SUPPLY_OBLIGATORY);
            assertThat(decision.reason()).startsWith("小区总用热率 25.00%（1/4），达 25% 以上，供热企业应当供热；");
        }

        @Test
        void explainsThatTheCompanyDecidesBelowTwentyFivePercent() {
            HeatingRateDecision decision = policy.decide(rate(24, 100), rate(7, 10), true, false);

            assertThat(decision.communitySupply()).isEqualTo(CommunitySupply.COMPANY_DECIDES);
            assertThat(decision.reason()).startsWith("小区总用热率 24.00%（24/100），不足 25%，由供热企业决定是否供热；");
        }
    }

    @Nested
    @DisplayName("R-RATE-3 the unit's rate decides the temperature owed (Article 22 conditions met)")
    class UnitRate {

        @ParameterizedTest(name = "{0}/{1}, agreement signed: {2} → {3}")
        @CsvSource({
                "70,     100,     false, STANDARD_18C",
                "70,     100,     true,  STANDARD_18C",
                "7,      10,      false, STANDARD_18C",
                "7,      10,      true,  STANDARD_18C",
                "100,    100,     true,  STANDARD_18C",
                "69,     100,     false, STANDARD_18C",
                "69,     100,     true,  AS_AGREED",
                "6999,   10000,   false, STANDARD_18C",
                "6999,   10000,   true,  AS_AGREED",
                "69995,  100000,  true,  AS_AGREED",
                "2,      3,       false, STANDARD_18C",
                "2,      3,       true,  AS_AGREED",
                "30,     100,     false, STANDARD_18C",
                "30,     100,     true,  AS_AGREED",
                "3,      10,      false, STANDARD_18C",
                "3,      10,      true,  AS_AGREED",
                "1,      3,       false, STANDARD_18C",
                "1,      3,       true,  AS_AGREED",
                "29,     100,     false, COMPANY_DECIDES",
                "29,     100,     true,  AS_AGREED",
                "2999,   10000,   false, COMPANY_DECIDES",
                "2999,   10000,   true,  AS_AGREED",
                "0,      10,      false, COMPANY_DECIDES"})
        void decidesTheOwedTemperatureFromTheUnitRate(long numerator, long denominator, boolean agreementSigned,
                                                      UnitStandard expected) {
            assertThat(policy.unitStandard(rate(numerator, denominator), true, agreementSigned)).isEqualTo(expected);
        }

        @Test
        void owesEighteenDegreesAtExactlySeventyPercentEvenWithASignedAgreement() {
            // Decision in requirements.md: 70 % belongs to the "70%以上" rule, the one more favourable to the resident.
            HeatingRateDecision decision = policy.decide(rate(1, 4), rate(70, 100), true, true);

            assertThat(decision.unitStandard()).isEqualTo(UnitStandard.STANDARD_18C);
            assertThat(decision.reason()).endsWith("；单元用热率 70.00%（70/100），达 70% 以上，卧室、起居室不低于 18℃");
        }

        @Test
        void explainsEighteenDegreesBetweenThirtyAndSeventyPercentWithoutAnAgreement() {
            assertThat(policy.decide(rate(1, 4), rate(30, 100), true, false).reason())
                    .endsWith("；单元用热率 30.00%（30/100），在 30%–70% 之间且未签订供用热协议，卧室、起居室不低于 18℃");
        }

        @Test
        void explainsTheAgreementBetweenThirtyAndSeventyPercent() {
            assertThat(policy.decide(rate(1, 4), rate(6999, 10000), true, true).reason())
                    .endsWith("；单元用热率 69.99%（6999/10000），在 30%–70% 之间且已签订供用热协议，按协议执行");
        }

        @Test
        void explainsThatTheCompanyDecidesBelowThirtyPercent() {
            assertThat(policy.decide(rate(1, 4), rate(29, 100), true, false).reason())
                    .endsWith("；单元用热率 29.00%（29/100），达不到 30%，由供热企业决定是否供热；如供热，双方须签订供用热协议");
        }

        @Test
        void explainsTheAgreementBelowThirtyPercent() {
            assertThat(policy.decide(rate(1, 4), rate(29, 100), true, true).reason())
                    .endsWith("；单元用热率 29.00%（29/100），达不到 30%，已签订供用热协议供热，供热温度执行协议约定");
        }

        @Test
        void keepsBothRatesInTheDecision() {
            HeatingRate community = rate(30, 100);
            HeatingRate unit = rate(2, 3);

            HeatingRateDecision decision = policy.decide(community, unit, true, false);

            assertThat(decision.communityRate()).isEqualTo(community);
            assertThat(decision.unitRate()).isEqualTo(unit);
        }
    }

    @Nested
    @DisplayName("R-RATE-4 without the Article 22 conditions no owed standard is derived")
    class Article22NotMet {

        @ParameterizedTest(name = "{0}/{1}, agreement signed: {2}")
        @CsvSource({
                "100,  100,   false",
                "70,   100,   true",
                "70,   100,   false",
                "6999, 10000, true",
                "30,   100,   false",
                "29,   100,   true",
                "0,    100,   false"})
        void leavesTheOwedTemperatureUndeterminedWhateverTheRate(long numerator, long denominator,
                                                                 boolean agreementSigned) {
            assertThat(policy.unitStandard(rate(numerator, denominator), false, agreementSigned))
                    .isEqualTo(UnitStandard.NOT_DETERMINED);
        }

        @Test
        void saysSoInsteadOfGuessing() {
            HeatingRateDecision decision = policy.decide(rate(1, 4), rate(100, 100), false, false);

            assertThat(decision.unitStandard()).isEqualTo(UnitStandard.NOT_DETERMINED);
            assertThat(decision.communitySupply()).isEqualTo(CommunitySupply.SUPPLY_OBLIGATORY);
            assertThat(decision.reason()).endsWith(
                    "；单元用热率 100.00%（100/100），但该楼不符合《山东省供热条例》第二十二条的三个条件，不能据用热率确定应保证的室温");
        }

        @ParameterizedTest
        @EnumSource(UnitStandard.class)
        void givesEveryUnitStandardAChineseReason(UnitStandard standard) {
            HeatingRateDecision decision = switch (standard) {
                case STANDARD_18C -> policy.decide(rate(1, 4), rate(8, 10), true, false);
                case AS_AGREED -> policy.decide(rate(1, 4), rate(5, 10), true, true);
                case COMPANY_DECIDES -> policy.decide(rate(1, 4), rate(1, 10), true, false);
                case NOT_DETERMINED -> policy.decide(rate(1, 4), rate(8, 10), false, false);
            };

            assertThat(decision.unitStandard()).isEqualTo(standard);
            assertThat(decision.reason()).containsPattern("\\p{IsHan}");
        }
    }
}
