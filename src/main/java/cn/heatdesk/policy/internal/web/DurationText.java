package cn.heatdesk.policy.internal.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Minutes in the words the seed uses: 30 分钟, 2 小时, 24 小时, 1 天. Templates call it as
 * {@code ${@durationText.of(minutes, #locale)}}.
 */
@Component("durationText")
class DurationText {

    private static final long HOUR = 60;
    private static final long DAY = 24 * HOUR;

    private final MessageSource messages;

    DurationText(MessageSource messages) {
        this.messages = messages;
    }

    public String of(long minutes, Locale locale) {
        if (minutes > DAY && minutes % DAY == 0) {
            return messages.getMessage("duration.days", new Object[] {minutes / DAY}, locale);
        }
        if (minutes >= HOUR && minutes % HOUR == 0) {
            return messages.getMessage("duration.hours", new Object[] {minutes / HOUR}, locale);
        }
        if (minutes > HOUR) {
            return messages.getMessage("duration.hoursMinutes", new Object[] {minutes / HOUR, minutes % HOUR}, locale);
        }
        return messages.getMessage("duration.minutes", new Object[] {minutes}, locale);
    }

    /** "1 天" rather than "24 小时" — for leads the seed states in days (提前一天, R-APPT-4). */
    public String inDays(long minutes, Locale locale) {
        return minutes % DAY == 0
                ? messages.getMessage("duration.days", new Object[] {minutes / DAY}, locale)
                : of(minutes, locale);
    }
}
