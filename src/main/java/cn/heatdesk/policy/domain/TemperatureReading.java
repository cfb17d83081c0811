package cn.heatdesk.policy.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What R-TEMP-1 needs to judge one reading: when, which room, how warm, how cold outside, the
 * building's envelope flag, whether the indoor system works, and the agreed temperature if a supply
 * agreement fixes one (R-TEMP-2).
 */
public record TemperatureReading(Instant at, RoomType roomType, BigDecimal celsius, BigDecimal outdoorCelsius,
                                 boolean envelopeCompliant, boolean indoorSystemNormal, BigDecimal agreedCelsius) {

    public TemperatureReading {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(roomType, "roomType");
        Objects.requireNonNull(celsius, "celsius");
        Objects.requireNonNull(outdoorCelsius, "outdoorCelsius");
    }
}
