package cn.heatdesk.fieldservice.temperature.internal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;

/** Turns typed text into values, naming the field that could not be read. */
final class Inputs {

    static final String HX_REQUEST = "HX-Request";

    private Inputs() {
    }

    static StaffMember viewer(StaffPrincipal principal) {
        if (principal == null) {
            throw new ForbiddenException("只有员工账号可以使用入户测温");
        }
        return principal.toMember();
    }

    static BigDecimal decimal(String text, String field, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace("℃", "").replace("－", "-").replace("−", "-"));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("NOT_A_NUMBER", field, what + "“" + text.strip() + "”不是数字");
        }
    }

    /** A datetime-local value (2026-12-01T10:30) in the company's zone. */
    static Instant localTime(String text, ZoneId zone, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("INVALID_TIME", field, "时间“" + text.strip() + "”无法识别");
        }
    }
}
