package cn.heatdesk.policy.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** One version of the connection fee (供暖配套费), R-FEE-1..3: yuan per m² by use type. */
public record FeeSchedule(PolicyReference reference, Map<UseType, BigDecimal> ratePerM2) implements Versioned {

    /** R-FEE-3: areas above this are refused as absurd. */
    public static final BigDecimal MAX_AREA_M2 = new BigDecimal("1000000");

    public FeeSchedule {
        Objects.requireNonNull(reference, "reference");
        // Not new EnumMap<>(map): it throws "Specified map is empty" before the check below can name the gap.
        EnumMap<UseType, BigDecimal> rates = new EnumMap<>(UseType.class);
        rates.putAll(ratePerM2);
        ratePerM2 = Collections.unmodifiableMap(rates);
        for (UseType type : UseType.values()) {
            BigDecimal rate = ratePerM2.get(type);
            if (rate == null || rate.signum() < 0 || rate.scale() > 2) {
                throw new IllegalArgumentException(type.label() + "收费标准必须是不小于 0、最多两位小数的金额");
            }
        }
    }

    public BigDecimal rateFor(UseType type) {
        return ratePerM2.get(type);
    }

    /** R-FEE-3. The area must already be valid ({@link #checkArea(BigDecimal)}). */
    public FeeQuote quote(UseType type, BigDecimal areaM2) {
        checkArea(areaM2);
        BigDecimal rate = rateFor(type);
        BigDecimal amount = rate.multiply(areaM2).setScale(2, RoundingMode.HALF_UP);
        return new FeeQuote(type, areaM2, rate.setScale(2), amount, reference);
    }

    /** R-FEE-3: area > 0, at most 2 decimals, not absurd. Returns the reason it is refused, or null. */
    public static String areaProblem(BigDecimal areaM2) {
        if (areaM2 == null) {
            return "请填写建筑面积";
        }
        if (areaM2.signum() <= 0) {
            return "建筑面积必须大于 0";
        }
        if (areaM2.stripTrailingZeros().scale() > 2) {
            return "建筑面积最多保留两位小数";
        }
        if (areaM2.compareTo(MAX_AREA_M2) > 0) {
            return "建筑面积超过 1,000,000 平方米，请核对";
        }
        return null;
    }

    static void checkArea(BigDecimal areaM2) {
        String problem = areaProblem(areaM2);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }
}
