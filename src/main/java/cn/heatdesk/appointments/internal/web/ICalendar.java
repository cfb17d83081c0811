package cn.heatdesk.appointments.internal.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import cn.heatdesk.appointments.CalendarFeed;
import cn.heatdesk.appointments.domain.Appointment;
import cn.heatdesk.appointments.domain.AppointmentStatus;

/** Writes a butler's visits as an RFC 5545 calendar: CRLF lines folded at 75 octets, text escaped, times in UTC. */
final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    static String render(CalendarFeed feed, String host) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//HeatDesk//Appointments//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text("入户预约 " + feed.butler()));
        for (CalendarFeed.Entry entry : feed.entries()) {
            Appointment a = entry.appointment();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:appointment-" + a.id() + "@" + host);
            line(out, "DTSTAMP:" + UTC.format(feed.generatedAt()));
            line(out, "DTSTART:" + UTC.format(a.start()));
            line(out, "DTEND:" + UTC.format(a.slot().end()));
            line(out, "SUMMARY:" + text("入户服务 " + entry.summary()));
            if (a.place() != null) {
                line(out, "LOCATION:" + text(a.place()));
            }
            if (a.reason() != null) {
                line(out, "DESCRIPTION:" + text(a.reason()));
            }
            line(out, "STATUS:" + (a.status() == AppointmentStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            line(out, "SEQUENCE:" + a.version());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newlines escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** RFC 5545 3.1: lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    static String stamp(Instant instant) {
        return UTC.format(instant);
    }
}
