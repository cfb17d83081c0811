package cn.heatdesk.workorders;

import java.time.Instant;

/**
 * R-SYS-1: one status change or final reply of a 12345 order on its way back to the city hotline, as the
 * administrators' outbox list shows it. {@code sequence} counts the order's messages from 1, in the order the
 * changes were committed; the city hotline receives them in that order.
 */
public record OutboxMessage(long id, long orderId, String externalId, String number, int sequence, String status,
                            String reply, Instant occurredAt, State state, int attempts, Instant nextAttemptAt,
                            String lastError, Instant sentAt) {

    public enum State {
        /** To be sent, perhaps after a back-off. */
        PENDING,
        SENT,
        /** Given up after the configured attempts; an administrator retries it. Later messages of the order wait. */
        FAILED
    }
}
