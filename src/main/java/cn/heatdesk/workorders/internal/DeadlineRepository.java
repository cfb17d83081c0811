package cn.heatdesk.workorders.internal;

import static cn.heatdesk.workorders.internal.WorkOrderRepository.instant;
import static cn.heatdesk.workorders.internal.WorkOrderRepository.longOrNull;
import static cn.heatdesk.workorders.internal.WorkOrderRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.workorders.domain.DeadlineStatus;
import cn.heatdesk.workorders.domain.TrackedDeadline;

/**
 * The tracked deadlines of orders (R-SUP-5) and their breaches. A transition locks its order's deadlines
 * ({@code FOR UPDATE}) so that the scheduler, which skips locked rows, never changes one under it; every status
 * change is written only while the row is still OPEN, and a breach row is unique per deadline.
 */
@Repository
public class DeadlineRepository {

    private static final String COLUMNS = """
            id, order_id, rule, starts_at, due_at, status, met_at, breached_at, withdrawn_at, responsible_username,
            responsible_area_id, warned_at
            """;

    private final JdbcClient jdbc;

    DeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored deadline with its order and the unit (area) answering for it. */
    public record StoredDeadline(long orderId, Long areaId, Instant warnedAt, TrackedDeadline deadline) {
    }

    /** A recorded breach (R-SUP-5), as the assessment and the city hotline see it. */
    public record BreachRow(long id, long deadlineId, long orderId, DeadlineRule rule, Instant due, Instant recordedAt,
                            String recordedBy, String responsibleUsername, Long responsibleAreaId) {
    }

    public List<StoredDeadline> forOrder(long orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM order_deadline WHERE order_id = :id ORDER BY id")
                .param("id", orderId).query((rs, n) -> map(rs)).list();
    }

    /** The order's deadlines, locked until the transaction ends. */
    public List<StoredDeadline> lockForOrder(long orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM order_deadline WHERE order_id = :id ORDER BY id FOR UPDATE")
                .param("id", orderId).query((rs, n) -> map(rs)).list();
    }

    public long insert(long orderId, Long areaId, TrackedDeadline d) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO order_deadline (order_id, rule, starts_at, due_at, status, met_at, breached_at, withdrawn_at,
                                            responsible_username, responsible_area_id)
                VALUES (:order, :rule, :starts, :due, :status, :met, :breached, :withdrawn, :who, :area)
                """)
                .param("order", orderId).param("rule", d.rule().name()).param("starts", ts(d.startsAt()))
                .param("due", ts(d.due())).param("status", d.status().name()).param("met", ts(d.metAt()))
                .param("breached", ts(d.breachedAt())).param("withdrawn", ts(d.withdrawnAt()))
                .param("who", d.responsibleUsername()).param("area", areaId)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Writes a locked deadline's new state; the row is locked by {@link #lockForOrder}, so nothing moved under it. */
    public void update(TrackedDeadline d, Long areaId) {
        jdbc.sql("""
                UPDATE order_deadline SET status = :status, met_at = :met, breached_at = :breached,
                       withdrawn_at = :withdrawn, responsible_username = :who, responsible_area_id = :area
                WHERE id = :id
                """)
                .param("status", d.status().name()).param("met", ts(d.metAt())).param("breached", ts(d.breachedAt()))
                .param("withdrawn", ts(d.withdrawnAt())).param("who", d.responsibleUsername()).param("area", areaId)
                .param("id", d.id())
                .update();
    }

    /**
     * R-SUP-5: claims up to {@code batch} overdue open deadlines, skipping rows another node (or a transition) holds;
     * they stay locked until the caller's transaction ends.
     */
    public List<StoredDeadline> claimOverdue(Instant now, int batch) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM order_deadline WHERE status = 'OPEN' AND due_at < :now
                ORDER BY due_at FETCH FIRST :batch ROWS ONLY FOR UPDATE SKIP LOCKED
                """)
                .param("now", ts(now)).param("batch", batch).query((rs, n) -> map(rs)).list();
    }

    /** Marks a claimed deadline breached, only while it is still OPEN: true when this call recorded it. */
    public boolean markBreached(long id, Instant at) {
        return jdbc.sql("UPDATE order_deadline SET status = 'BREACHED', breached_at = :at WHERE id = :id AND status = 'OPEN'")
                .param("at", ts(at)).param("id", id).update() == 1;
    }

    /** Open deadlines falling due by {@code horizon} that have not been warned about, claimed like overdue ones. */
    public List<StoredDeadline> claimToWarn(Instant now, Instant horizon, int batch) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM order_deadline WHERE status = 'OPEN' AND due_at <= :horizon AND due_at >= :now AND warned_at IS NULL
                ORDER BY due_at FETCH FIRST :batch ROWS ONLY FOR UPDATE SKIP LOCKED
                """)
                .param("now", ts(now)).param("horizon", ts(horizon)).param("batch", batch)
                .query((rs, n) -> map(rs)).list();
    }

    public boolean markWarned(long id, Instant at) {
        return jdbc.sql("UPDATE order_deadline SET warned_at = :at WHERE id = :id AND warned_at IS NULL AND status = 'OPEN'")
                .param("at", ts(at)).param("id", id).update() == 1;
    }

    public long insertBreach(long deadlineId, long orderId, TrackedDeadline d, Instant recordedAt, String recordedBy,
                             Long areaId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO deadline_breach (deadline_id, order_id, rule, due_at, recorded_at, recorded_by,
                                             responsible_username, responsible_area_id)
                VALUES (:deadline, :order, :rule, :due, :at, :by, :who, :area)
                """)
                .param("deadline", deadlineId).param("order", orderId).param("rule", d.rule().name())
                .param("due", ts(d.due())).param("at", ts(recordedAt)).param("by", recordedBy)
                .param("who", d.responsibleUsername()).param("area", areaId)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Which of these orders have a deadline past its due time whose work is still owed: open and overdue (the watch
     * has not come round yet), or breached and neither done nor replaced ({@link TrackedDeadline#stillOwed}).
     */
    public Set<Long> overdueOrders(Collection<Long> orderIds, Instant now) {
        if (orderIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                SELECT DISTINCT order_id FROM order_deadline WHERE order_id IN (:ids)
                AND ((status = 'OPEN' AND due_at < :now)
                     OR (status = 'BREACHED' AND met_at IS NULL AND withdrawn_at IS NULL))
                """)
                .param("ids", List.copyOf(orderIds)).param("now", ts(now)).query(Long.class).list());
    }

    public List<BreachRow> breachesOfOrder(long orderId) {
        return jdbc.sql("""
                SELECT id, deadline_id, order_id, rule, due_at, recorded_at, recorded_by, responsible_username,
                       responsible_area_id
                FROM deadline_breach WHERE order_id = :id ORDER BY recorded_at, id
                """)
                .param("id", orderId)
                .query((rs, n) -> new BreachRow(rs.getLong("id"), rs.getLong("deadline_id"), rs.getLong("order_id"),
                        DeadlineRule.valueOf(rs.getString("rule")), instant(rs, "due_at"), instant(rs, "recorded_at"),
                        rs.getString("recorded_by"), rs.getString("responsible_username"),
                        longOrNull(rs, "responsible_area_id")))
                .list();
    }

    private static StoredDeadline map(ResultSet rs) throws SQLException {
        TrackedDeadline d = new TrackedDeadline(rs.getLong("id"), DeadlineRule.valueOf(rs.getString("rule")),
                instant(rs, "starts_at"), instant(rs, "due_at"), DeadlineStatus.valueOf(rs.getString("status")),
                instant(rs, "met_at"), instant(rs, "breached_at"), instant(rs, "withdrawn_at"),
                rs.getString("responsible_username"));
        return new StoredDeadline(rs.getLong("order_id"), longOrNull(rs, "responsible_area_id"),
                instant(rs, "warned_at"), d);
    }
}
