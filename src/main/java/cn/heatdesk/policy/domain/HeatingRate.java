package cn.heatdesk.policy.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * R-RATE-1: households receiving heat ÷ households, kept as an exact fraction. Thresholds are compared
 * by cross-multiplication, never through a rounded or binary floating-point value.
 */
public record HeatingRate(long numerator, long denominator) {

    public HeatingRate {
        if (denominator <= 0) {
            throw new IllegalArgumentException("户数必须大于 0");
        }
        if (numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("用热户数必须在 0 与总户数之间");
        }
    }

    /**
     * True when this rate is at least {@code percent} % (exact: numerator × 100 ≥ percent × denominator). The
     * products are taken in BigInteger: any valid pair of longs must compare, not overflow.
     */
    public boolean atLeastPercent(int percent) {
        return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(100))
                .compareTo(BigInteger.valueOf(percent).multiply(BigInteger.valueOf(denominator))) >= 0;
    }

    /**
     * The rate as a decimal with four places, truncated: truncation keeps every threshold of two
     * decimals on the right side (a true 69.995 % shows as 0.6999, never as 0.7000).
     */
    public BigDecimal value() {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.DOWN);
    }

    /** For display: e.g. {@code 25.00%}, truncated like {@link #value()}. */
    public String percentText() {
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.DOWN).toPlainString() + "%";
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
