package cn.heatdesk.workorders.internal;

import static cn.heatdesk.workorders.internal.WorkOrderRepository.instant;
import static cn.heatdesk.workorders.internal.WorkOrderRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.heatdesk.workorders.OutboxMessage;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * R-SYS-1: the outbox of messages to the 12345 city hotline. Written in the transaction of the order's change (after
 * the order row's version-checked update, which holds the row lock, so an order's sequence numbers never collide);
 * read by {@link CityHotlineRelay}, which claims due messages {@code FOR UPDATE SKIP LOCKED} and leases them.
 */
@Repository
public class OutboxRepository {

    private static final String COLUMNS = """
            id, order_id, external_id, number, sequence, status, reply_text, occurred_at, state, attempts,
            next_attempt_at, last_error, sent_at
            """;

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new PENDING message with the order's next sequence number, due at once. */
    public void append(WorkOrder order, String replyText, Instant at) {
        int sequence = jdbc.sql("SELECT COALESCE(MAX(sequence), 0) + 1 FROM city_hotline_outbox WHERE order_id = :o")
                .param("o", order.id()).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO city_hotline_outbox (order_id, external_id, number, sequence, status, reply_text,
                       occurred_at, state, attempts, next_attempt_at)
                VALUES (:o, :e, :n, :s, :status, :reply, :at, 'PENDING', 0, :at)
                """)
                .param("o", order.id()).param("e", order.externalId()).param("n", order.number())
                .param("s", sequence).param("status", order.status().name()).param("reply", replyText)
                .param("at", ts(at))
                .update();
    }

    /**
     * Due messages for this node: PENDING, due, not leased by a live lease, and the oldest unsent message of their
     * order (a FAILED one holds back the later ones, so the city never sees them out of order). Each is leased to
     * {@code node} until {@code leaseUntil} in the caller's (short) transaction.
     */
    public List<OutboxMessage> claim(Instant now, Instant leaseUntil, String node, int batch) {
        List<Long> ids = jdbc.sql("""
                SELECT o.id FROM city_hotline_outbox o
                WHERE o.state = 'PENDING' AND o.next_attempt_at <= :now
                  AND (o.lease_until IS NULL OR o.lease_until < :now)
                  AND NOT EXISTS (SELECT 1 FROM city_hotline_outbox p
                                  WHERE p.order_id = o.order_id AND p.sequence < o.sequence AND p.state <> 'SENT')
                ORDER BY o.next_attempt_at, o.id
                FETCH FIRST :batch ROWS ONLY
                FOR UPDATE SKIP LOCKED
                """)
                .param("now", ts(now)).param("batch", batch).query(Long.class).list();
        return ids.stream().filter(id -> jdbc.sql("""
                        UPDATE city_hotline_outbox SET lease_until = :until, leased_by = :node
                        WHERE id = :id AND state = 'PENDING' AND (lease_until IS NULL OR lease_until < :now)
                        """)
                        .param("until", ts(leaseUntil)).param("node", node).param("id", id).param("now", ts(now))
                        .update() == 1)
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    /** Delivered; only by the node holding the lease. */
    public boolean markSent(long id, String node, Instant at) {
        return jdbc.sql("""
                UPDATE city_hotline_outbox SET state = 'SENT', sent_at = :at, attempts = attempts + 1,
                       lease_until = NULL, leased_by = NULL, last_error = NULL
                WHERE id = :id AND leased_by = :node AND state = 'PENDING'
                """)
                .param("at", ts(at)).param("id", id).param("node", node).update() == 1;
    }

    /** A failed attempt: try again at {@code nextAttemptAt}, or give up (FAILED) when {@code giveUp}. */
    public boolean markAttemptFailed(long id, String node, String error, Instant nextAttemptAt, boolean giveUp) {
        return jdbc.sql("""
                UPDATE city_hotline_outbox SET state = :state, attempts = attempts + 1, next_attempt_at = :next,
                       lease_until = NULL, leased_by = NULL, last_error = :error
                WHERE id = :id AND leased_by = :node AND state = 'PENDING'
                """)
                .param("state", giveUp ? "FAILED" : "PENDING").param("next", ts(nextAttemptAt))
                .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 500)))
                .param("id", id).param("node", node).update() == 1;
    }

    /** An administrator's retry: PENDING again, attempts from zero, due at once. */
    public boolean retry(long id, Instant now) {
        return jdbc.sql("""
                UPDATE city_hotline_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = :now,
                       lease_until = NULL, leased_by = NULL
                WHERE id = :id AND state = 'FAILED'
                """)
                .param("now", ts(now)).param("id", id).update() == 1;
    }

    public Optional<OutboxMessage> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM city_hotline_outbox WHERE id = :id").param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    public List<OutboxMessage> inState(OutboxMessage.State state, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM city_hotline_outbox WHERE state = :state "
                        + "ORDER BY order_id, sequence FETCH FIRST :limit ROWS ONLY")
                .param("state", state.name()).param("limit", limit).query((rs, n) -> map(rs)).list();
    }

    public List<OutboxMessage> ofOrder(long orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM city_hotline_outbox WHERE order_id = :o ORDER BY sequence")
                .param("o", orderId).query((rs, n) -> map(rs)).list();
    }

    private static OutboxMessage map(ResultSet rs) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getLong("order_id"), rs.getString("external_id"),
                rs.getString("number"), rs.getInt("sequence"), rs.getString("status"), rs.getString("reply_text"),
                instant(rs, "occurred_at"), OutboxMessage.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "sent_at"));
    }
}
