package cn.heatdesk.workorders.domain;

import java.time.Instant;

/**
 * One callback attempt (R-SUP-2, R-ANS-4): whether the customer was reached and, if so, whether they are
 * satisfied ({@code satisfied} is null when not reached).
 */
public record CallbackResult(String by, Instant at, boolean reached, Boolean satisfied, String comment) {
}
