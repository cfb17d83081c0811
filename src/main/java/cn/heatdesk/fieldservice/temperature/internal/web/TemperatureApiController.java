package cn.heatdesk.fieldservice.temperature.internal.web;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.fieldservice.NewTemperatureMeasurement;
import cn.heatdesk.fieldservice.OutdoorImport;
import cn.heatdesk.fieldservice.OutdoorTemperature;
import cn.heatdesk.fieldservice.TemperatureMeasurement;
import cn.heatdesk.fieldservice.TemperatureMeasurements;
import cn.heatdesk.fieldservice.temperature.domain.OrderFollowUp;
import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.policy.domain.FailedCondition;
import cn.heatdesk.policy.domain.RoomType;
import cn.heatdesk.policy.domain.TemperatureVerdict;
import cn.heatdesk.staff.StaffPrincipal;

/**
 * The temperature measurement API (R-TEMP-3..6) under {@code /api/v1/temperature}: record a measurement (201 with
 * its location), read one or a household's, enter, import (text/csv) and look up outdoor temperatures. Times are
 * ISO-8601 with the company's offset (+08:00 by default).
 */
@RestController
@RequestMapping("/api/v1/temperature")
class TemperatureApiController {

    private final TemperatureMeasurements measurements;
    private final ZoneId zone;

    TemperatureApiController(TemperatureMeasurements measurements, PolicyEngine policy) {
        this.measurements = measurements;
        this.zone = policy.zone();
    }

    record RoomBody(RoomType roomType, String roomName, BigDecimal celsius, OffsetDateTime measuredAt) {
    }

    record MeasurementBody(Long customerId, Long visitId, OffsetDateTime measuredAt, String instrument,
                           BigDecimal outdoorCelsius, Boolean indoorSystemNormal, BigDecimal heatingFeeYuan,
                           List<RoomBody> rooms) {
    }

    record RoomResponse(RoomType roomType, String roomName, OffsetDateTime measuredAt, BigDecimal celsius,
                        TemperatureVerdict verdict, BigDecimal requiredCelsius, FailedCondition failedCondition,
                        String reason) {
    }

    record OrderResponse(long id, String number, OrderFollowUp link, Boolean testDeadlineMet, String note) {
    }

    record ReductionResponse(boolean companyAtFault, BigDecimal shortfallCelsius, BigDecimal percent,
                             Long policyVersionId, String basis, BigDecimal heatingFeeYuan, BigDecimal amountYuan,
                             String problem) {
    }

    record MeasurementResponse(long id, long customerId, String accountNumber, Long visitId, OffsetDateTime measuredAt,
                               String instrument, String measuredBy, BigDecimal outdoorCelsius,
                               OutdoorTemperature.OutdoorSource outdoorSource, boolean envelopeCompliant,
                               boolean indoorSystemNormal, BigDecimal agreedCelsius, BigDecimal designOutdoorCelsius,
                               String standardBasis, TemperatureVerdict verdict, List<RoomResponse> rooms,
                               OrderResponse workOrder, ReductionResponse reduction, OffsetDateTime recordedAt) {
    }

    record OutdoorBody(OffsetDateTime measuredAt, BigDecimal celsius) {
    }

    record OutdoorResponse(long id, OffsetDateTime measuredAt, BigDecimal celsius, OutdoorTemperature.OutdoorSource source,
                           String enteredBy) {
    }

    @PostMapping("/measurements")
    ResponseEntity<MeasurementResponse> record(@RequestBody MeasurementBody body,
                                               @AuthenticationPrincipal StaffPrincipal principal) {
        List<NewTemperatureMeasurement.Room> rooms = body.rooms() == null ? null : body.rooms().stream()
                .map(r -> r == null ? null : new NewTemperatureMeasurement.Room(r.roomType(), r.roomName(), r.celsius(),
                        instant(r.measuredAt())))
                .toList();
        TemperatureMeasurement m = measurements.record(new NewTemperatureMeasurement(body.customerId(), body.visitId(),
                instant(body.measuredAt()), body.instrument(), body.outdoorCelsius(), body.indoorSystemNormal(),
                body.heatingFeeYuan(), rooms), Inputs.viewer(principal));
        return ResponseEntity.created(URI.create("/api/v1/temperature/measurements/" + m.id())).body(response(m));
    }

    @GetMapping("/measurements/{id}")
    MeasurementResponse measurement(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal) {
        return response(measurements.measurement(id, Inputs.viewer(principal)));
    }

    @GetMapping("/measurements")
    List<MeasurementResponse> ofCustomer(@RequestParam long customerId, @AuthenticationPrincipal StaffPrincipal principal) {
        return measurements.ofCustomer(customerId, Inputs.viewer(principal)).stream().map(this::response).toList();
    }

    @PostMapping("/outdoor")
    ResponseEntity<OutdoorResponse> enterOutdoor(@RequestBody OutdoorBody body,
                                                 @AuthenticationPrincipal StaffPrincipal principal) {
        OutdoorTemperature o = measurements.enterOutdoor(body == null ? null : instant(body.measuredAt()),
                body == null ? null : body.celsius(), Inputs.viewer(principal));
        return ResponseEntity.status(201).body(outdoor(o));
    }

    @PostMapping(path = "/outdoor/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
    OutdoorImport importOutdoor(@RequestBody String csv, @AuthenticationPrincipal StaffPrincipal principal) {
        return measurements.importOutdoor(new StringReader(csv), Inputs.viewer(principal));
    }

    /** The recorded outdoor temperature nearest to {@code at} within ±1 h; 404 when there is none. */
    @GetMapping("/outdoor/nearest")
    OutdoorResponse nearest(@RequestParam OffsetDateTime at, @AuthenticationPrincipal StaffPrincipal principal) {
        Inputs.viewer(principal);
        return measurements.outdoorNear(at.toInstant()).map(this::outdoor)
                .orElseThrow(() -> new NotFoundException("该时间前后 1 小时内没有室外温度记录"));
    }

    @GetMapping("/outdoor")
    List<OutdoorResponse> recentOutdoor(@RequestParam(defaultValue = "50") int limit,
                                        @AuthenticationPrincipal StaffPrincipal principal) {
        Inputs.viewer(principal);
        return measurements.recentOutdoor(limit).stream().map(this::outdoor).toList();
    }

    private OutdoorResponse outdoor(OutdoorTemperature o) {
        return new OutdoorResponse(o.id(), at(o.measuredAt()), o.celsius(), o.source(), o.enteredBy());
    }

    private MeasurementResponse response(TemperatureMeasurement m) {
        OrderResponse order = m.workOrderId() == null ? null
                : new OrderResponse(m.workOrderId(), m.workOrderNumber(), m.orderLink(), m.testMet(), m.orderNote());
        ReductionResponse reduction = new ReductionResponse(m.companyAtFault(), m.shortfallCelsius(),
                m.reductionPercent(), m.reductionVersionId(), m.reductionBasis(), m.heatingFeeYuan(), m.reductionYuan(),
                m.reductionProblem());
        return new MeasurementResponse(m.id(), m.customerId(), m.accountNumber(), m.visitId(), at(m.measuredAt()),
                m.instrument(), m.measuredBy(), m.outdoorCelsius(), m.outdoorSource(), m.envelopeCompliant(),
                m.indoorSystemNormal(), m.agreedCelsius(), m.designOutdoorCelsius(), m.standardBasis(), m.verdict(),
                m.rooms().stream().map(r -> new RoomResponse(r.roomType(), r.roomName(), at(r.measuredAt()), r.celsius(),
                        r.verdict(), r.requiredCelsius(), r.failedCondition(), r.reason())).toList(),
                order, reduction, at(m.recordedAt()));
    }

    private OffsetDateTime at(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
