package cn.heatdesk.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An administrator's new connection-fee version (R-FEE-4). {@code effectiveTo} null: open-ended. */
public record NewFeeVersion(String document, String article, String note, LocalDate effectiveFrom,
                            LocalDate effectiveTo, BigDecimal residentialRate, BigDecimal nonResidentialRate) {
}
