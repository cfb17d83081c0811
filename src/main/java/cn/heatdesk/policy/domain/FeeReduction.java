package cn.heatdesk.policy.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * R-TEMP-6: the reduction owed for one shortfall — the tier that applies (none when the shortfall is
 * below the first tier), the percentage of the heating fee and the version it comes from.
 */
public record FeeReduction(BigDecimal shortfallCelsius, FeeReductionTier tier, BigDecimal percent,
                           PolicyReference reference) {

    public boolean owed() {
        return percent.signum() > 0;
    }

    /** The amount for a heating fee in yuan, to the fen, rounded half up (the fee itself is exact). */
    public BigDecimal amountOf(BigDecimal heatingFeeYuan) {
        return heatingFeeYuan.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
