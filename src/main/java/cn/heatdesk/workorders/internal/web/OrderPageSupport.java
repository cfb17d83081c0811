package cn.heatdesk.workorders.internal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.Actor;
import cn.heatdesk.workorders.domain.ForbiddenExpressions;

/**
 * What the work order pages share, also for templates as {@code @orderTime}: times in the company's zone, the
 * warning lead of the live countdowns (R-SUP-5, {@code heatdesk.deadlines.warning-lead}), the signed-in person
 * as staff member and as the domain's actor.
 */
@Component("orderTime")
class OrderPageSupport {

    static final String HX_REQUEST = "HX-Request";

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static final ForbiddenExpressions FORBIDDEN = ForbiddenExpressions.standard();

    private final Clock clock;
    private final Duration warningLead;

    OrderPageSupport(Clock clock, @Value("${heatdesk.deadlines.warning-lead:PT5M}") Duration warningLead) {
        this.clock = clock;
        this.warningLead = warningLead;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** 2026-12-01 10:00. */
    public String of(Instant at) {
        return at == null ? "" : MINUTES.format(at.atZone(zone()));
    }

    /** 10:00 for today, the full date and time otherwise. */
    public String brief(Instant at) {
        if (at == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, zone());
        return local.toLocalDate().equals(LocalDateTime.ofInstant(now(), zone()).toLocalDate())
                ? CLOCK.format(local) : MINUTES.format(local);
    }

    /** ISO-8601 with the offset, for the countdowns' {@code data-due}. */
    public String iso(Instant at) {
        return at == null ? "" : at.atZone(zone()).toOffsetDateTime().toString();
    }

    /** The value of a {@code datetime-local} input: an hour from now by default. */
    public String inputIn(Duration ahead) {
        return INPUT.format(LocalDateTime.ofInstant(now().plus(ahead), zone()));
    }

    /** R-BUTLER-4: the forbidden expressions (不知道, 我不管, …) in a recorded answer, for the page to flag. */
    public java.util.List<String> forbiddenIn(String text) {
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        return FORBIDDEN.findIn(text).stream().map(ForbiddenExpressions.Match::expression).distinct().toList();
    }

    public long warningLeadMillis() {
        return warningLead.toMillis();
    }

    Duration warningLead() {
        return warningLead;
    }

    /** A {@code datetime-local} value in the company's zone; blank or malformed is refused for {@code field}. */
    Instant parseLocal(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("MISSING_FIELD", field, "请填写时间。");
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("INVALID_TIME", field, "时间格式不对，请按 年-月-日 时:分 填写。");
        }
    }

    static StaffMember member(StaffPrincipal principal) {
        if (principal == null) {
            throw new ForbiddenException("只有员工账号可以处理工单");
        }
        return principal.toMember();
    }

    /** R-SYS-2 roles as the domain sees them: the mapping {@code WorkOrders} applies, used to decide which actions to offer. */
    static Actor actorOf(StaffMember member) {
        return WorkOrders.actorOf(member);
    }

    /** A path of this application to go back to after an action, or null for anything else. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.contains("\r") || back.contains("\n")) {
            return null;
        }
        return back;
    }
}
