package cn.heatdesk.policy.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * R-TEMP-6: when the company is at fault for a cold home it reduces the heating fee "by the method the
 * city sets"; the tiers are configuration, versioned with their document like every policy. The
 * highest tier whose lower bound the shortfall reaches applies; a shortfall below every tier owes 0 %.
 */
public record FeeReductionTiers(PolicyReference reference, List<FeeReductionTier> tiers) implements Versioned {

    public FeeReductionTiers {
        Objects.requireNonNull(reference, "reference");
        tiers = tiers.stream().sorted(Comparator.comparing(FeeReductionTier::shortfallFromCelsius)).toList();
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).shortfallFromCelsius().compareTo(tiers.get(i - 1).shortfallFromCelsius()) == 0) {
                throw new IllegalArgumentException("同一温差下限只能有一个档次");
            }
            // A larger shortfall never earns a smaller reduction.
            if (tiers.get(i).percent().compareTo(tiers.get(i - 1).percent()) < 0) {
                throw new IllegalArgumentException("温差越大，减免比例不能越小");
            }
        }
    }

    /** @param shortfallCelsius owed temperature minus the reading, at least 0 */
    public FeeReduction reductionFor(BigDecimal shortfallCelsius) {
        Objects.requireNonNull(shortfallCelsius, "shortfallCelsius");
        if (shortfallCelsius.signum() < 0) {
            throw new IllegalArgumentException("温差不能为负");
        }
        FeeReductionTier applies = null;
        for (FeeReductionTier tier : tiers) {
            if (shortfallCelsius.compareTo(tier.shortfallFromCelsius()) >= 0) {
                applies = tier;
            }
        }
        return new FeeReduction(shortfallCelsius, applies, applies == null ? BigDecimal.ZERO : applies.percent(),
                reference);
    }
}
