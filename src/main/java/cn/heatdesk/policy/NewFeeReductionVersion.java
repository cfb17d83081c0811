package cn.heatdesk.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An administrator's new fee reduction version (R-TEMP-6): the city's method as tiers, each a shortfall below the
 * owed temperature from which a percentage of the heating fee is reduced. {@code effectiveTo} null: open-ended.
 */
public record NewFeeReductionVersion(String document, String article, String note, LocalDate effectiveFrom,
                                     LocalDate effectiveTo, List<Tier> tiers) {

    /** One tier: from this many degrees below the owed temperature, this percentage of the heating fee. */
    public record Tier(BigDecimal shortfallFromCelsius, BigDecimal percent) {
    }
}
