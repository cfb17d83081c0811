package cn.heatdesk.policy.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Every rule is judged in Asia/Shanghai (requirements.md); tests write instants as Shanghai wall-clock times. */
final class ShanghaiTime {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private ShanghaiTime() {
    }

    static Instant shanghai(int year, int month, int day, int hour, int minute) {
        return shanghai(year, month, day, hour, minute, 0);
    }

    static Instant shanghai(int year, int month, int day, int hour, int minute, int second) {
        return ZonedDateTime.of(year, month, day, hour, minute, second, 0, SHANGHAI).toInstant();
    }

    /** For table-driven tests: {@code 2026-12-10T10:00} read as Shanghai local time. */
    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
