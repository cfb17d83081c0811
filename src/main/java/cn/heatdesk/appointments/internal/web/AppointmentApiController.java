package cn.heatdesk.appointments.internal.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.heatdesk.appointments.Appointments;
import cn.heatdesk.appointments.NewAppointment;
import cn.heatdesk.appointments.domain.Appointment;
import cn.heatdesk.appointments.internal.web.AppointmentApi.AgreeRequest;
import cn.heatdesk.appointments.internal.web.AppointmentApi.AppointmentResponse;
import cn.heatdesk.appointments.internal.web.AppointmentApi.CalendarLink;
import cn.heatdesk.appointments.internal.web.AppointmentApi.CancelRequest;
import cn.heatdesk.appointments.internal.web.AppointmentApi.ChangeRequest;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Appointments over HTTP (预约, R-APPT-1..5); scoped like customer files. */
@RestController
@RequestMapping("/api/v1/appointments")
@Tag(name = "Appointments", description = "预约：受理、约定时间、更改一次、到达签到、管家日历")
class AppointmentApiController {

    private final Appointments appointments;

    AppointmentApiController(Appointments appointments) {
        this.appointments = appointments;
    }

    @PostMapping
    @Operation(summary = "R-APPT-1: accept a visit request at once; it lands with the butler of the customer's area")
    ResponseEntity<AppointmentResponse> request(@RequestBody NewAppointment request,
                                                @AuthenticationPrincipal StaffPrincipal principal) {
        StaffMember me = member(principal);
        Appointment a = appointments.request(request, me);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(a.id()).toUri();
        return ResponseEntity.created(location).body(response(a.id(), me));
    }

    @GetMapping
    @Operation(summary = "Appointments of one day in time order (date=YYYY-MM-DD), or all open ones without date")
    List<AppointmentResponse> list(@RequestParam(required = false) LocalDate date,
                                   @AuthenticationPrincipal StaffPrincipal principal) {
        StaffMember me = member(principal);
        return (date == null ? appointments.open(me) : appointments.day(date, me)).stream()
                .map(v -> AppointmentResponse.of(v, appointments.zone())).toList();
    }

    @GetMapping("/{id}")
    AppointmentResponse one(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        return response(id, member(principal));
    }

    @PostMapping("/{id}/agree")
    @Operation(summary = "R-APPT-1/5: agree a slot (full hour) and place; a night slot needs nightConsent; 409 SLOT_TAKEN")
    AppointmentResponse agree(@PathVariable long id, @RequestBody AgreeRequest body,
                              @AuthenticationPrincipal StaffPrincipal principal) {
        StaffMember me = member(principal);
        appointments.agree(id, AppointmentApi.instant(body.startsAt()), body.place(), body.nightConsent(), me);
        return response(id, me);
    }

    @PostMapping("/{id}/change")
    @Operation(summary = "R-APPT-3/4: the one change of time or place with the customer's consent; a second is 409")
    AppointmentResponse change(@PathVariable long id, @RequestBody ChangeRequest body,
                               @AuthenticationPrincipal StaffPrincipal principal) {
        StaffMember me = member(principal);
        appointments.change(id, AppointmentApi.instant(body.startsAt()), body.place(), body.consent(),
                body.nightConsent(), me);
        return response(id, me);
    }

    @PostMapping("/{id}/check-in")
    @Operation(summary = "R-APPT-2: record arrival; late when after the agreed time")
    AppointmentResponse checkIn(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        StaffMember me = member(principal);
        appointments.checkIn(id, me);
        return response(id, me);
    }

    @PostMapping("/{id}/cancel")
    AppointmentResponse cancel(@PathVariable long id, @RequestBody CancelRequest body,
                               @AuthenticationPrincipal StaffPrincipal principal) {
        StaffMember me = member(principal);
        appointments.cancel(id, body == null ? null : body.reason(), me);
        return response(id, me);
    }

    @GetMapping("/calendar-feed")
    @Operation(summary = "The signed-in butler's private iCalendar link")
    CalendarLink calendarLink(@AuthenticationPrincipal StaffPrincipal principal) {
        return link(appointments.calendarToken(member(principal)));
    }

    @PostMapping("/calendar-feed/regenerate")
    @Operation(summary = "Replace the butler's private iCalendar link; the old one stops working")
    CalendarLink regenerate(@AuthenticationPrincipal StaffPrincipal principal) {
        return link(appointments.regenerateCalendarToken(member(principal)));
    }

    private static CalendarLink link(String token) {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/calendar-feeds/{token}.ics")
                .buildAndExpand(token).toUriString();
        return new CalendarLink(url, token);
    }

    private AppointmentResponse response(long id, StaffMember me) {
        return AppointmentResponse.of(appointments.view(id, me), appointments.zone());
    }

    static StaffMember member(StaffPrincipal principal) {
        if (principal == null) {
            throw new ForbiddenException("只有员工账号可以办理预约");
        }
        return principal.toMember();
    }

    static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidInputException("MISSING_FIELD", field, "缺少必填项 " + field);
        }
    }
}
