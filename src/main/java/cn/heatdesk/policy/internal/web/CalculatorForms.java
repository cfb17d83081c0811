package cn.heatdesk.policy.internal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.RoomType;
import cn.heatdesk.policy.domain.UseType;

/**
 * The calculator cards' forms. Times arrive as the company's wall-clock time from
 * {@code <input type="datetime-local">} and become instants in the policy engine's zone.
 */
final class CalculatorForms {

    /** The pattern of {@code datetime-local}; seconds are accepted when a browser sends them. */
    static final String LOCAL_DATE_TIME = "yyyy-MM-dd'T'HH:mm";
    static final String LOCAL_DATE_TIME_SECONDS = "yyyy-MM-dd'T'HH:mm:ss";

    private CalculatorForms() {
    }

    static Instant instant(LocalDateTime local, String field, ZoneId zone) {
        if (local == null) {
            throw missing(field);
        }
        return local.atZone(zone).toInstant();
    }

    static InvalidInputException missing(String field) {
        return new InvalidInputException("MISSING_FIELD", field, "缺少必填项 " + field);
    }

    record SeasonForm(@DateTimeFormat(pattern = LOCAL_DATE_TIME, fallbackPatterns = LOCAL_DATE_TIME_SECONDS)
                      LocalDateTime at) {
    }

    record FeeForm(UseType useType, BigDecimal areaM2,
                   @DateTimeFormat(iso = ISO.DATE) LocalDate contractDate) {
    }

    record ResponsibilityForm(CustomerKind customerKind, BoundaryLocation location,
                              @DateTimeFormat(iso = ISO.DATE) LocalDate contractDate) {

        /** The facilities the location select offers: the chosen kind's heat path (residential until chosen). */
        public List<BoundaryLocation> path() {
            return (customerKind == null ? CustomerKind.RESIDENTIAL : customerKind).path();
        }
    }

    /** Unchecked boxes arrive as false through Spring's {@code _field} markers. */
    record HeatingRateForm(Integer communityHouseholds, Integer communityInService, Integer unitHouseholds,
                           Integer unitInService, Boolean article22ConditionsMet, Boolean agreementSigned) {
    }

    record TemperatureForm(@DateTimeFormat(pattern = LOCAL_DATE_TIME, fallbackPatterns = LOCAL_DATE_TIME_SECONDS)
                           LocalDateTime at, RoomType roomType, BigDecimal celsius, BigDecimal outdoorCelsius,
                           Boolean envelopeCompliant, Boolean indoorSystemNormal, BigDecimal agreedCelsius) {
    }

    /** {@code from} is the start of the clock, or the appointment time for RESCHEDULE_NOTICE (R-APPT-4). */
    record DeadlineForm(DeadlineRule rule,
                        @DateTimeFormat(pattern = LOCAL_DATE_TIME, fallbackPatterns = LOCAL_DATE_TIME_SECONDS)
                        LocalDateTime from) {
    }
}
