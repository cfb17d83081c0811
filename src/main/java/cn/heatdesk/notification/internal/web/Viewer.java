package cn.heatdesk.notification.internal.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;

/** The signed-in staff member, and times as the counter reads them (in the company's zone, {@code heatdesk.zone}). */
final class Viewer {

    static final String HX_REQUEST = "HX-Request";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Viewer() {
    }

    static StaffMember of(StaffPrincipal principal) {
        if (principal == null) {
            throw new ForbiddenException("只有员工账号可以办理一次性告知");
        }
        return principal.toMember();
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "" : MINUTE.format(at.atZone(zone));
    }
}
