package cn.heatdesk.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact share such as callback satisfaction (R-SUP-6): satisfied calls over reached calls, kept as two whole
 * numbers so that 2/3 stays 2/3 until it is shown. Shown rounded half up to two decimals of a percent; a share of
 * nothing (0/0) has no value and shows as “—”, never as 0 % or 100 %.
 */
public record Ratio(long numerator, long denominator) {

    public Ratio {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("比例的分子分母不能为负数");
        }
        if (numerator > denominator) {
            throw new IllegalArgumentException("比例的分子不能大于分母");
        }
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(numerator, denominator);
    }

    public boolean defined() {
        return denominator > 0;
    }

    /** The share as a fraction with six decimals (half up), or null for 0/0. */
    public BigDecimal value() {
        if (!defined()) {
            return null;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP);
    }

    /** The share in percent with two decimals (half up), or null for 0/0. */
    public BigDecimal percent() {
        if (!defined()) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    /** “66.67%”, or “—” for 0/0. */
    public String percentText() {
        return defined() ? percent().toPlainString() + "%" : "—";
    }

    public Ratio plus(Ratio other) {
        return new Ratio(numerator + other.numerator, denominator + other.denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
