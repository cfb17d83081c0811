package cn.heatdesk.customers.internal.web;

import java.util.List;

import cn.heatdesk.customers.HeatingRates.CommunityRate;
import cn.heatdesk.customers.HeatingRates.UnitRate;
import cn.heatdesk.policy.domain.HeatingRatePolicy;

/** The rows of the 用热率 tables, each with its note when close to a threshold. */
final class RateRows {

    private RateRows() {
    }

    record CommunityRow(CommunityRate rate, ThresholdNote note) {
    }

    record UnitRow(UnitRate rate, ThresholdNote note) {
    }

    static List<CommunityRow> communities(List<CommunityRate> rates) {
        return rates.stream()
                .map(r -> new CommunityRow(r, ThresholdNote.near(r.rate(), HeatingRatePolicy.COMMUNITY_SUPPLY_PERCENT)
                        .orElse(null)))
                .toList();
    }

    /**
     * 70 % is looked at first: for a tiny unit close to both, the step up to 18 °C is the one to tell.
     * R-RATE-4: a building without the Article 22 conditions owes no standard, so its thresholds do not matter. */
    static List<UnitRow> units(List<UnitRate> rates) {
        return rates.stream()
                .map(r -> new UnitRow(r, r.article22ConditionsMet()
                        ? ThresholdNote.near(r.rate(), HeatingRatePolicy.UNIT_STANDARD_PERCENT,
                                HeatingRatePolicy.UNIT_AGREEMENT_PERCENT).orElse(null)
                        : null))
                .toList();
    }
}
