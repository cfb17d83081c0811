package cn.heatdesk.policy;

import java.time.LocalDate;

/** R-SEASON-3: emergency-dispatch dates for one season, with the document that set them. */
public record NewSeasonOverride(Integer seasonStartYear, LocalDate commissioningStart, LocalDate heatingStart,
                                LocalDate heatingEnd, String document, String reason) {
}
