package cn.heatdesk.workorders.domain;

import static cn.heatdesk.workorders.domain.Orders.inStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("R-SUP-2 a configured share of called-back complaints gets a second callback")
class SpotCheckSamplerTest {

    private static final int DRAWS = 100_000;

    private static long selected(SpotCheckSampler sampler, long seed) {
        RandomGenerator random = new SplittableRandom(seed);
        return IntStream.range(0, DRAWS).filter(i -> sampler.draw(random)).count();
    }

    /** Fails the test if a draw is attempted. */
    private static final RandomGenerator NO_DRAW = () -> {
        throw new AssertionError("no draw expected");
    };

    @Nested
    @DisplayName("The share is respected")
    class Share {

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 42, 20261210})
        void selectsNoneAtZeroPercent(long seed) {
            assertThat(selected(SpotCheckSampler.ofPercent(BigDecimal.ZERO), seed)).isZero();
        }

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 42, 20261210})
        void selectsEveryOneAtAHundredPercent(long seed) {
            assertThat(selected(SpotCheckSampler.ofPercent(new BigDecimal("100")), seed)).isEqualTo(DRAWS);
        }

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 42, 20261210})
        void selectsAboutTenPercentOverManyComplaints(long seed) {
            // 100,000 draws at p = 0.1: the standard deviation is about 0.095 percentage points.
            double share = selected(SpotCheckSampler.ofPercent(BigDecimal.TEN), seed) / (double) DRAWS;

            assertThat(share).isCloseTo(0.10, within(0.005));
        }

        @Test
        void drawsTheSameSampleFromTheSameSeed() {
            SpotCheckSampler sampler = SpotCheckSampler.ofBasisPoints(1_000);

            assertThat(selected(sampler, 7)).isEqualTo(selected(sampler, 7));
        }

        @Test
        void selectsAtTheBoundaryOfTheShareExactly() {
            SpotCheckSampler oneInTenThousand = SpotCheckSampler.ofBasisPoints(1);

            assertThat(oneInTenThousand.draw(fixed(0))).isTrue();
            assertThat(oneInTenThousand.draw(fixed(1))).isFalse();
            assertThat(SpotCheckSampler.ofBasisPoints(10_000).draw(fixed(9_999))).isTrue();
            assertThat(SpotCheckSampler.ofBasisPoints(0).draw(fixed(0))).isFalse();
        }

        /** A generator whose nextInt(bound) answers {@code value}. */
        private RandomGenerator fixed(int value) {
            return new RandomGenerator() {
                @Override
                public long nextLong() {
                    throw new AssertionError("only nextInt(bound) is expected");
                }

                @Override
                public int nextInt(int bound) {
                    return value;
                }
            };
        }
    }

    @Nested
    @DisplayName("The share is configured exactly")
    class Configuration {

        @Test
        void takesAPercentageWithUpToTwoDecimals() {
            assertThat(SpotCheckSampler.ofPercent(new BigDecimal("12.5")).basisPoints()).isEqualTo(1_250);
            assertThat(SpotCheckSampler.ofPercent(new BigDecimal("10.00")).basisPoints()).isEqualTo(1_000);
            assertThat(SpotCheckSampler.ofBasisPoints(1_250).percent()).isEqualByComparingTo("12.5");
        }

        @Test
        void refusesASharePrecisionItCannotDrawExactly() {
            assertThatIllegalArgumentException().isThrownBy(() -> SpotCheckSampler.ofPercent(new BigDecimal("10.005")))
                    .withMessage("抽查比例最多保留两位小数");
        }

        @Test
        void refusesASharOutsideZeroToAHundredPercent() {
            assertThatIllegalArgumentException().isThrownBy(() -> SpotCheckSampler.ofPercent(new BigDecimal("-1")))
                    .withMessage("抽查比例须在 0% 到 100% 之间");
            assertThatIllegalArgumentException().isThrownBy(() -> SpotCheckSampler.ofPercent(new BigDecimal("100.01")));
            assertThatIllegalArgumentException().isThrownBy(() -> SpotCheckSampler.ofBasisPoints(10_001));
        }
    }

    @Nested
    @DisplayName("R-SUP-2 only called-back complaints are drawn")
    class Eligibility {

        private final SpotCheckSampler always = SpotCheckSampler.ofPercent(new BigDecimal("100"));

        @Test
        void selectsACalledBackComplaint() {
            SpotCheckSampler.Selection selection = always.decide(inStatus(OrderKind.COMPLAINT, OrderStatus.CALLED_BACK),
                    new SplittableRandom(1));

            assertThat(selection.selected()).isTrue();
            assertThat(selection.reason()).isEqualTo("按 100% 比例抽中二次回访");
        }

        @Test
        void selectsAClosedTemperatureComplaint() {
            assertThat(always.decide(inStatus(OrderKind.TEMPERATURE_COMPLAINT, OrderStatus.CLOSED), new SplittableRandom(1))
                    .selected()).isTrue();
        }

        @Test
        void drawsNothingForOrdersThatAreNotComplaints() {
            assertThat(always.decide(inStatus(OrderKind.REPAIR, OrderStatus.CALLED_BACK), NO_DRAW))
                    .isEqualTo(new SpotCheckSampler.Selection(false, "只抽查投诉工单"));
        }

        @Test
        void drawsNothingForAComplaintNotYetCalledBack() {
            assertThat(always.decide(inStatus(OrderKind.COMPLAINT, OrderStatus.RESOLVED), NO_DRAW))
                    .isEqualTo(new SpotCheckSampler.Selection(false, "尚未回访到用户"));
        }

        @Test
        void drawsNothingForAComplaintAlreadyChosen() {
            WorkOrder order = inStatus(OrderKind.COMPLAINT, OrderStatus.CALLED_BACK);
            Orders.must(order.selectForSpotCheck(Orders.AGENT, Orders.minutes(70)));

            assertThat(always.decide(order, NO_DRAW).selected()).isFalse();
        }

        @Test
        void explainsANegativeDraw() {
            assertThat(SpotCheckSampler.ofPercent(BigDecimal.ZERO)
                    .decide(inStatus(OrderKind.COMPLAINT, OrderStatus.CALLED_BACK), new SplittableRandom(1)))
                    .isEqualTo(new SpotCheckSampler.Selection(false, "未抽中（抽查比例 0%）"));
        }
    }
}
