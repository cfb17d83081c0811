package cn.heatdesk.policy.domain;

import java.math.BigDecimal;

/** R-TEMP-3: the verdict, the temperature that was owed, which condition failed (if any) and why. */
public record TemperatureJudgement(TemperatureVerdict verdict, BigDecimal requiredCelsius,
                                   FailedCondition failedCondition, String reason) {
}
