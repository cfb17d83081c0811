package cn.heatdesk.fieldservice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.heatdesk.policy.domain.RoomType;

/**
 * R-TEMP-3: what the measurer enters: the household, the home visit it belongs to (optional), when, with which
 * instrument, each room's reading, the outdoor temperature (null: the recorded reading nearest within ±1 h), whether
 * the indoor heating system works normally (R-TEMP-4: the measurer's finding) and, optionally, the heating fee the
 * reduction is counted from (R-TEMP-6).
 */
public record NewTemperatureMeasurement(Long customerId, Long visitId, Instant measuredAt, String instrument,
                                        BigDecimal outdoorCelsius, Boolean indoorSystemNormal,
                                        BigDecimal heatingFeeYuan, List<Room> rooms) {

    /** One room: its type, an optional name (主卧), the reading and, when not the measurement time, when it was taken. */
    public record Room(RoomType roomType, String roomName, BigDecimal celsius, Instant measuredAt) {
    }
}
