package cn.heatdesk.customers;

import java.time.Instant;

/** One full view of personal data (R-SYS-2): who, whose, which field, when. */
public record RevealRecord(long id, Instant revealedAt, String revealedBy, long customerId, String accountNumber,
                           PersonalField field, String purpose) {
}
