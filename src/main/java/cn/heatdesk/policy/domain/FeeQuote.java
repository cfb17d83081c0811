package cn.heatdesk.policy.domain;

import java.math.BigDecimal;

/** R-FEE-3: rate × area, rounded to fen half-up, with the document that decided it. */
public record FeeQuote(UseType useType, BigDecimal areaM2, BigDecimal ratePerM2, BigDecimal amount,
                       PolicyReference policy) {
}
