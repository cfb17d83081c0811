package cn.heatdesk.workorders.internal;

import static cn.heatdesk.workorders.internal.WorkOrderRepository.instant;
import static cn.heatdesk.workorders.internal.WorkOrderRepository.ts;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.workorders.Breach;
import cn.heatdesk.workorders.EscalationGateway.DeadlineWarning;
import cn.heatdesk.workorders.Notification;

/**
 * The in-app side of R-SUP-5, written inside the transaction that records the breach or the warning. Decision: the
 * staff records name no one's supervisor, so a breach goes to everyone in the {@code SUPERVISOR} role, and to the
 * responsible person.
 */
@Repository
public class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void breach(Breach breach, long deadlineId) {
        String unit = breach.responsibleUnit() == null ? "未分片区" : breach.responsibleUnit();
        String message = "工单 " + breach.orderNumber() + " " + breach.rule().label() + "超时，责任人 "
                + breach.responsibleUsername() + "（" + unit + "）";
        insert(null, StaffRole.SUPERVISOR.name(), "BREACH", breach.orderId(), deadlineId, message, breach.recordedAt());
        insert(breach.responsibleUsername(), null, "BREACH", breach.orderId(), deadlineId, message, breach.recordedAt());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void warning(DeadlineWarning warning, String orderNumber, Instant at) {
        insert(warning.responsibleUsername(), null, "WARNING", warning.orderId(), warning.deadlineId(),
                "工单 " + orderNumber + " " + warning.rule().label() + "即将到期（" + warning.due() + "）", at);
    }

    /** Newest first: what was sent to this person by name or to their role. */
    public List<Notification> forRecipient(String username, StaffRole role, int limit) {
        return jdbc.sql("""
                SELECT id, kind, order_id, message, created_at FROM work_order_notification
                WHERE recipient_username = :u OR recipient_role = :r
                ORDER BY created_at DESC, id DESC FETCH FIRST :limit ROWS ONLY
                """)
                .param("u", username).param("r", role.name()).param("limit", Math.min(Math.max(limit, 1), 500))
                .query((rs, n) -> new Notification(rs.getLong("id"), rs.getString("kind"), rs.getLong("order_id"),
                        rs.getString("message"), instant(rs, "created_at")))
                .list();
    }

    private void insert(String username, String role, String kind, long orderId, long deadlineId, String message,
                        Instant at) {
        jdbc.sql("""
                INSERT INTO work_order_notification (recipient_username, recipient_role, kind, order_id, deadline_id,
                                                     message, created_at)
                VALUES (:u, :r, :kind, :order, :deadline, :message, :at)
                """)
                .param("u", username).param("r", role).param("kind", kind).param("order", orderId)
                .param("deadline", deadlineId).param("message", message.length() > 500 ? message.substring(0, 500) : message)
                .param("at", ts(at))
                .update();
    }
}
