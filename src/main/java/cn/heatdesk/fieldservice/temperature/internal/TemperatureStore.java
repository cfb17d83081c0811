package cn.heatdesk.fieldservice.temperature.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.heatdesk.fieldservice.OutdoorTemperature;
import cn.heatdesk.fieldservice.OutdoorTemperature.OutdoorSource;
import cn.heatdesk.fieldservice.TemperatureMeasurement;
import cn.heatdesk.fieldservice.temperature.domain.OrderFollowUp;
import cn.heatdesk.policy.domain.FailedCondition;
import cn.heatdesk.policy.domain.RoomType;
import cn.heatdesk.policy.domain.TemperatureVerdict;

/**
 * Measurements with their rooms, and outdoor temperatures. Measurements are appended; only the order link is set
 * later. A measurement is read without its customer and its reduction's basis: those belong to the customers and
 * policy modules and are added by {@code TemperatureMeasurements}.
 */
@Repository
public class TemperatureStore {

    private static final String SELECT_MEASUREMENT = "SELECT m.* FROM temperature_measurement m";

    private final JdbcClient jdbc;

    TemperatureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(TemperatureMeasurement m) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO temperature_measurement (customer_id, visit_id, measured_at, instrument, measured_by,
                    outdoor_celsius, outdoor_source, envelope_compliant, indoor_system_normal, agreed_celsius,
                    design_outdoor_celsius, standard_basis, verdict, company_at_fault, shortfall_celsius,
                    reduction_percent, reduction_version_id, heating_fee_yuan, reduction_yuan, reduction_problem,
                    recorded_at)
                VALUES (:customer, :visit, :at, :instrument, :by, :outdoor, :outdoorSource, :envelope, :indoor, :agreed,
                    :design, :basis, :verdict, :fault, :shortfall, :percent, :version, :fee, :reduction, :problem,
                    :recordedAt)
                """)
                .param("customer", m.customerId())
                .param("visit", m.visitId())
                .param("at", Timestamp.from(m.measuredAt()))
                .param("instrument", m.instrument())
                .param("by", m.measuredBy())
                .param("outdoor", m.outdoorCelsius())
                .param("outdoorSource", m.outdoorSource().name())
                .param("envelope", m.envelopeCompliant())
                .param("indoor", m.indoorSystemNormal())
                .param("agreed", m.agreedCelsius())
                .param("design", m.designOutdoorCelsius())
                .param("basis", m.standardBasis())
                .param("verdict", m.verdict().name())
                .param("fault", m.companyAtFault())
                .param("shortfall", m.shortfallCelsius())
                .param("percent", m.reductionPercent())
                .param("version", m.reductionVersionId())
                .param("fee", m.heatingFeeYuan())
                .param("reduction", m.reductionYuan())
                .param("problem", m.reductionProblem())
                .param("recordedAt", Timestamp.from(m.recordedAt()))
                .update(key, "id");
        long id = key.getKey().longValue();
        int position = 0;
        for (TemperatureMeasurement.Room room : m.rooms()) {
            jdbc.sql("""
                    INSERT INTO temperature_room_reading (measurement_id, position, room_type, room_name, measured_at,
                        celsius, verdict, required_celsius, failed_condition, reason)
                    VALUES (:m, :p, :type, :name, :at, :celsius, :verdict, :required, :failed, :reason)
                    """)
                    .param("m", id)
                    .param("p", ++position)
                    .param("type", room.roomType().name())
                    .param("name", room.roomName())
                    .param("at", Timestamp.from(room.measuredAt()))
                    .param("celsius", room.celsius())
                    .param("verdict", room.verdict().name())
                    .param("required", room.requiredCelsius())
                    .param("failed", room.failedCondition() == null ? null : room.failedCondition().name())
                    .param("reason", room.reason())
                    .update();
        }
        return id;
    }

    /** R-TEMP-5/6: the order the measurement opened or linked, and whether its 24-hour test deadline was met. */
    public void linkOrder(long measurementId, Long orderId, String orderNumber, OrderFollowUp link, Boolean testMet,
                          String note) {
        jdbc.sql("""
                UPDATE temperature_measurement
                SET work_order_id = :order, work_order_number = :number, order_link = :link, test_met = :met,
                    order_note = :note
                WHERE id = :id
                """)
                .param("order", orderId)
                .param("number", orderNumber)
                .param("link", link == null ? null : link.name())
                .param("met", testMet)
                .param("note", note)
                .param("id", measurementId)
                .update();
    }

    public Optional<TemperatureMeasurement> find(long id) {
        return measurements(SELECT_MEASUREMENT + " WHERE m.id = :id", Map.of("id", id)).stream().findFirst();
    }

    public List<TemperatureMeasurement> ofCustomer(long customerId, int limit) {
        return measurements(SELECT_MEASUREMENT + " WHERE m.customer_id = :c ORDER BY m.measured_at DESC, m.id DESC LIMIT "
                + limit, Map.of("c", customerId));
    }

    private List<TemperatureMeasurement> measurements(String sql, Map<String, Object> params) {
        List<TemperatureMeasurement> result = new ArrayList<>();
        jdbc.sql(sql).params(params).query((ResultSet rs, int n) -> measurement(rs)).list().forEach(result::add);
        if (result.isEmpty()) {
            return result;
        }
        Map<Long, List<TemperatureMeasurement.Room>> rooms = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM temperature_room_reading WHERE measurement_id IN (:ids) ORDER BY measurement_id, position")
                .param("ids", result.stream().map(TemperatureMeasurement::id).toList())
                .query(rs -> {
                    String failed = rs.getString("failed_condition");
                    rooms.computeIfAbsent(rs.getLong("measurement_id"), id -> new ArrayList<>())
                            .add(new TemperatureMeasurement.Room(RoomType.valueOf(rs.getString("room_type")),
                                    rs.getString("room_name"), rs.getTimestamp("measured_at").toInstant(),
                                    rs.getBigDecimal("celsius"), TemperatureVerdict.valueOf(rs.getString("verdict")),
                                    rs.getBigDecimal("required_celsius"),
                                    failed == null ? null : FailedCondition.valueOf(failed), rs.getString("reason")));
                });
        return result.stream().map(m -> withRooms(m, rooms.getOrDefault(m.id(), List.of()))).toList();
    }

    private static TemperatureMeasurement withRooms(TemperatureMeasurement m, List<TemperatureMeasurement.Room> rooms) {
        return new TemperatureMeasurement(m.id(), m.customerId(), m.accountNumber(), m.address(), m.visitId(),
                m.measuredAt(), m.instrument(), m.measuredBy(), m.outdoorCelsius(), m.outdoorSource(),
                m.envelopeCompliant(), m.indoorSystemNormal(), m.agreedCelsius(), m.designOutdoorCelsius(),
                m.standardBasis(), m.verdict(), rooms, m.companyAtFault(), m.shortfallCelsius(), m.reductionPercent(),
                m.reductionVersionId(), m.reductionBasis(), m.heatingFeeYuan(), m.reductionYuan(), m.reductionProblem(),
                m.workOrderId(), m.workOrderNumber(), m.orderLink(), m.testMet(), m.orderNote(), m.recordedAt());
    }

    private static TemperatureMeasurement measurement(ResultSet rs) throws SQLException {
        long visit = rs.getLong("visit_id");
        Long visitId = rs.wasNull() ? null : visit;
        long version = rs.getLong("reduction_version_id");
        Long versionId = rs.wasNull() ? null : version;
        long order = rs.getLong("work_order_id");
        Long orderId = rs.wasNull() ? null : order;
        boolean met = rs.getBoolean("test_met");
        Boolean testMet = rs.wasNull() ? null : met;
        String link = rs.getString("order_link");
        return new TemperatureMeasurement(rs.getLong("id"), rs.getLong("customer_id"), null, null, visitId,
                rs.getTimestamp("measured_at").toInstant(), rs.getString("instrument"), rs.getString("measured_by"),
                rs.getBigDecimal("outdoor_celsius"), OutdoorSource.valueOf(rs.getString("outdoor_source")),
                rs.getBoolean("envelope_compliant"), rs.getBoolean("indoor_system_normal"),
                rs.getBigDecimal("agreed_celsius"), rs.getBigDecimal("design_outdoor_celsius"),
                rs.getString("standard_basis"), TemperatureVerdict.valueOf(rs.getString("verdict")), List.of(),
                rs.getBoolean("company_at_fault"), rs.getBigDecimal("shortfall_celsius"),
                rs.getBigDecimal("reduction_percent"), versionId, null, rs.getBigDecimal("heating_fee_yuan"),
                rs.getBigDecimal("reduction_yuan"), rs.getString("reduction_problem"), orderId,
                rs.getString("work_order_number"), link == null ? null : OrderFollowUp.valueOf(link), testMet,
                rs.getString("order_note"), rs.getTimestamp("recorded_at").toInstant());
    }

    // ---- outdoor temperatures ---------------------------------------------------------------------------------

    /** Adds a reading unless one is recorded for the same instant; answers the id, or empty when it existed. */
    public Optional<Long> insertOutdoor(Instant at, BigDecimal celsius, OutdoorSource source, String by, Instant now) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM outdoor_temperature WHERE measured_at = :at")
                .param("at", Timestamp.from(at)).query(Long.class).single() > 0;
        if (exists) {
            return Optional.empty();
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO outdoor_temperature (measured_at, celsius, source, entered_by, entered_at)
                VALUES (:at, :celsius, :source, :by, :now)
                """)
                .param("at", Timestamp.from(at))
                .param("celsius", celsius)
                .param("source", source.name())
                .param("by", by)
                .param("now", Timestamp.from(now))
                .update(key, "id");
        return Optional.of(key.getKey().longValue());
    }

    /** Readings between two instants, for the nearest-reading rule. */
    public List<OutdoorTemperature> outdoorBetween(Instant from, Instant to) {
        return jdbc.sql(SELECT_OUTDOOR + " WHERE measured_at BETWEEN :from AND :to ORDER BY measured_at")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> outdoor(rs))
                .list();
    }

    public List<OutdoorTemperature> recentOutdoor(int limit) {
        return jdbc.sql(SELECT_OUTDOOR + " ORDER BY measured_at DESC LIMIT " + limit)
                .query((rs, n) -> outdoor(rs))
                .list();
    }

    private static final String SELECT_OUTDOOR =
            "SELECT id, measured_at, celsius, source, entered_by, entered_at FROM outdoor_temperature";

    private static OutdoorTemperature outdoor(ResultSet rs) throws SQLException {
        return new OutdoorTemperature(rs.getLong("id"), rs.getTimestamp("measured_at").toInstant(),
                rs.getBigDecimal("celsius"), OutdoorSource.valueOf(rs.getString("source")),
                rs.getString("entered_by"), rs.getTimestamp("entered_at").toInstant());
    }
}
