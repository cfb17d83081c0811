package cn.heatdesk.notification.domain;

import java.time.LocalDate;

import cn.heatdesk.policy.domain.SeasonCalendar;
import cn.heatdesk.policy.domain.SeasonDates;

/**
 * R-SUSPEND-1 on the suspension notice: the season an application made today is for, and its last day to apply
 * (30 days before heating starts, from the season calendar with its overrides). When that day has passed, the
 * application can only be for the following season, which is named with its own closing date.
 *
 * @param season  the season the application would suspend
 * @param missed  the season whose closing date has just passed, or null
 */
public record SuspensionWindow(LocalDate today, SeasonDates season, SeasonDates missed) {

    public static SuspensionWindow on(SeasonCalendar calendar, LocalDate today) {
        SeasonDates next = calendar.seasonForSuspensionApplication(today);
        if (!today.isAfter(next.lastDayToApplyForSuspension())) {
            return new SuspensionWindow(today, next, null);
        }
        return new SuspensionWindow(today, calendar.season(next.startYear() + 1), next);
    }

    public LocalDate lastDay() {
        return season.lastDayToApplyForSuspension();
    }

    /** The sentence the notice prints, e.g. 2026-2027 供暖季报停申请截止日期：2026-10-15（供暖开始前 30 日）. */
    public String sentence() {
        String text = season.name() + " 供暖季报停申请截止日期：" + lastDay() + "（" + season.heatingStart()
                + " 开始供暖，开始前 30 日停止受理）；报停只对一个供暖季有效。";
        if (missed != null) {
            text = missed.name() + " 供暖季的报停已于 " + missed.lastDayToApplyForSuspension() + " 截止受理，现在只能申请下一供暖季。"
                    + text;
        }
        return text;
    }
}
