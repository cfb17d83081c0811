package cn.heatdesk.appointments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.heatdesk.appointments.domain.Appointment;
import cn.heatdesk.appointments.domain.AppointmentChange;
import cn.heatdesk.appointments.domain.AppointmentStatus;
import cn.heatdesk.appointments.domain.Consent;
import cn.heatdesk.common.ConflictException;

/** Appointments, their booked slots and the butlers' calendar tokens (JdbcClient, optimistic locking). */
@Repository
public class AppointmentRepository {

    static final String COLUMNS = "id, customer_id, work_order_id, area_id, butler, requested_by, requested_at, reason, "
            + "status, place, starts_at, night_consent, night_consent_by, night_consent_at, changed_from_start, "
            + "changed_from_place, change_consent, change_by, change_at, notice_due, notice_policy, notice_late, "
            + "checked_in_at, late, version";

    private final JdbcClient jdbc;

    AppointmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long nextId() {
        return jdbc.sql("SELECT nextval('appointment_id_seq')").query(Long.class).single();
    }

    public Optional<Appointment> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appointment WHERE id = :id").param("id", id)
                .query(AppointmentRepository::map).optional();
    }

    /** Appointments whose rows match {@code where}, by time (unagreed requests last), newest requests first among them. */
    public List<Appointment> findWhere(String where, Map<String, ?> params, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appointment WHERE " + where
                        + " ORDER BY CASE WHEN starts_at IS NULL THEN 1 ELSE 0 END, starts_at, requested_at DESC, id "
                        + "FETCH FIRST :limit ROWS ONLY")
                .params(params).param("limit", Math.min(Math.max(limit, 1), 500))
                .query(AppointmentRepository::map).list();
    }

    public void insert(Appointment a) {
        jdbc.sql("INSERT INTO appointment (" + COLUMNS + ") VALUES (:id, :customerId, :workOrderId, :areaId, :butler, "
                        + ":requestedBy, :requestedAt, :reason, :status, :place, :startsAt, :nightConsent, "
                        + ":nightConsentBy, :nightConsentAt, :changedFromStart, :changedFromPlace, :changeConsent, "
                        + ":changeBy, :changeAt, :noticeDue, :noticePolicy, :noticeLate, :checkedInAt, :late, 0)")
                .params(params(a)).update();
    }

    /** Saves the next state against the version read; a concurrent change answers 409. */
    public void update(Appointment a) {
        int rows = jdbc.sql("UPDATE appointment SET status = :status, place = :place, starts_at = :startsAt, "
                        + "night_consent = :nightConsent, night_consent_by = :nightConsentBy, "
                        + "night_consent_at = :nightConsentAt, changed_from_start = :changedFromStart, "
                        + "changed_from_place = :changedFromPlace, change_consent = :changeConsent, change_by = :changeBy, "
                        + "change_at = :changeAt, notice_due = :noticeDue, notice_policy = :noticePolicy, "
                        + "notice_late = :noticeLate, checked_in_at = :checkedInAt, late = :late, version = version + 1 "
                        + "WHERE id = :id AND version = :version")
                .params(params(a)).param("version", a.version()).update();
        if (rows != 1) {
            throw new ConflictException("APPOINTMENT_CHANGED", "该预约刚被其他人修改，请刷新后再试");
        }
    }

    /** Books the slot; a second booking of the same butler and hour raises DuplicateKeyException. */
    public void book(String butler, Instant slotStart, long appointmentId) {
        jdbc.sql("INSERT INTO visit_slot (butler, slot_start, appointment_id) VALUES (:butler, :start, :id)")
                .param("butler", butler).param("start", Timestamp.from(slotStart)).param("id", appointmentId).update();
    }

    public void release(long appointmentId) {
        jdbc.sql("DELETE FROM visit_slot WHERE appointment_id = :id").param("id", appointmentId).update();
    }

    public Optional<String> feedToken(String butler) {
        return jdbc.sql("SELECT token FROM calendar_feed WHERE butler = :b").param("b", butler).query(String.class)
                .optional();
    }

    public Optional<String> butlerOfToken(String token) {
        return jdbc.sql("SELECT butler FROM calendar_feed WHERE token = :t").param("t", token).query(String.class)
                .optional();
    }

    public void saveToken(String butler, String token, Instant now) {
        int rows = jdbc.sql("UPDATE calendar_feed SET token = :t, created_at = :now WHERE butler = :b")
                .param("t", token).param("now", Timestamp.from(now)).param("b", butler).update();
        if (rows == 0) {
            jdbc.sql("INSERT INTO calendar_feed (butler, token, created_at) VALUES (:b, :t, :now)")
                    .param("t", token).param("now", Timestamp.from(now)).param("b", butler).update();
        }
    }

    private static Map<String, Object> params(Appointment a) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", a.id());
        p.put("customerId", a.customerId());
        p.put("workOrderId", a.workOrderId());
        p.put("areaId", a.areaId());
        p.put("butler", a.butler());
        p.put("requestedBy", a.requestedBy());
        p.put("requestedAt", ts(a.requestedAt()));
        p.put("reason", a.reason());
        p.put("status", a.status().name());
        p.put("place", a.place());
        p.put("startsAt", ts(a.start()));
        Consent night = a.nightConsent();
        p.put("nightConsent", night == null ? null : night.how());
        p.put("nightConsentBy", night == null ? null : night.recordedBy());
        p.put("nightConsentAt", night == null ? null : ts(night.recordedAt()));
        AppointmentChange c = a.change();
        p.put("changedFromStart", c == null ? null : ts(c.fromStart()));
        p.put("changedFromPlace", c == null ? null : c.fromPlace());
        p.put("changeConsent", c == null ? null : c.consent().how());
        p.put("changeBy", c == null ? null : c.consent().recordedBy());
        p.put("changeAt", c == null ? null : ts(c.noticeAt()));
        p.put("noticeDue", c == null ? null : ts(c.noticeDue()));
        p.put("noticePolicy", c == null ? null : c.noticePolicy());
        p.put("noticeLate", c != null && c.late());
        p.put("checkedInAt", ts(a.checkedInAt()));
        p.put("late", a.late());
        return p;
    }

    private static Appointment map(ResultSet rs, int n) throws SQLException {
        long woId = rs.getLong("work_order_id");
        Long workOrderId = rs.wasNull() ? null : woId;
        String nightHow = rs.getString("night_consent");
        Consent night = nightHow == null ? null
                : new Consent(nightHow, rs.getString("night_consent_by"), instant(rs, "night_consent_at"));
        String changeHow = rs.getString("change_consent");
        AppointmentChange change = changeHow == null ? null
                : new AppointmentChange(instant(rs, "changed_from_start"), rs.getString("changed_from_place"),
                instant(rs, "starts_at"), rs.getString("place"),
                new Consent(changeHow, rs.getString("change_by"), instant(rs, "change_at")),
                instant(rs, "change_at"), instant(rs, "notice_due"), rs.getString("notice_policy"),
                rs.getBoolean("notice_late"));
        return new Appointment(rs.getLong("id"), rs.getLong("customer_id"), workOrderId, rs.getLong("area_id"),
                rs.getString("butler"), rs.getString("requested_by"), instant(rs, "requested_at"),
                rs.getString("reason"), AppointmentStatus.valueOf(rs.getString("status")), rs.getString("place"),
                instant(rs, "starts_at"), night, change, instant(rs, "checked_in_at"), rs.getBoolean("late"),
                rs.getInt("version"));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
