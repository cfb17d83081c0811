package cn.heatdesk.workorders.internal;

import static cn.heatdesk.workorders.internal.WorkOrderRepository.instant;
import static cn.heatdesk.workorders.internal.WorkOrderRepository.longOrNull;
import static cn.heatdesk.workorders.internal.WorkOrderRepository.ts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.heatdesk.policy.domain.DeadlineRule;

/**
 * R-SUP-5, R-SUP-6: the counts behind the assessment and the supervision board, each one SQL aggregate over an
 * index (V9 adds those on work_order.received_at and work_order_callback.called_at). Portable SQL for H2 and
 * PostgreSQL. {@code areas} null means the whole company; otherwise only rows of those areas are counted (orders
 * not yet placed in an area are then left out).
 */
@Repository
public class StatisticsRepository {

    /** Orders still being worked: received but not yet resolved (cancelled and finished orders are not open). */
    static final String OPEN_STATUSES = "('RECEIVED', 'DISPATCHED', 'ACCEPTED', 'ON_SITE')";

    private final JdbcClient jdbc;

    StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A count under a key (a username or an area id as text; null for none). */
    public record Count(String key, long count) {
    }

    public record RuleCount(String key, DeadlineRule rule, long count) {
    }

    public record CallbackCount(String key, long calls, long reached, long satisfied) {
    }

    public record WarningRow(long deadlineId, long orderId, String orderNumber, DeadlineRule rule, Instant due,
                             String responsibleUsername, Long areaId) {
    }

    public record BreachListRow(long id, long orderId, String orderNumber, DeadlineRule rule, Instant due,
                                Instant recordedAt, String responsibleUsername, Long areaId) {
    }

    /** Orders received in the period (cancelled ones left out), grouped by {@code assignee} or {@code area_id}. */
    public List<Count> ordersReceived(String groupColumn, Instant from, Instant to, List<Long> areas) {
        String column = column(groupColumn);
        return jdbc.sql("SELECT " + column + " AS k, COUNT(*) AS n FROM work_order "
                        + "WHERE received_at >= :from AND received_at < :to AND status <> 'CANCELLED'"
                        + areaFilter("area_id", areas) + " GROUP BY " + column)
                .params(params(from, to, areas))
                .query((rs, n) -> new Count(rs.getString("k"), rs.getLong("n"))).list();
    }

    /** Breaches recorded in the period by rule, grouped by the responsible person or unit. */
    public List<RuleCount> breaches(boolean byPerson, Instant from, Instant to, List<Long> areas) {
        String column = byPerson ? "responsible_username" : "responsible_area_id";
        return jdbc.sql("SELECT " + column + " AS k, rule, COUNT(*) AS n FROM deadline_breach "
                        + "WHERE recorded_at >= :from AND recorded_at < :to"
                        + areaFilter("responsible_area_id", areas) + " GROUP BY " + column + ", rule")
                .params(params(from, to, areas))
                .query((rs, n) -> new RuleCount(rs.getString("k"), DeadlineRule.valueOf(rs.getString("rule")),
                        rs.getLong("n")))
                .list();
    }

    /** Callbacks made in the period (R-SUP-2), reached and satisfied, grouped by the order's assignee or area. */
    public List<CallbackCount> callbacks(String groupColumn, Instant from, Instant to, List<Long> areas) {
        String column = "o." + column(groupColumn);
        return jdbc.sql("SELECT " + column + " AS k, COUNT(*) AS calls,"
                        + " SUM(CASE WHEN c.reached THEN 1 ELSE 0 END) AS reached,"
                        + " SUM(CASE WHEN c.reached AND c.satisfied THEN 1 ELSE 0 END) AS satisfied"
                        + " FROM work_order_callback c JOIN work_order o ON o.id = c.order_id"
                        + " WHERE c.called_at >= :from AND c.called_at < :to"
                        + areaFilter("o.area_id", areas) + " GROUP BY " + column)
                .params(params(from, to, areas))
                .query((rs, n) -> new CallbackCount(rs.getString("k"), rs.getLong("calls"), rs.getLong("reached"),
                        rs.getLong("satisfied")))
                .list();
    }

    /** Open orders now, by area. */
    public List<Count> openOrdersByArea(List<Long> areas) {
        return jdbc.sql("SELECT area_id AS k, COUNT(*) AS n FROM work_order WHERE status IN " + OPEN_STATUSES
                        + areaFilter("area_id", areas) + " GROUP BY area_id")
                .params(params(null, null, areas))
                .query((rs, n) -> new Count(rs.getString("k"), rs.getLong("n"))).list();
    }

    /** Resolved orders whose callback is not yet recorded (R-SUP-2), by area. */
    public List<Count> callbacksDueByArea(List<Long> areas) {
        return jdbc.sql("SELECT area_id AS k, COUNT(*) AS n FROM work_order WHERE status = 'RESOLVED'"
                        + areaFilter("area_id", areas) + " GROUP BY area_id")
                .params(params(null, null, areas))
                .query((rs, n) -> new Count(rs.getString("k"), rs.getLong("n"))).list();
    }

    /** R-SUP-5: open deadlines falling due by {@code horizon} (overdue ones not yet flagged included), soonest first. */
    public List<WarningRow> openDeadlinesDueBy(Instant horizon, List<Long> areas, int limit) {
        Map<String, Object> p = params(null, null, areas);
        p.put("horizon", ts(horizon));
        p.put("limit", limit);
        return jdbc.sql("SELECT d.id, d.order_id, o.number, d.rule, d.due_at, d.responsible_username,"
                        + " d.responsible_area_id FROM order_deadline d JOIN work_order o ON o.id = d.order_id"
                        + " WHERE d.status = 'OPEN' AND d.due_at <= :horizon"
                        + areaFilter("d.responsible_area_id", areas)
                        + " ORDER BY d.due_at, d.id FETCH FIRST :limit ROWS ONLY")
                .params(p)
                .query((rs, n) -> new WarningRow(rs.getLong("id"), rs.getLong("order_id"), rs.getString("number"),
                        DeadlineRule.valueOf(rs.getString("rule")), instant(rs, "due_at"),
                        rs.getString("responsible_username"), longOrNull(rs, "responsible_area_id")))
                .list();
    }

    /** Breaches recorded in the period, newest first. */
    public List<BreachListRow> breachList(Instant from, Instant to, List<Long> areas, int limit) {
        Map<String, Object> p = params(from, to, areas);
        p.put("limit", limit);
        return jdbc.sql("SELECT b.id, b.order_id, o.number, b.rule, b.due_at, b.recorded_at, b.responsible_username,"
                        + " b.responsible_area_id FROM deadline_breach b JOIN work_order o ON o.id = b.order_id"
                        + " WHERE b.recorded_at >= :from AND b.recorded_at < :to"
                        + areaFilter("b.responsible_area_id", areas)
                        + " ORDER BY b.recorded_at DESC, b.id DESC FETCH FIRST :limit ROWS ONLY")
                .params(p)
                .query((rs, n) -> new BreachListRow(rs.getLong("id"), rs.getLong("order_id"), rs.getString("number"),
                        DeadlineRule.valueOf(rs.getString("rule")), instant(rs, "due_at"), instant(rs, "recorded_at"),
                        rs.getString("responsible_username"), longOrNull(rs, "responsible_area_id")))
                .list();
    }

    private static String column(String groupColumn) {
        return switch (groupColumn) {
            case "assignee" -> "assignee";
            case "area_id" -> "area_id";
            default -> throw new IllegalArgumentException(groupColumn);
        };
    }

    private static String areaFilter(String column, List<Long> areas) {
        return areas == null ? "" : " AND " + column + " IN (:areas)";
    }

    private static Map<String, Object> params(Instant from, Instant to, List<Long> areas) {
        Map<String, Object> p = new HashMap<>();
        if (from != null) {
            p.put("from", ts(from));
            p.put("to", ts(to));
        }
        if (areas != null) {
            List<Long> ids = new ArrayList<>(areas);
            ids.add(-1L); // never an empty IN list
            p.put("areas", ids);
        }
        return p;
    }
}
