package cn.heatdesk.fieldservice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.heatdesk.fieldservice.temperature.domain.OrderFollowUp;
import cn.heatdesk.policy.domain.FailedCondition;
import cn.heatdesk.policy.domain.RoomType;
import cn.heatdesk.policy.domain.TemperatureVerdict;

/**
 * A recorded measurement (R-TEMP-3) with the inputs its judgement used and the basis of the standard, the verdict
 * per room and for the visit, the work order it opened or linked (R-TEMP-5) and whether that order's 24-hour test
 * deadline was met (R-TEMP-6), and the fee reduction with the policy version it comes from (R-TEMP-6).
 */
public record TemperatureMeasurement(long id, long customerId, String accountNumber, String address, Long visitId,
                                     Instant measuredAt, String instrument, String measuredBy,
                                     BigDecimal outdoorCelsius, OutdoorTemperature.OutdoorSource outdoorSource,
                                     boolean envelopeCompliant, boolean indoorSystemNormal, BigDecimal agreedCelsius,
                                     BigDecimal designOutdoorCelsius, String standardBasis,
                                     TemperatureVerdict verdict, List<Room> rooms, boolean companyAtFault,
                                     BigDecimal shortfallCelsius, BigDecimal reductionPercent, Long reductionVersionId,
                                     String reductionBasis, BigDecimal heatingFeeYuan, BigDecimal reductionYuan,
                                     String reductionProblem, Long workOrderId, String workOrderNumber,
                                     OrderFollowUp orderLink, Boolean testMet, String orderNote, Instant recordedAt) {

    public TemperatureMeasurement {
        rooms = List.copyOf(rooms);
    }

    /** One room's reading and verdict. */
    public record Room(RoomType roomType, String roomName, Instant measuredAt, BigDecimal celsius,
                       TemperatureVerdict verdict, BigDecimal requiredCelsius, FailedCondition failedCondition,
                       String reason) {
    }
}
