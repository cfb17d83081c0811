package cn.heatdesk.policy.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * R-TEMP-6: one tier of the fee reduction — a shortfall below the owed temperature of at least
 * {@code shortfallFromCelsius} reduces the heating fee by {@code percent} of it.
 */
public record FeeReductionTier(BigDecimal shortfallFromCelsius, BigDecimal percent) {

    public FeeReductionTier {
        Objects.requireNonNull(shortfallFromCelsius, "shortfallFromCelsius");
        Objects.requireNonNull(percent, "percent");
        if (shortfallFromCelsius.signum() <= 0) {
            throw new IllegalArgumentException("档次的温差下限必须大于 0℃");
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("减免比例必须在 0% 至 100% 之间");
        }
    }
}
