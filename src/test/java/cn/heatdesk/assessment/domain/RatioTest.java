package cn.heatdesk.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.heatdesk.policy.domain.DeadlineRule;

/** R-SUP-6: callback satisfaction and other shares, exact until shown. */
class RatioTest {

    @Test
    void rSup6_keepsTwoThirdsExactAndRoundsOnlyWhenShown() {
        Ratio twoThirds = Ratio.of(2, 3);

        assertThat(twoThirds.percent()).isEqualByComparingTo("66.67");
        assertThat(twoThirds.value()).isEqualByComparingTo("0.666667");
        assertThat(twoThirds.percentText()).isEqualTo("66.67%");
        assertThat(twoThirds).hasToString("2/3");
        assertThat(Ratio.of(2, 3)).isEqualTo(twoThirds);
    }

    @Test
    void roundsHalfUpWhereFloatingPointWouldNot() {
        // 1/160 = 0.625 % exactly: half up gives 0.63 %, where a double 0.625 rounded half-even would give 0.62 %.
        assertThat(Ratio.of(1, 160).percent()).isEqualTo(new BigDecimal("0.63"));
        assertThat(Ratio.of(1, 1).percentText()).isEqualTo("100.00%");
        assertThat(Ratio.of(0, 5).percentText()).isEqualTo("0.00%");
    }

    @Test
    void aShareOfNothingHasNoValueAndIsShownAsADash() {
        Ratio none = Ratio.of(0, 0);

        assertThat(none.defined()).isFalse();
        assertThat(none.value()).isNull();
        assertThat(none.percentText()).isEqualTo("—");
    }

    @Test
    void refusesNegativeCountsAndMoreThanTheWhole() {
        assertThatThrownBy(() -> Ratio.of(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ratio.of(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sumsLinesPartByPartNotByAveragingTheirShares() {
        AssessmentLine a = new AssessmentLine("1", "一片区", "东分公司", 3, Map.of(DeadlineRule.ON_SITE, 2L), 1, 0, 4,
                Ratio.of(3, 4), Ratio.of(2, 3));
        AssessmentLine b = new AssessmentLine("2", "二片区", "东分公司", 1,
                Map.of(DeadlineRule.ON_SITE, 1L, DeadlineRule.TEMPERATURE_TEST, 1L), 0, 1, 1, Ratio.of(1, 1),
                Ratio.of(1, 1));

        AssessmentLine sum = a.plus(b, "E", "东分公司", null);

        assertThat(sum.orders()).isEqualTo(4);
        assertThat(sum.breachesOf(DeadlineRule.ON_SITE)).isEqualTo(3);
        assertThat(sum.breachesOf(DeadlineRule.TEMPERATURE_TEST)).isEqualTo(1);
        assertThat(sum.totalBreaches()).isEqualTo(4);
        assertThat(sum.allComplaints()).isEqualTo(2);
        // 3 of 4 satisfied, not the mean of 66.67 % and 100 %.
        assertThat(sum.satisfaction()).isEqualTo(Ratio.of(3, 4));
        assertThat(sum.satisfaction().percentText()).isEqualTo("75.00%");
    }
}
