package cn.heatdesk.policy.internal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import cn.heatdesk.policy.NewBoundaryVersion;
import cn.heatdesk.policy.NewDeadlineVersion;
import cn.heatdesk.policy.NewFeeVersion;
import cn.heatdesk.policy.NewSeasonOverride;
import cn.heatdesk.policy.PolicyVersionView;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.SeasonDates;
import cn.heatdesk.policy.domain.UseType;

/**
 * The administrators' forms: one per {@code New*} command, field for field. A new version form starts
 * with the rules of the newest version of its family, so changing one number does not mean retyping
 * the rest; the document and the dates always start empty.
 */
final class AdministrationForms {

    static final String TIME = "HH:mm";
    static final String TIME_SECONDS = "HH:mm:ss";

    private AdministrationForms() {
    }

    record FeeVersionForm(String document, String article, String note,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveFrom,
                          @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveTo,
                          BigDecimal residentialRate, BigDecimal nonResidentialRate) {

        static FeeVersionForm startingFrom(PolicyVersionView newest) {
            Map<String, Object> rules = newest == null ? Map.of() : newest.rules();
            return new FeeVersionForm(null, null, null, null, null, decimal(rules.get(UseType.RESIDENTIAL.name())),
                    decimal(rules.get(UseType.NON_RESIDENTIAL.name())));
        }

        NewFeeVersion command() {
            return new NewFeeVersion(document, article, note, effectiveFrom, effectiveTo, residentialRate,
                    nonResidentialRate);
        }
    }

    record BoundaryVersionForm(String document, String article, String note,
                               @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveFrom,
                               @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveTo,
                               BoundaryLocation residentialCompanyUpTo, BoundaryLocation residentialCollectiveUpTo,
                               BoundaryLocation institutionalCompanyUpTo) {

        static BoundaryVersionForm startingFrom(PolicyVersionView newest) {
            Map<?, ?> residential = map(newest, CustomerKind.RESIDENTIAL.name());
            Map<?, ?> institutional = map(newest, CustomerKind.INSTITUTIONAL.name());
            return new BoundaryVersionForm(null, null, null, null, null, location(residential.get("companyUpTo")),
                    location(residential.get("collectiveUpTo")), location(institutional.get("companyUpTo")));
        }

        NewBoundaryVersion command() {
            return new NewBoundaryVersion(document, article, note, effectiveFrom, effectiveTo, residentialCompanyUpTo,
                    residentialCollectiveUpTo, institutionalCompanyUpTo);
        }
    }

    record DeadlineVersionForm(String document, String article, String note,
                               @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveFrom,
                               @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveTo,
                               Integer onSiteMinutes, Integer emergencyReportMinutes, Integer generalReportMinutes,
                               Integer temperatureTestMinutes, Integer paidServiceCallbackMinutes,
                               @DateTimeFormat(pattern = TIME, fallbackPatterns = TIME_SECONDS) LocalTime callbackCountedFrom,
                               @DateTimeFormat(pattern = TIME, fallbackPatterns = TIME_SECONDS) LocalTime callbackCountedTo,
                               Integer rescheduleNoticeOperatingMinutes, Integer rescheduleNoticeNonOperatingMinutes) {

        static DeadlineVersionForm startingFrom(PolicyVersionView newest) {
            Map<?, ?> callback = map(newest, DeadlineRule.PAID_SERVICE_CALLBACK.name());
            Map<?, ?> reschedule = map(newest, DeadlineRule.RESCHEDULE_NOTICE.name());
            return new DeadlineVersionForm(null, null, null, null, null,
                    minutes(newest, DeadlineRule.ON_SITE), minutes(newest, DeadlineRule.EMERGENCY_REPORT),
                    minutes(newest, DeadlineRule.GENERAL_REPORT), minutes(newest, DeadlineRule.TEMPERATURE_TEST),
                    minutes(newest, DeadlineRule.PAID_SERVICE_CALLBACK), time(callback.get("countedFrom")),
                    time(callback.get("countedTo")), integer(reschedule.get("minutes")),
                    integer(reschedule.get("nonOperatingMinutes")));
        }

        NewDeadlineVersion command() {
            return new NewDeadlineVersion(document, article, note, effectiveFrom, effectiveTo, onSiteMinutes,
                    emergencyReportMinutes, generalReportMinutes, temperatureTestMinutes, paidServiceCallbackMinutes,
                    callbackCountedFrom, callbackCountedTo, rescheduleNoticeOperatingMinutes,
                    rescheduleNoticeNonOperatingMinutes);
        }
    }

    /** R-SEASON-3: starts with the season's published default dates. */
    record SeasonOverrideForm(Integer seasonStartYear,
                              @DateTimeFormat(iso = ISO.DATE) LocalDate commissioningStart,
                              @DateTimeFormat(iso = ISO.DATE) LocalDate heatingStart,
                              @DateTimeFormat(iso = ISO.DATE) LocalDate heatingEnd,
                              String document, String reason) {

        static SeasonOverrideForm defaultsOf(int seasonStartYear) {
            return new SeasonOverrideForm(seasonStartYear, null, null, null, null, null).withPublishedDates();
        }

        /** The same form with the published dates of its season, when its year is one a season can have. */
        SeasonOverrideForm withPublishedDates() {
            if (!hasPlausibleYear()) {
                return this;
            }
            SeasonDates published = SeasonDates.defaults(seasonStartYear);
            return new SeasonOverrideForm(seasonStartYear, published.commissioningStart(), published.heatingStart(),
                    published.heatingEnd(), document, reason);
        }

        /** The range PolicyAdministration accepts; anything else is left for it to refuse. */
        boolean hasPlausibleYear() {
            return seasonStartYear != null && seasonStartYear >= 2000 && seasonStartYear <= 2100;
        }

        NewSeasonOverride command() {
            return new NewSeasonOverride(seasonStartYear, commissioningStart, heatingStart, heatingEnd, document,
                    reason);
        }
    }

    private static Map<?, ?> map(PolicyVersionView version, String key) {
        return version != null && version.rules().get(key) instanceof Map<?, ?> m ? m : Map.of();
    }

    private static Integer minutes(PolicyVersionView version, DeadlineRule rule) {
        return integer(map(version, rule.name()).get("minutes"));
    }

    private static Integer integer(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : value instanceof Number n ? new BigDecimal(n.toString()) : null;
    }

    private static BoundaryLocation location(Object value) {
        return value instanceof BoundaryLocation l ? l : value == null ? null : BoundaryLocation.valueOf(value.toString());
    }

    private static LocalTime time(Object value) {
        return value == null ? null : LocalTime.parse(value.toString());
    }
}
