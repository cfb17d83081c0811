package cn.heatdesk.appointments.internal.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import cn.heatdesk.appointments.AppointmentView;
import cn.heatdesk.appointments.domain.Appointment;
import cn.heatdesk.appointments.domain.AppointmentChange;

/** The JSON shapes of the appointments API. */
final class AppointmentApi {

    private AppointmentApi() {
    }

    record AgreeRequest(OffsetDateTime startsAt, String place, String nightConsent) {
    }

    record ChangeRequest(OffsetDateTime startsAt, String place, String consent, String nightConsent) {
    }

    record CancelRequest(String reason) {
    }

    record CalendarLink(String url, String token) {
    }

    record ChangeResponse(OffsetDateTime fromStartsAt, String fromPlace, String consent, String recordedBy,
                          OffsetDateTime noticeAt, OffsetDateTime noticeDue, String noticePolicy,
                          boolean noticeBreached) {
    }

    record AppointmentResponse(long id, long customerId, Long workOrderId, String customerName, String address,
                               String accountNumber, String butler, String butlerName, String status, String place,
                               OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime requestedAt,
                               String requestedBy, String reason, boolean nightSlot, String nightConsent,
                               ChangeResponse change, boolean changeAllowed, OffsetDateTime noticeDue,
                               String noticePolicy, OffsetDateTime checkedInAt, boolean late) {

        static AppointmentResponse of(AppointmentView v, ZoneId zone) {
            Appointment a = v.appointment();
            AppointmentChange c = a.change();
            return new AppointmentResponse(a.id(), a.customerId(), a.workOrderId(), v.customerName(),
                    v.customerAddress(), v.accountNumber(), a.butler(), v.butlerName(), a.status().name(), a.place(),
                    at(a.start(), zone), a.start() == null ? null : at(a.slot().end(), zone), at(a.requestedAt(), zone),
                    a.requestedBy(), a.reason(), a.start() != null && a.slot().atNight(zone),
                    a.nightConsent() == null ? null : a.nightConsent().how(),
                    c == null ? null : new ChangeResponse(at(c.fromStart(), zone), c.fromPlace(), c.consent().how(),
                            c.consent().recordedBy(), at(c.noticeAt(), zone), at(c.noticeDue(), zone),
                            c.noticePolicy(), c.late()),
                    v.changeAllowed(), at(v.noticeDue(), zone), v.noticePolicy(), at(a.checkedInAt(), zone), a.late());
        }
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
