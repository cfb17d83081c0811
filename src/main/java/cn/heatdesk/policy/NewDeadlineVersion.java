package cn.heatdesk.policy;

import java.time.LocalDate;
import java.time.LocalTime;

/** An administrator's new service-deadline version; lengths in minutes. */
public record NewDeadlineVersion(String document, String article, String note, LocalDate effectiveFrom,
                                 LocalDate effectiveTo, Integer onSiteMinutes, Integer emergencyReportMinutes,
                                 Integer generalReportMinutes, Integer temperatureTestMinutes,
                                 Integer paidServiceCallbackMinutes, LocalTime callbackCountedFrom,
                                 LocalTime callbackCountedTo, Integer rescheduleNoticeOperatingMinutes,
                                 Integer rescheduleNoticeNonOperatingMinutes) {
}
