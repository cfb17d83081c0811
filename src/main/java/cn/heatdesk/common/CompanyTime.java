package cn.heatdesk.common;

import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the company's time is called where a page or a file says which clock its times are read on: 北京时间 for
 * China's zone, otherwise the zone's own name with its id (中欧时间（Europe/Berlin）), so that a company configured
 * with another {@code heatdesk.zone} is never told its times are Beijing time. Pages reach it as
 * {@code @companyTime}.
 */
@Component("companyTime")
public class CompanyTime {

    /** The tz database's names of China's one civil time (Asia/Shanghai and its old aliases). */
    private static final Set<String> CHINA = Set.of("Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking",
            "Asia/Harbin", "PRC");

    private final ZoneId zone;

    public CompanyTime(@Value("${heatdesk.zone:Asia/Shanghai}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The name in the reader's language: 北京时间 / Beijing time, or e.g. 中欧时间（Europe/Berlin）. */
    public String label(Locale locale) {
        return label(zone, locale);
    }

    static String label(ZoneId zone, Locale locale) {
        boolean chinese = locale == null || "zh".equals(locale.getLanguage());
        if (CHINA.contains(zone.getId())) {
            return chinese ? "北京时间" : "Beijing time";
        }
        String name = zone.getDisplayName(TextStyle.FULL, chinese ? Locale.SIMPLIFIED_CHINESE : locale);
        if (name.equals(zone.getId())) {
            return name;
        }
        return chinese ? name + "（" + zone.getId() + "）" : name + " (" + zone.getId() + ")";
    }
}
