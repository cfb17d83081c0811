package cn.heatdesk.appointments.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

import cn.heatdesk.common.InvalidInputException;

/**
 * One bookable hour of one butler, starting on a full hour local time. A butler holds at most one booking per
 * slot; the database enforces it with the primary key of {@code visit_slot} so that two concurrent bookings
 * cannot both win.
 */
public record VisitSlot(String butler, Instant start) {

    /** The length of a visit slot. */
    public static final Duration LENGTH = Duration.ofHours(1);
    /** R-APPT-5 (same night window as R-ANS-4): 20:00 to 08:00 local time. */
    public static final LocalTime NIGHT_STARTS = LocalTime.of(20, 0);
    public static final LocalTime NIGHT_ENDS = LocalTime.of(8, 0);

    public VisitSlot {
        Objects.requireNonNull(butler, "butler");
        Objects.requireNonNull(start, "start");
    }

    /** The slot starting at {@code start}; refused unless it starts on a full hour. */
    public static VisitSlot of(String butler, Instant start, ZoneId zone) {
        if (start == null) {
            throw new InvalidInputException("MISSING_FIELD", "startsAt", "缺少必填项 startsAt（预约时间）");
        }
        ZonedDateTime local = start.atZone(zone);
        if (local.getMinute() != 0 || local.getSecond() != 0 || local.getNano() != 0) {
            throw new InvalidInputException("SLOT_NOT_ON_THE_HOUR", "startsAt", "预约时间须为整点（每个时段一小时）");
        }
        return new VisitSlot(butler, start);
    }

    public Instant end() {
        return start.plus(LENGTH);
    }

    /** R-APPT-5: a slot that starts at or after 20:00 or before 08:00 local time is a night slot. */
    public boolean atNight(ZoneId zone) {
        LocalTime time = start.atZone(zone).toLocalTime();
        LocalTime lastMinute = end().minusSeconds(60).atZone(zone).toLocalTime();
        return night(time) || night(lastMinute);
    }

    private static boolean night(LocalTime time) {
        return !time.isBefore(NIGHT_STARTS) || time.isBefore(NIGHT_ENDS);
    }
}
