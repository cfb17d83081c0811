package cn.heatdesk.customers.internal.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.heatdesk.common.InvalidInputException;

/** Range checks of query parameters, answered as 400 naming the parameter (R-SYS-4). */
final class ApiParameters {

    private static final Pattern SEASON = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    private ApiParameters() {
    }

    static int between(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new InvalidInputException("INVALID_PARAMETER", name,
                    "参数 " + name + " 须在 " + min + " 到 " + max + " 之间");
        }
        return value;
    }

    /** A season as its start year ({@code 2026}) or its name ({@code 2026-2027}); null when absent. */
    static Integer season(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = SEASON.matcher(text.strip());
        if (!m.matches() || (m.group(2) != null
                && Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1)) {
            throw new InvalidInputException("INVALID_SEASON", "season",
                    "供暖季应写作起始年份(2026)或名称(2026-2027)");
        }
        return between(Integer.parseInt(m.group(1)), 2000, 2100, "season");
    }
}
