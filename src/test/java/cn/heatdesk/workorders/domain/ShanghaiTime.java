package cn.heatdesk.workorders.domain;

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
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
    }

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
