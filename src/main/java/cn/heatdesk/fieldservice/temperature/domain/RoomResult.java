package cn.heatdesk.fieldservice.temperature.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import cn.heatdesk.policy.domain.RoomType;
import cn.heatdesk.policy.domain.TemperatureJudgement;

/** R-TEMP-3: one room's reading and the policy engine's judgement of it. */
public record RoomResult(RoomType roomType, String roomName, Instant at, BigDecimal celsius,
                         TemperatureJudgement judgement) {

    public RoomResult {
        Objects.requireNonNull(roomType, "roomType");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(celsius, "celsius");
        Objects.requireNonNull(judgement, "judgement");
    }
}
