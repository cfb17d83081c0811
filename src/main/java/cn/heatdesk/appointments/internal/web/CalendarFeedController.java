package cn.heatdesk.appointments.internal.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.heatdesk.appointments.Appointments;
import cn.heatdesk.common.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A butler's private calendar (RFC 5545) for the phone's calendar app. No login: the 32-character random token in
 * the link is the key; an unknown token answers 404 like any missing page.
 */
@RestController
@Tag(name = "Appointments")
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final Appointments appointments;

    CalendarFeedController(Appointments appointments) {
        this.appointments = appointments;
    }

    @GetMapping("/api/v1/calendar-feeds/{token}.ics")
    @Operation(summary = "A butler's visits as iCalendar (private link, no login)")
    ResponseEntity<String> feed(@PathVariable String token) {
        String host = ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost();
        return appointments.calendar(token)
                .map(feed -> ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                        .body(ICalendar.render(feed, host == null ? "heatdesk" : host)))
                .orElseThrow(() -> new NotFoundException("没有这个日历链接（可能已重新生成）"));
    }
}
