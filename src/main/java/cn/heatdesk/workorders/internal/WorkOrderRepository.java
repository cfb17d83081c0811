package cn.heatdesk.workorders.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.workorders.domain.CallbackResult;
import cn.heatdesk.workorders.domain.Caller;
import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.OrderStatus;
import cn.heatdesk.workorders.domain.PaidServiceConsent;
import cn.heatdesk.workorders.domain.Reply;
import cn.heatdesk.workorders.domain.SpotCheck;
import cn.heatdesk.workorders.domain.TimelineEntry;
import cn.heatdesk.workorders.domain.TimelineEvent;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;
import cn.heatdesk.workorders.domain.WorkOrderSnapshot;

/**
 * Work orders loaded and saved whole through {@link WorkOrderSnapshot}. Saving checks the version the order was
 * loaded at ({@code UPDATE … WHERE id = ? AND version = ?}): when someone else saved in between, nothing is written
 * and the caller gets a conflict (409), so no update is ever lost. Timeline entries and callbacks are append-only:
 * rows beyond those stored are inserted after the version check has locked the order row.
 */
@Repository
public class WorkOrderRepository {

    public static final String CHANGED_CODE = "ORDER_CHANGED";
    public static final String CHANGED_MESSAGE = "工单已被他人修改，请刷新后重试";

    private static final String COLUMNS = """
            id, number, channel, kind, urgency, customer_id, caller_name, caller_phone, caller_address, area_id,
            description, status, assignee, first_responder, external_id, received_at, production_notice_at,
            registered_at, visit_target, consent_by, consent_at, reply_by, reply_at, reply_text,
            spot_check_selected_by, spot_check_selected_at, spot_check_by, spot_check_at, spot_check_reached,
            spot_check_satisfied, spot_check_comment, version
            """;

    private final JdbcClient jdbc;

    WorkOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id for a new order, taken before it is registered. */
    public long nextId() {
        return jdbc.sql("SELECT nextval('work_order_id_seq')").query(Long.class).single();
    }

    public Optional<WorkOrder> findById(long id) {
        return one("SELECT " + COLUMNS + " FROM work_order WHERE id = :v", id);
    }

    public Optional<WorkOrder> findByExternalId(String externalId) {
        return one("SELECT " + COLUMNS + " FROM work_order WHERE external_id = :v", externalId);
    }

    public Optional<WorkOrder> findByNumber(String number) {
        return one("SELECT " + COLUMNS + " FROM work_order WHERE number = :v", number);
    }

    public String numberOf(long id) {
        return jdbc.sql("SELECT number FROM work_order WHERE id = :id").param("id", id).query(String.class).single();
    }

    /** Orders whose ids match {@code where} (a condition on work_order columns with named parameters). */
    public List<WorkOrder> findWhere(String where, Map<String, ?> params, int limit) {
        List<Long> ids = jdbc.sql("SELECT id FROM work_order WHERE " + where
                        + " ORDER BY registered_at, id FETCH FIRST :limit ROWS ONLY")
                .params(params)
                .param("limit", Math.min(Math.max(limit, 1), 500))
                .query(Long.class)
                .list();
        List<WorkOrder> orders = new ArrayList<>();
        for (long id : ids) {
            findById(id).ifPresent(orders::add);
        }
        return orders;
    }

    /** A new order (version 0 in the snapshot); a duplicate number or external id raises DuplicateKeyException. */
    public void insert(WorkOrder order) {
        WorkOrderSnapshot s = order.snapshot();
        jdbc.sql("INSERT INTO work_order (" + COLUMNS + ") VALUES (:id, :number, :channel, :kind, :urgency, "
                        + ":customerId, :callerName, :callerPhone, :callerAddress, :areaId, :description, :status, "
                        + ":assignee, :firstResponder, :externalId, :receivedAt, :productionNoticeAt, :registeredAt, "
                        + ":visitTarget, :consentBy, :consentAt, :replyBy, :replyAt, :replyText, :scSelectedBy, "
                        + ":scSelectedAt, :scBy, :scAt, :scReached, :scSatisfied, :scComment, 0)")
                .params(params(s))
                .update();
        appendChildren(s, 0, 0);
    }

    /**
     * Saves a loaded order over the stored one, only if nobody saved it since it was loaded.
     *
     * @throws ConflictException when the stored version moved on (工单已被他人修改)
     */
    public void update(WorkOrder order) {
        WorkOrderSnapshot s = order.snapshot();
        int rows = jdbc.sql("""
                        UPDATE work_order SET customer_id = :customerId, area_id = :areaId, status = :status,
                               assignee = :assignee, visit_target = :visitTarget, consent_by = :consentBy,
                               consent_at = :consentAt, reply_by = :replyBy, reply_at = :replyAt, reply_text = :replyText,
                               spot_check_selected_by = :scSelectedBy, spot_check_selected_at = :scSelectedAt,
                               spot_check_by = :scBy, spot_check_at = :scAt, spot_check_reached = :scReached,
                               spot_check_satisfied = :scSatisfied, spot_check_comment = :scComment,
                               version = version + 1
                        WHERE id = :id AND version = :version
                        """)
                .params(params(s))
                .param("version", s.version())
                .update();
        if (rows == 0) {
            throw new ConflictException(CHANGED_CODE, CHANGED_MESSAGE);
        }
        int storedEntries = count("work_order_timeline", s.id());
        int storedCallbacks = count("work_order_callback", s.id());
        appendChildren(s, storedEntries, storedCallbacks);
    }

    private int count(String table, long orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE order_id = :id").param("id", orderId)
                .query(Integer.class).single();
    }

    private void appendChildren(WorkOrderSnapshot s, int storedEntries, int storedCallbacks) {
        if (s.timeline().size() < storedEntries || s.callbacks().size() < storedCallbacks) {
            // A stale copy passed the version check only if versions were misused; never shorten history.
            throw new ConflictException(CHANGED_CODE, CHANGED_MESSAGE);
        }
        for (int i = storedEntries; i < s.timeline().size(); i++) {
            TimelineEntry e = s.timeline().get(i);
            jdbc.sql("""
                    INSERT INTO work_order_timeline (order_id, seq, occurred_at, actor, what, note, status, assignee, target)
                    VALUES (:id, :seq, :at, :actor, :what, :note, :status, :assignee, :target)
                    """)
                    .param("id", s.id()).param("seq", i).param("at", ts(e.at())).param("actor", e.by())
                    .param("what", e.what().name()).param("note", e.note()).param("status", e.status().name())
                    .param("assignee", e.assignee()).param("target", ts(e.target()))
                    .update();
        }
        for (int i = storedCallbacks; i < s.callbacks().size(); i++) {
            CallbackResult c = s.callbacks().get(i);
            jdbc.sql("""
                    INSERT INTO work_order_callback (order_id, seq, actor, called_at, reached, satisfied, comment)
                    VALUES (:id, :seq, :actor, :at, :reached, :satisfied, :comment)
                    """)
                    .param("id", s.id()).param("seq", i).param("actor", c.by()).param("at", ts(c.at()))
                    .param("reached", c.reached()).param("satisfied", c.satisfied()).param("comment", c.comment())
                    .update();
        }
    }

    private Optional<WorkOrder> one(String sql, Object value) {
        return jdbc.sql(sql).param("v", value).query((rs, n) -> row(rs)).optional().map(this::withChildren);
    }

    private WorkOrder withChildren(Row r) {
        List<TimelineEntry> timeline = jdbc.sql("""
                SELECT occurred_at, actor, what, note, status, assignee, target FROM work_order_timeline
                WHERE order_id = :id ORDER BY seq
                """)
                .param("id", r.id())
                .query((rs, n) -> new TimelineEntry(instant(rs, "occurred_at"), rs.getString("actor"),
                        TimelineEvent.valueOf(rs.getString("what")), rs.getString("note"),
                        OrderStatus.valueOf(rs.getString("status")), rs.getString("assignee"), instant(rs, "target")))
                .list();
        List<CallbackResult> callbacks = jdbc.sql("""
                SELECT actor, called_at, reached, satisfied, comment FROM work_order_callback
                WHERE order_id = :id ORDER BY seq
                """)
                .param("id", r.id())
                .query((rs, n) -> new CallbackResult(rs.getString("actor"), instant(rs, "called_at"),
                        rs.getBoolean("reached"), (Boolean) rs.getObject("satisfied"), rs.getString("comment")))
                .list();
        WorkOrderSnapshot s = r.snapshot();
        return WorkOrder.restore(new WorkOrderSnapshot(s.id(), s.number(), s.channel(), s.kind(), s.urgency(),
                s.customerId(), s.caller(), s.areaId(), s.description(), s.status(), s.assignee(), s.firstResponder(),
                s.externalId(), s.receivedAt(), s.productionNoticeAt(), s.registeredAt(), s.visitTarget(),
                s.paidServiceConsent(), s.reply(), callbacks, s.spotCheck(), timeline, s.version()));
    }

    private record Row(long id, WorkOrderSnapshot snapshot) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String callerPhone = rs.getString("caller_phone");
        String callerAddress = rs.getString("caller_address");
        Caller caller = callerPhone == null && callerAddress == null ? null
                : new Caller(rs.getString("caller_name"), callerPhone, callerAddress);
        PaidServiceConsent consent = rs.getString("consent_by") == null ? null
                : new PaidServiceConsent(rs.getString("consent_by"), instant(rs, "consent_at"));
        Reply reply = rs.getString("reply_by") == null ? null
                : new Reply(rs.getString("reply_by"), instant(rs, "reply_at"), rs.getString("reply_text"));
        SpotCheck spotCheck = null;
        if (rs.getString("spot_check_selected_by") != null) {
            CallbackResult result = rs.getString("spot_check_by") == null ? null
                    : new CallbackResult(rs.getString("spot_check_by"), instant(rs, "spot_check_at"),
                            rs.getBoolean("spot_check_reached"), (Boolean) rs.getObject("spot_check_satisfied"),
                            rs.getString("spot_check_comment"));
            spotCheck = new SpotCheck(rs.getString("spot_check_selected_by"), instant(rs, "spot_check_selected_at"),
                    result);
        }
        return new Row(id, new WorkOrderSnapshot(id, rs.getString("number"), Channel.valueOf(rs.getString("channel")),
                OrderKind.valueOf(rs.getString("kind")), Urgency.valueOf(rs.getString("urgency")),
                (Long) longOrNull(rs, "customer_id"), caller, longOrNull(rs, "area_id"), rs.getString("description"),
                OrderStatus.valueOf(rs.getString("status")), rs.getString("assignee"), rs.getString("first_responder"),
                rs.getString("external_id"), instant(rs, "received_at"), instant(rs, "production_notice_at"),
                instant(rs, "registered_at"), instant(rs, "visit_target"), consent, reply, List.of(), spotCheck,
                List.of(), rs.getLong("version")));
    }

    private static Map<String, Object> params(WorkOrderSnapshot s) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", s.id());
        p.put("number", s.number());
        p.put("channel", s.channel().name());
        p.put("kind", s.kind().name());
        p.put("urgency", s.urgency().name());
        p.put("customerId", s.customerId());
        p.put("callerName", s.caller() == null ? null : s.caller().name());
        p.put("callerPhone", s.caller() == null ? null : s.caller().phone());
        p.put("callerAddress", s.caller() == null ? null : s.caller().address());
        p.put("areaId", s.areaId());
        p.put("description", s.description());
        p.put("status", s.status().name());
        p.put("assignee", s.assignee());
        p.put("firstResponder", s.firstResponder());
        p.put("externalId", s.externalId());
        p.put("receivedAt", ts(s.receivedAt()));
        p.put("productionNoticeAt", ts(s.productionNoticeAt()));
        p.put("registeredAt", ts(s.registeredAt()));
        p.put("visitTarget", ts(s.visitTarget()));
        p.put("consentBy", s.paidServiceConsent() == null ? null : s.paidServiceConsent().recordedBy());
        p.put("consentAt", s.paidServiceConsent() == null ? null : ts(s.paidServiceConsent().at()));
        p.put("replyBy", s.reply() == null ? null : s.reply().by());
        p.put("replyAt", s.reply() == null ? null : ts(s.reply().at()));
        p.put("replyText", s.reply() == null ? null : s.reply().text());
        SpotCheck sc = s.spotCheck();
        CallbackResult result = sc == null ? null : sc.result();
        p.put("scSelectedBy", sc == null ? null : sc.selectedBy());
        p.put("scSelectedAt", sc == null ? null : ts(sc.selectedAt()));
        p.put("scBy", result == null ? null : result.by());
        p.put("scAt", result == null ? null : ts(result.at()));
        p.put("scReached", result == null ? null : result.reached());
        p.put("scSatisfied", result == null ? null : result.satisfied());
        p.put("scComment", result == null ? null : result.comment());
        return p;
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
