package cn.heatdesk.appointments.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.InvalidInputException;

/**
 * An appointment (预约) for a home visit, R-APPT-1..5. Immutable: every step returns the next state or refuses
 * with a Chinese message. Time comes in as {@code now}; the service reads it from the application clock.
 *
 * @param workOrderId the work order the visit belongs to, or null for a visit asked for on its own
 * @param start       the agreed slot start, null while only requested
 * @param nightConsent the customer's recorded consent to a night slot (R-APPT-5), null when not needed
 * @param change      the one change of time or place (R-APPT-3), null while unchanged
 * @param late        R-APPT-2: the visitor checked in after the agreed time
 */
public record Appointment(long id, long customerId, Long workOrderId, long areaId, String butler, String requestedBy,
                          Instant requestedAt, String reason, AppointmentStatus status, String place, Instant start,
                          Consent nightConsent, AppointmentChange change, Instant checkedInAt, boolean late,
                          int version) {

    public Appointment {
        Objects.requireNonNull(butler, "butler");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** R-APPT-1: a request is accepted at once and lands with the butler of the customer's area. */
    public static Appointment request(long id, long customerId, Long workOrderId, long areaId, String areaButler,
                                      String place, String reason, String requestedBy, Instant now) {
        if (areaButler == null || areaButler.isBlank()) {
            throw new ConflictException("AREA_WITHOUT_BUTLER", "该用户所在片区尚未指定供热管家，无法受理预约");
        }
        return new Appointment(id, customerId, workOrderId, areaId, areaButler, requestedBy, now, reason,
                AppointmentStatus.REQUESTED, place, null, null, null, null, false, 0);
    }

    public VisitSlot slot() {
        return start == null ? null : new VisitSlot(butler, start);
    }

    /** The butler agrees a time and place with the customer (R-APPT-1); a night slot needs consent (R-APPT-5). */
    public Appointment agree(VisitSlot slot, String agreedPlace, String nightConsentHow, String by, Instant now,
                             ZoneId zone) {
        if (status != AppointmentStatus.REQUESTED) {
            throw new ConflictException("NOT_REQUESTED", "该预约已约定时间，如需更改请使用“更改时间或地点”");
        }
        requireFuture(slot, now);
        Consent night = nightConsent(slot, nightConsentHow, by, now, zone);
        return new Appointment(id, customerId, workOrderId, areaId, butler, requestedBy, requestedAt, reason,
                AppointmentStatus.AGREED, placeOr(agreedPlace, place), slot.start(), night, null, null, false, version);
    }

    /**
     * R-APPT-3: one change of time or place with the customer's recorded consent; the second is refused.
     * R-APPT-4: {@code noticeDue} is the policy's latest notice for the agreed time; telling the customer later is
     * still recorded, as a breach.
     */
    public Appointment change(VisitSlot newSlot, String newPlace, String consentHow, String nightConsentHow,
                              Instant noticeDue, String noticePolicy, String by, Instant now, ZoneId zone) {
        if (change != null) {
            throw new ConflictException("SECOND_CHANGE_REFUSED",
                    "每个预约只能更改一次时间或地点（入户服务规范），本预约已于 "
                            + change.noticeAt().atZone(zone).toLocalDate() + " 更改过，不能再次更改");
        }
        if (status != AppointmentStatus.AGREED) {
            throw new ConflictException("NOT_AGREED", "只有已约定、尚未到达的预约可以更改时间或地点");
        }
        if (consentHow == null || consentHow.isBlank()) {
            throw new InvalidInputException("CONSENT_REQUIRED", "consent",
                    "更改时间或地点须征得用户同意，请记录用户如何同意（如：电话中同意）");
        }
        VisitSlot target = newSlot == null ? slot() : newSlot;
        String targetPlace = placeOr(newPlace, place);
        if (target.start().equals(start) && Objects.equals(targetPlace, place)) {
            throw new InvalidInputException("NOTHING_CHANGED", "startsAt", "新的时间和地点与原约定相同");
        }
        if (!target.start().equals(start)) {
            requireFuture(target, now);
        }
        Consent night = target.start().equals(start) ? nightConsent : nightConsent(target, nightConsentHow, by, now, zone);
        AppointmentChange recorded = new AppointmentChange(start, place, target.start(), targetPlace,
                new Consent(consentHow.strip(), by, now), now, noticeDue, noticePolicy, now.isAfter(noticeDue));
        return new Appointment(id, customerId, workOrderId, areaId, butler, requestedBy, requestedAt, reason, status,
                targetPlace, target.start(), night, recorded, checkedInAt, late, version);
    }

    /** R-APPT-2: arrival is recorded; after the agreed time it is flagged late. */
    public Appointment checkIn(Instant now) {
        if (status != AppointmentStatus.AGREED) {
            throw new ConflictException("NOT_AGREED", status == AppointmentStatus.CHECKED_IN
                    ? "已经签到过了" : "只有已约定时间的预约可以签到");
        }
        return new Appointment(id, customerId, workOrderId, areaId, butler, requestedBy, requestedAt, reason,
                AppointmentStatus.CHECKED_IN, place, start, nightConsent, change, now, now.isAfter(start), version);
    }

    public Appointment finish() {
        if (status != AppointmentStatus.CHECKED_IN) {
            throw new ConflictException("NOT_CHECKED_IN", "签到后才能完成入户服务");
        }
        return withStatus(AppointmentStatus.DONE);
    }

    public Appointment cancel() {
        if (!status.open() || status == AppointmentStatus.CHECKED_IN) {
            throw new ConflictException("NOT_CANCELLABLE", "已到达或已结束的预约不能取消");
        }
        return withStatus(AppointmentStatus.CANCELLED);
    }

    /** R-APPT-4: a late notice of a change is a breach. */
    public boolean noticeBreached() {
        return change != null && change.late();
    }

    public Appointment withId(long newId, int newVersion) {
        return new Appointment(newId, customerId, workOrderId, areaId, butler, requestedBy, requestedAt, reason, status,
                place, start, nightConsent, change, checkedInAt, late, newVersion);
    }

    private Appointment withStatus(AppointmentStatus next) {
        return new Appointment(id, customerId, workOrderId, areaId, butler, requestedBy, requestedAt, reason, next,
                place, start, nightConsent, change, checkedInAt, late, version);
    }

    private static void requireFuture(VisitSlot slot, Instant now) {
        if (slot == null) {
            throw new InvalidInputException("MISSING_FIELD", "startsAt", "缺少必填项 startsAt（预约时间）");
        }
        if (!slot.start().isAfter(now)) {
            throw new InvalidInputException("SLOT_IN_THE_PAST", "startsAt", "预约时间必须晚于现在");
        }
    }

    private static Consent nightConsent(VisitSlot slot, String how, String by, Instant now, ZoneId zone) {
        if (!slot.atNight(zone)) {
            return null;
        }
        if (how == null || how.isBlank()) {
            throw new InvalidInputException("NIGHT_CONSENT_REQUIRED", "nightConsent",
                    "20:00 至次日 08:00 为夜间，尽量避免入户；确需夜间上门，须记录用户的同意");
        }
        return new Consent(how.strip(), by, now);
    }

    private static String placeOr(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.strip();
    }
}
