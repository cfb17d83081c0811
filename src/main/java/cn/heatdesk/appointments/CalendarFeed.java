package cn.heatdesk.appointments;

import java.time.Instant;
import java.util.List;

import cn.heatdesk.appointments.domain.Appointment;

/** A butler's visits for the private iCalendar feed. */
public record CalendarFeed(String butler, Instant generatedAt, List<Entry> entries) {

    public record Entry(Appointment appointment, String summary) {
    }
}
