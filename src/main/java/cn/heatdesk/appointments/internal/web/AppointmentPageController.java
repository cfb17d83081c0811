package cn.heatdesk.appointments.internal.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.heatdesk.appointments.Appointments;
import cn.heatdesk.appointments.NewAppointment;
import cn.heatdesk.appointments.domain.Appointment;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import cn.heatdesk.staff.StaffRole;

/**
 * 预约 pages for the desk and the phone (R-APPT-1..5): open requests and agreed visits, a new request for a
 * customer, and one appointment with its forms — agree a time, the one change with consent and the notice deadline
 * shown beside it, check-in — and the butler's private calendar link.
 */
@Controller
class AppointmentPageController {

    private final Appointments appointments;

    AppointmentPageController(Appointments appointments) {
        this.appointments = appointments;
    }

    @GetMapping("/appointments")
    String list(@RequestParam(required = false) Long customerId, @AuthenticationPrincipal StaffPrincipal principal,
                Model model) {
        StaffMember me = AppointmentApiController.member(principal);
        model.addAttribute("appointments", appointments.open(me));
        model.addAttribute("customerId", customerId);
        if (me.role() == StaffRole.BUTLER) {
            model.addAttribute("calendarUrl", calendarUrl(appointments.calendarToken(me)));
        }
        return "appointments/list";
    }

    @PostMapping("/appointments")
    String request(@RequestParam(required = false) Long customerId, @RequestParam(required = false) Long workOrderId,
                   @RequestParam(required = false) String place, @RequestParam(required = false) String reason,
                   @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect) {
        try {
            Appointment a = appointments.request(new NewAppointment(customerId, workOrderId, place, reason),
                    AppointmentApiController.member(principal));
            redirect.addFlashAttribute("saved", "requested");
            return "redirect:/appointments/" + a.id();
        } catch (InvalidInputException | ConflictException | cn.heatdesk.common.NotFoundException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            return "redirect:/appointments";
        }
    }

    @GetMapping("/appointments/{id}")
    String one(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        model.addAttribute("v", appointments.view(id, AppointmentApiController.member(principal)));
        return "appointments/appointment";
    }

    @PostMapping("/appointments/{id}/agree")
    String agree(@PathVariable long id,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                 @RequestParam(required = false) String place, @RequestParam(required = false) String nightConsent,
                 @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect) {
        return act(id, redirect, () -> appointments.agree(id, instant(startsAt), place, nightConsent,
                AppointmentApiController.member(principal)));
    }

    @PostMapping("/appointments/{id}/change")
    String change(@PathVariable long id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                  @RequestParam(required = false) String place, @RequestParam(required = false) String consent,
                  @RequestParam(required = false) String nightConsent,
                  @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect) {
        return act(id, redirect, () -> appointments.change(id, instant(startsAt), place, consent, nightConsent,
                AppointmentApiController.member(principal)));
    }

    @PostMapping("/appointments/{id}/check-in")
    String checkIn(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal,
                   RedirectAttributes redirect) {
        return act(id, redirect, () -> appointments.checkIn(id, AppointmentApiController.member(principal)));
    }

    @PostMapping("/appointments/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason,
                  @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect) {
        return act(id, redirect, () -> appointments.cancel(id, reason, AppointmentApiController.member(principal)));
    }

    @PostMapping("/appointments/calendar-feed/regenerate")
    String regenerate(@AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect) {
        appointments.regenerateCalendarToken(AppointmentApiController.member(principal));
        redirect.addFlashAttribute("saved", "calendar");
        return "redirect:/appointments#calendar";
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", "ok");
        } catch (InvalidInputException | ConflictException | ForbiddenException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/appointments/" + id;
    }

    private java.time.Instant instant(LocalDateTime local) {
        ZoneId zone = appointments.zone();
        return local == null ? null : local.atZone(zone).toInstant();
    }

    private static String calendarUrl(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/calendar-feeds/{token}.ics")
                .buildAndExpand(token).toUriString();
    }
}
