package cn.heatdesk.fieldservice.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.fieldservice.FollowUp;
import cn.heatdesk.fieldservice.VisitPhoto;
import cn.heatdesk.fieldservice.domain.ChecklistStep;
import cn.heatdesk.fieldservice.domain.Damage;
import cn.heatdesk.fieldservice.domain.HomeVisit;
import cn.heatdesk.fieldservice.domain.PaidItem;
import cn.heatdesk.fieldservice.domain.Remedy;

/** Home visits with their steps, items, damage, photos and follow-ups (JdbcClient, optimistic locking). */
@Repository
public class HomeVisitRepository {


    private final JdbcClient jdbc;

    HomeVisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long nextId() {
        return jdbc.sql("SELECT nextval('home_visit_id_seq')").query(Long.class).single();
    }

    public long nextItemId() {
        return jdbc.sql("SELECT nextval('home_visit_item_id_seq')").query(Long.class).single();
    }

    public Optional<HomeVisit> findById(long id) {
        return one("id = :v", id);
    }

    public Optional<HomeVisit> findByAppointment(long appointmentId) {
        return one("appointment_id = :v", appointmentId);
    }

    /** The visit of an appointment in a list: its id and whether it is finished. */
    public record VisitState(long id, boolean finished) {
    }

    /** The visits of these appointments, by appointment id, in one query (a day's list needs no more). */
    public Map<Long, VisitState> statesByAppointment(Collection<Long> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, VisitState> states = new HashMap<>();
        jdbc.sql("SELECT appointment_id, id, finished_at FROM home_visit WHERE appointment_id IN (:ids)")
                .param("ids", List.copyOf(appointmentIds))
                .query((rs, n) -> Map.entry(rs.getLong(1), new VisitState(rs.getLong(2), rs.getTimestamp(3) != null)))
                .list().forEach(e -> states.put(e.getKey(), e.getValue()));
        return states;
    }

    private Optional<HomeVisit> one(String where, long value) {
        return jdbc.sql("SELECT id, appointment_id, customer_id, work_order_id, visitor, started_at, work_done, parts, "
                        + "finished_at, version FROM home_visit WHERE " + where)
                .param("v", value)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    long wo = rs.getLong("work_order_id");
                    Long workOrderId = rs.wasNull() ? null : wo;
                    return new HomeVisit(id, rs.getLong("appointment_id"), rs.getLong("customer_id"), workOrderId,
                            rs.getString("visitor"), instant(rs.getTimestamp("started_at")), Map.of(),
                            rs.getString("work_done"), rs.getString("parts"), List.of(), List.of(),
                            instant(rs.getTimestamp("finished_at")), rs.getInt("version"));
                }).optional().map(this::withChildren);
    }

    private HomeVisit withChildren(HomeVisit v) {
        Map<ChecklistStep, Instant> steps = new EnumMap<>(ChecklistStep.class);
        jdbc.sql("SELECT step, ticked_at FROM home_visit_step WHERE visit_id = :id").param("id", v.id())
                .query((rs, n) -> Map.entry(ChecklistStep.number(rs.getInt(1)), instant(rs.getTimestamp(2))))
                .list().forEach(e -> steps.put(e.getKey(), e.getValue()));
        List<PaidItem> items = jdbc.sql("SELECT id, description, amount, consent, recorded_by, recorded_at "
                        + "FROM home_visit_paid_item WHERE visit_id = :id ORDER BY id").param("id", v.id())
                .query((rs, n) -> new PaidItem(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getString(5), instant(rs.getTimestamp(6)))).list();
        List<Damage> damages = jdbc.sql("SELECT id, description, remedy, remedy_note, recorded_by, recorded_at "
                        + "FROM home_visit_damage WHERE visit_id = :id ORDER BY id").param("id", v.id())
                .query((rs, n) -> new Damage(rs.getLong(1), rs.getString(2), Remedy.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6)))).list();
        return new HomeVisit(v.id(), v.appointmentId(), v.customerId(), v.workOrderId(), v.visitor(), v.startedAt(),
                steps, v.workDone(), v.parts(), items, damages, v.finishedAt(), v.version());
    }

    public void insert(HomeVisit v) {
        jdbc.sql("INSERT INTO home_visit (id, appointment_id, customer_id, work_order_id, visitor, started_at, version) "
                        + "VALUES (:id, :a, :c, :w, :visitor, :at, 0)")
                .param("id", v.id()).param("a", v.appointmentId()).param("c", v.customerId())
                .param("w", v.workOrderId()).param("visitor", v.visitor()).param("at", ts(v.startedAt())).update();
    }

    /** Saves the visit's own columns and any new children, against the version read. */
    public void update(HomeVisit before, HomeVisit after) {
        int rows = jdbc.sql("UPDATE home_visit SET work_done = :done, parts = :parts, finished_at = :fin, "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .param("done", after.workDone()).param("parts", after.parts()).param("fin", ts(after.finishedAt()))
                .param("id", after.id()).param("version", before.version()).update();
        if (rows != 1) {
            throw new ConflictException("VISIT_CHANGED", "该入户记录刚被修改，请刷新后再试");
        }
        after.ticked().forEach((step, at) -> {
            if (!before.ticked().containsKey(step)) {
                jdbc.sql("INSERT INTO home_visit_step (visit_id, step, ticked_at) VALUES (:id, :s, :at)")
                        .param("id", after.id()).param("s", step.number()).param("at", ts(at)).update();
            }
        });
        for (PaidItem i : after.paidItems().subList(before.paidItems().size(), after.paidItems().size())) {
            jdbc.sql("INSERT INTO home_visit_paid_item (id, visit_id, description, amount, consent, recorded_by, "
                            + "recorded_at) VALUES (:id, :v, :d, :a, :c, :by, :at)")
                    .param("id", i.id()).param("v", after.id()).param("d", i.description()).param("a", i.amount())
                    .param("c", i.consent()).param("by", i.recordedBy()).param("at", ts(i.recordedAt())).update();
        }
        for (Damage d : after.damages().subList(before.damages().size(), after.damages().size())) {
            jdbc.sql("INSERT INTO home_visit_damage (id, visit_id, description, remedy, remedy_note, recorded_by, "
                            + "recorded_at) VALUES (:id, :v, :d, :r, :n, :by, :at)")
                    .param("id", d.id()).param("v", after.id()).param("d", d.description()).param("r", d.remedy().name())
                    .param("n", d.remedyNote()).param("by", d.recordedBy()).param("at", ts(d.recordedAt())).update();
        }
    }

    public void insertPhoto(long id, long visitId, String contentType, byte[] content, String caption, String by,
                            Instant at) {
        jdbc.sql("INSERT INTO home_visit_photo (id, visit_id, content_type, size_bytes, caption, content, uploaded_by, "
                        + "uploaded_at) VALUES (:id, :v, :t, :s, :c, :b, :by, :at)")
                .param("id", id).param("v", visitId).param("t", contentType).param("s", content.length)
                .param("c", caption).param("b", content).param("by", by).param("at", ts(at)).update();
    }

    public List<VisitPhoto> photos(long visitId) {
        return jdbc.sql("SELECT id, visit_id, content_type, size_bytes, caption, uploaded_by, uploaded_at "
                        + "FROM home_visit_photo WHERE visit_id = :v ORDER BY id").param("v", visitId)
                .query((rs, n) -> new VisitPhoto(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7)))).list();
    }

    public Optional<VisitPhoto.Content> photo(long visitId, long photoId) {
        return jdbc.sql("SELECT id, visit_id, content_type, size_bytes, caption, uploaded_by, uploaded_at, content "
                        + "FROM home_visit_photo WHERE visit_id = :v AND id = :id").param("v", visitId).param("id", photoId)
                .query((rs, n) -> new VisitPhoto.Content(new VisitPhoto(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7))), rs.getBytes(8))).optional();
    }

    public void insertFollowUp(long id, HomeVisit v, long areaId, Instant at) {
        jdbc.sql("INSERT INTO visit_follow_up (id, visit_id, customer_id, area_id, visitor, created_at) "
                        + "VALUES (:id, :v, :c, :a, :visitor, :at)")
                .param("id", id).param("v", v.id()).param("c", v.customerId()).param("a", areaId)
                .param("visitor", v.visitor()).param("at", ts(at)).update();
    }

    public List<FollowUp> followUps(boolean open, int limit) {
        return jdbc.sql(FOLLOW_UP_SELECT + " WHERE done_at IS " + (open ? "NULL" : "NOT NULL")
                        + " ORDER BY created_at, id FETCH FIRST :limit ROWS ONLY").param("limit", limit)
                .query(HomeVisitRepository::followUp).list();
    }

    public Optional<FollowUp> followUp(long id) {
        return jdbc.sql(FOLLOW_UP_SELECT + " WHERE id = :id").param("id", id).query(HomeVisitRepository::followUp)
                .optional();
    }

    public Optional<FollowUp> followUpOfVisit(long visitId) {
        return jdbc.sql(FOLLOW_UP_SELECT + " WHERE visit_id = :id").param("id", visitId)
                .query(HomeVisitRepository::followUp).optional();
    }

    /** Records the call once; a second recorder finds it done. */
    public boolean completeFollowUp(long id, String by, Instant at, boolean reached, Boolean satisfied, String comment) {
        return jdbc.sql("UPDATE visit_follow_up SET done_by = :by, done_at = :at, reached = :r, satisfied = :s, "
                        + "comment = :c WHERE id = :id AND done_at IS NULL")
                .param("by", by).param("at", ts(at)).param("r", reached).param("s", satisfied).param("c", comment)
                .param("id", id).update() == 1;
    }

    private static final String FOLLOW_UP_SELECT = "SELECT id, visit_id, customer_id, area_id, visitor, created_at, "
            + "done_by, done_at, reached, satisfied, comment FROM visit_follow_up";

    private static FollowUp followUp(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FollowUp(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                instant(rs.getTimestamp(6)), rs.getString(7), instant(rs.getTimestamp(8)),
                (Boolean) rs.getObject(9), (Boolean) rs.getObject(10), rs.getString(11));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
