package cn.heatdesk.policy.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("Fee reduction tiers: R-TEMP-6")
class FeeReductionTiersTest {

    private static final PolicyReference SAMPLE = new PolicyReference(6, PolicyFamily.FEE_REDUCTION,
            "山东省供热条例（18℃条款）；减免档次示例", null, LocalDate.of(2021, 12, 6), null);

    /** The seeded sample tiers of V12: 0.1 ℃ → 10 %, 1 ℃ → 20 %, 2 ℃ → 30 %, 4 ℃ → 50 %. */
    static FeeReductionTiers sample() {
        return new FeeReductionTiers(SAMPLE, List.of(tier("1", "20"), tier("0.1", "10"), tier("4", "50"),
                tier("2", "30")));
    }

    private static FeeReductionTier tier(String from, String percent) {
        return new FeeReductionTier(new BigDecimal(from), new BigDecimal(percent));
    }

    @Nested
    @DisplayName("R-TEMP-6 the highest tier the shortfall reaches applies")
    class Tiers {

        @ParameterizedTest(name = "{0} ℃ below → {1} %")
        @CsvSource({"0.05, 0", "0.1, 10", "0.99, 10", "1.0, 20", "1.9, 20", "2, 30", "3.99, 30", "4.0, 50", "12, 50"})
        void reducesByTheTierOnEachSideOfEveryBound(String shortfall, String percent) {
            FeeReduction reduction = sample().reductionFor(new BigDecimal(shortfall));

            assertThat(reduction.percent()).isEqualByComparingTo(percent);
            assertThat(reduction.reference()).isEqualTo(SAMPLE);
        }

        @Test
        void owesNothingBelowTheFirstTier() {
            FeeReduction reduction = sample().reductionFor(new BigDecimal("0.05"));

            assertThat(reduction.owed()).isFalse();
            assertThat(reduction.tier()).isNull();
        }

        @Test
        void countsTheAmountToTheFenFromTheHeatingFee() {
            FeeReduction reduction = sample().reductionFor(new BigDecimal("1.5"));

            assertThat(reduction.amountOf(new BigDecimal("2256.35"))).isEqualByComparingTo("451.27");
        }
    }

    @Nested
    @DisplayName("R-TEMP-6 tiers are consistent configuration")
    class Consistency {

        @Test
        void refusesALargerShortfallWithASmallerReduction() {
            assertThatIllegalArgumentException().isThrownBy(() ->
                    new FeeReductionTiers(SAMPLE, List.of(tier("1", "20"), tier("2", "10"))));
        }

        @Test
        void refusesTwoTiersWithTheSameBound() {
            assertThatIllegalArgumentException().isThrownBy(() ->
                    new FeeReductionTiers(SAMPLE, List.of(tier("1", "20"), tier("1.0", "30"))));
        }

        @Test
        void refusesAPercentageAboveOneHundred() {
            assertThatIllegalArgumentException().isThrownBy(() -> tier("1", "100.5"));
        }

        @Test
        void refusesANegativeShortfall() {
            assertThatIllegalArgumentException().isThrownBy(() -> sample().reductionFor(new BigDecimal("-0.1")));
        }
    }
}
