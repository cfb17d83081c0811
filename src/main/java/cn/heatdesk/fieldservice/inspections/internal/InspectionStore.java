package cn.heatdesk.fieldservice.inspections.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.heatdesk.fieldservice.inspections.domain.DeliveryMethod;
import cn.heatdesk.fieldservice.inspections.domain.NoticeCoverage;
import cn.heatdesk.fieldservice.inspections.domain.NoticeKind;
import cn.heatdesk.fieldservice.inspections.domain.NoticePhase;
import cn.heatdesk.fieldservice.inspections.domain.ReinspectionResult;
import cn.heatdesk.fieldservice.inspections.domain.RepairStatus;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.ResponsibleParty;

/**
 * Rows of V13 (inspection rounds, findings, repair plan items, rectification notices, building notices). Areas
 * and buildings are referred to by id only; their names come from the customers module's {@code Organisation}.
 */
@Repository
public class InspectionStore {

    public record RoundRow(long id, long areaId, LocalDate inspectedOn, String inspector, String note, String createdBy,
                           Instant createdAt, int findings) {
    }

    public record FindingRow(long id, long roundId, long areaId, LocalDate inspectedOn, CustomerKind customerKind,
                             BoundaryLocation location, Long buildingId, Long customerId, String place,
                             String description, LocalDate contractDate, ResponsibleParty party, String policyDocument,
                             String reason) {
    }

    public record RepairRow(long id, FindingRow finding, RepairStatus status, Instant updatedAt, String updatedBy,
                            int version) {
    }

    public record NoticeRow(long id, FindingRow finding, String addressee, String requirement, LocalDate reinspectionOn,
                            Instant issuedAt, DeliveryMethod deliveryMethod, String deliveredTo, Instant deliveredAt,
                            String deliveredBy, Instant reinspectedAt, ReinspectionResult result, String reinspectionNote,
                            String reinspectedBy, int version) {
    }

    private static final String FINDING_COLUMNS = """
            f.id AS f_id, f.round_id, r.area_id, r.inspected_on,
            f.customer_kind, f.location, f.building_id, f.customer_id, f.place, f.description, f.contract_date,
            f.responsible_party, f.policy_document, f.reason
            """;

    private static final String FINDING_FROM = """
            inspection_finding f JOIN inspection_round r ON r.id = f.round_id
            """;

    /** The finding and its round joined to a table aliased {@code x} with a {@code finding_id}. */
    private static final String FINDING_JOINS = """
            JOIN inspection_finding f ON f.id = x.finding_id JOIN inspection_round r ON r.id = f.round_id
            """;

    private final JdbcClient jdbc;

    InspectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertRound(long areaId, LocalDate inspectedOn, String inspector, String note, String by, Instant at) {
        return insert(jdbc.sql("""
                INSERT INTO inspection_round (area_id, inspected_on, inspector, note, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """).params(areaId, inspectedOn, inspector, note, by, ts(at)));
    }

    public Optional<RoundRow> round(long id) {
        return jdbc.sql(roundSql("WHERE r.id = ?")).param(id).query(InspectionStore::roundRow).optional();
    }

    /** Newest first; {@code areaIds} null means every area. */
    public List<RoundRow> rounds(Collection<Long> areaIds, int limit) {
        if (areaIds != null && areaIds.isEmpty()) {
            return List.of();
        }
        String where = areaIds == null ? "" : "WHERE r.area_id IN (:areas)";
        var spec = jdbc.sql(roundSql(where) + " ORDER BY r.inspected_on DESC, r.id DESC LIMIT :limit").param("limit", limit);
        if (areaIds != null) {
            spec = spec.param("areas", areaIds);
        }
        return spec.query(InspectionStore::roundRow).list();
    }

    private static String roundSql(String where) {
        return """
                SELECT r.id, r.area_id, r.inspected_on, r.inspector, r.note, r.created_by, r.created_at,
                       (SELECT COUNT(*) FROM inspection_finding f WHERE f.round_id = r.id) AS findings
                FROM inspection_round r
                """ + where;
    }

    public long insertFinding(long roundId, CustomerKind kind, BoundaryLocation location, Long buildingId, Long customerId,
                              String place, String description, LocalDate contractDate, ResponsibleParty party,
                              String document, String reason, String by, Instant at) {
        return insert(jdbc.sql("""
                INSERT INTO inspection_finding (round_id, customer_kind, location, building_id, customer_id, place,
                    description, contract_date, responsible_party, policy_document, reason, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(roundId, kind.name(), location.name(), buildingId, customerId, place, description,
                contractDate, party.name(), document, reason, by, ts(at)));
    }

    public List<FindingRow> findings(long roundId) {
        return jdbc.sql("SELECT " + FINDING_COLUMNS + " FROM " + FINDING_FROM + " WHERE f.round_id = ? ORDER BY f.id")
                .param(roundId).query((rs, n) -> findingRow(rs)).list();
    }

    public long insertRepairItem(long findingId, long areaId, String by, Instant at) {
        return insert(jdbc.sql("""
                INSERT INTO repair_plan_item (finding_id, area_id, status, created_at, updated_at, updated_by)
                VALUES (?, ?, 'PLANNED', ?, ?, ?)
                """).params(findingId, areaId, ts(at), ts(at), by));
    }

    private static final String REPAIR_SQL = "SELECT x.id AS p_id, x.status, x.updated_at, x.updated_by, x.version, "
            + FINDING_COLUMNS + " FROM repair_plan_item x " + FINDING_JOINS;

    public Optional<RepairRow> repairItem(long id) {
        return jdbc.sql(REPAIR_SQL + " WHERE x.id = ?").param(id).query((rs, n) -> repairRow(rs)).optional();
    }

    public Optional<RepairRow> repairItemOfFinding(long findingId) {
        return jdbc.sql(REPAIR_SQL + " WHERE x.finding_id = ?").param(findingId)
                .query((rs, n) -> repairRow(rs)).optional();
    }

    /** Open items first (planned, in progress, done), then oldest inspection first. */
    public List<RepairRow> repairPlan(Collection<Long> areaIds, RepairStatus status) {
        if (areaIds != null && areaIds.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(REPAIR_SQL).append(" WHERE 1 = 1");
        if (areaIds != null) {
            sql.append(" AND x.area_id IN (:areas)");
        }
        if (status != null) {
            sql.append(" AND x.status = :status");
        }
        sql.append("""
                 ORDER BY CASE x.status WHEN 'IN_PROGRESS' THEN 0 WHEN 'PLANNED' THEN 1 ELSE 2 END,
                          r.inspected_on, x.id
                """);
        var spec = jdbc.sql(sql.toString());
        if (areaIds != null) {
            spec = spec.param("areas", areaIds);
        }
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.query((rs, n) -> repairRow(rs)).list();
    }

    /** Optimistic: false when someone else changed the item first. */
    public boolean updateRepairStatus(long id, int version, RepairStatus status, String by, Instant at) {
        return jdbc.sql("""
                UPDATE repair_plan_item SET status = ?, updated_at = ?, updated_by = ?, version = version + 1
                WHERE id = ? AND version = ?
                """).params(status.name(), ts(at), by, id, version).update() == 1;
    }

    public long insertNotice(long findingId, long areaId, String addressee, String requirement, LocalDate reinspectionOn,
                             Instant at) {
        return insert(jdbc.sql("""
                INSERT INTO rectification_notice (finding_id, area_id, addressee, requirement, reinspection_on, issued_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """).params(findingId, areaId, addressee, requirement, reinspectionOn, ts(at)));
    }

    private static final String NOTICE_SQL = """
            SELECT x.id AS n_id, x.addressee, x.requirement, x.reinspection_on, x.issued_at, x.delivery_method,
                   x.delivered_to, x.delivered_at, x.delivered_by, x.reinspected_at, x.reinspection_result,
                   x.reinspection_note, x.reinspected_by, x.version,
            """ + FINDING_COLUMNS + " FROM rectification_notice x " + FINDING_JOINS;

    public Optional<NoticeRow> notice(long id) {
        return jdbc.sql(NOTICE_SQL + " WHERE x.id = ?").param(id).query((rs, n) -> noticeRow(rs)).optional();
    }

    public Optional<NoticeRow> noticeOfFinding(long findingId) {
        return jdbc.sql(NOTICE_SQL + " WHERE x.finding_id = ?").param(findingId)
                .query((rs, n) -> noticeRow(rs)).optional();
    }

    public List<NoticeRow> notices(Collection<Long> areaIds) {
        if (areaIds != null && areaIds.isEmpty()) {
            return List.of();
        }
        String where = areaIds == null ? "" : " WHERE x.area_id IN (:areas)";
        var spec = jdbc.sql(NOTICE_SQL + where + " ORDER BY x.reinspection_on, x.id");
        if (areaIds != null) {
            spec = spec.param("areas", areaIds);
        }
        return spec.query((rs, n) -> noticeRow(rs)).list();
    }

    public boolean recordDelivery(long id, int version, DeliveryMethod method, String to, Instant at, String by) {
        return jdbc.sql("""
                UPDATE rectification_notice SET delivery_method = ?, delivered_to = ?, delivered_at = ?, delivered_by = ?,
                    version = version + 1
                WHERE id = ? AND version = ? AND delivered_at IS NULL
                """).params(method.name(), to, ts(at), by, id, version).update() == 1;
    }

    public boolean recordReinspection(long id, int version, ReinspectionResult result, String note, Instant at, String by) {
        return jdbc.sql("""
                UPDATE rectification_notice SET reinspection_result = ?, reinspection_note = ?, reinspected_at = ?,
                    reinspected_by = ?, version = version + 1
                WHERE id = ? AND version = ? AND reinspected_at IS NULL
                """).params(result.name(), note, ts(at), by, id, version).update() == 1;
    }

    // ---- building notices (R-BUTLER-2)

    public List<NoticeCoverage.Posted> posted(int season, NoticePhase phase) {
        return jdbc.sql("SELECT building_id, kind FROM building_notice WHERE season_start_year = ? AND phase = ?")
                .params(season, phase.name())
                .query((rs, n) -> new NoticeCoverage.Posted(rs.getLong(1), NoticeKind.valueOf(rs.getString(2)))).list();
    }

    /** False when that notice is already recorded for the building in this phase. */
    public boolean insertBuildingNotice(long buildingId, int season, NoticePhase phase, NoticeKind kind,
                                        LocalDate postedOn, String by, Instant at) {
        Integer existing = jdbc.sql("""
                SELECT COUNT(*) FROM building_notice
                WHERE building_id = ? AND season_start_year = ? AND phase = ? AND kind = ?
                """).params(buildingId, season, phase.name(), kind.name()).query(Integer.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO building_notice (building_id, season_start_year, phase, kind, posted_on, posted_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(buildingId, season, phase.name(), kind.name(), postedOn, by, ts(at)).update();
        return true;
    }

    // ---- mapping

    private long insert(JdbcClient.StatementSpec spec) {
        KeyHolder keys = new GeneratedKeyHolder();
        spec.update(keys, "id");
        return keys.getKey().longValue();
    }

    private static RoundRow roundRow(ResultSet rs, int n) throws SQLException {
        return new RoundRow(rs.getLong("id"), rs.getLong("area_id"), rs.getObject("inspected_on", LocalDate.class),
                rs.getString("inspector"), rs.getString("note"), rs.getString("created_by"), instant(rs, "created_at"),
                rs.getInt("findings"));
    }

    private static FindingRow findingRow(ResultSet rs) throws SQLException {
        return new FindingRow(rs.getLong("f_id"), rs.getLong("round_id"), rs.getLong("area_id"),
                rs.getObject("inspected_on", LocalDate.class), CustomerKind.valueOf(rs.getString("customer_kind")),
                BoundaryLocation.valueOf(rs.getString("location")),
                rs.getObject("building_id", Long.class), rs.getObject("customer_id", Long.class),
                rs.getString("place"), rs.getString("description"), rs.getObject("contract_date", LocalDate.class),
                ResponsibleParty.valueOf(rs.getString("responsible_party")), rs.getString("policy_document"),
                rs.getString("reason"));
    }

    private static RepairRow repairRow(ResultSet rs) throws SQLException {
        return new RepairRow(rs.getLong("p_id"), findingRow(rs), RepairStatus.valueOf(rs.getString("status")),
                instant(rs, "updated_at"), rs.getString("updated_by"), rs.getInt("version"));
    }

    private static NoticeRow noticeRow(ResultSet rs) throws SQLException {
        String method = rs.getString("delivery_method");
        String result = rs.getString("reinspection_result");
        return new NoticeRow(rs.getLong("n_id"), findingRow(rs), rs.getString("addressee"), rs.getString("requirement"),
                rs.getObject("reinspection_on", LocalDate.class), instant(rs, "issued_at"),
                method == null ? null : DeliveryMethod.valueOf(method), rs.getString("delivered_to"),
                instant(rs, "delivered_at"), rs.getString("delivered_by"), instant(rs, "reinspected_at"),
                result == null ? null : ReinspectionResult.valueOf(result), rs.getString("reinspection_note"),
                rs.getString("reinspected_by"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
