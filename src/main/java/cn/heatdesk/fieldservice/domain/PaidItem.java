package cn.heatdesk.fieldservice.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A paid-service item (有偿服务) with the customer's recorded consent: told first that it is paid, then agreed. */
public record PaidItem(long id, String description, BigDecimal amount, String consent, String recordedBy,
                       Instant recordedAt) {
}
