package cn.heatdesk.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.heatdesk.assessment.AssessmentRecord;
import cn.heatdesk.assessment.NewAssessmentRecord;
import cn.heatdesk.assessment.domain.AssessmentKind;

/** The assessment_record table (V9): insert, list and count per person or per unit for a period. */
@Repository
public class AssessmentRecordRepository {

    private static final String COLUMNS = """
            id, kind, responsible_username, responsible_area_id, basis, order_number, customer_id, reference,
            confirmed_by, confirmed_at
            """;

    private final JdbcClient jdbc;

    AssessmentRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records counted per key and kind. */
    public record KindCount(String key, AssessmentKind kind, long count) {
    }

    public long insert(NewAssessmentRecord r, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assessment_record (kind, responsible_username, responsible_area_id, basis, order_number,
                                               customer_id, reference, confirmed_by, confirmed_at)
                VALUES (:kind, :who, :area, :basis, :order, :customer, :reference, :by, :at)
                """)
                .param("kind", r.kind().name()).param("who", r.responsibleUsername())
                .param("area", r.responsibleAreaId()).param("basis", r.basis()).param("order", r.orderNumber())
                .param("customer", r.customerId()).param("reference", r.reference()).param("by", r.confirmedBy())
                .param("at", Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public List<AssessmentRecord> inPeriod(Instant from, Instant to, List<Long> areas, int limit) {
        Map<String, Object> p = params(from, to, areas);
        p.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_record WHERE confirmed_at >= :from AND confirmed_at < :to"
                        + areaFilter(areas) + " ORDER BY confirmed_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
                .params(p).query((rs, n) -> map(rs)).list();
    }

    /** Counts per person ({@code byPerson}) or per unit, by kind, confirmed in the period. */
    public List<KindCount> counts(boolean byPerson, Instant from, Instant to, List<Long> areas) {
        String column = byPerson ? "responsible_username" : "responsible_area_id";
        return jdbc.sql("SELECT " + column + " AS k, kind, COUNT(*) AS n FROM assessment_record"
                        + " WHERE confirmed_at >= :from AND confirmed_at < :to AND " + column + " IS NOT NULL"
                        + areaFilter(areas) + " GROUP BY " + column + ", kind")
                .params(params(from, to, areas))
                .query((rs, n) -> new KindCount(rs.getString("k"), AssessmentKind.valueOf(rs.getString("kind")),
                        rs.getLong("n")))
                .list();
    }

    private static String areaFilter(List<Long> areas) {
        return areas == null ? "" : " AND responsible_area_id IN (:areas)";
    }

    private static Map<String, Object> params(Instant from, Instant to, List<Long> areas) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", Timestamp.from(from));
        p.put("to", Timestamp.from(to));
        if (areas != null) {
            List<Long> ids = new ArrayList<>(areas);
            ids.add(-1L);
            p.put("areas", ids);
        }
        return p;
    }

    private static AssessmentRecord map(ResultSet rs) throws SQLException {
        long area = rs.getLong("responsible_area_id");
        Long areaId = rs.wasNull() ? null : area;
        long customer = rs.getLong("customer_id");
        Long customerId = rs.wasNull() ? null : customer;
        return new AssessmentRecord(rs.getLong("id"), AssessmentKind.valueOf(rs.getString("kind")),
                rs.getString("responsible_username"), areaId, rs.getString("basis"), rs.getString("order_number"),
                customerId, rs.getString("reference"), rs.getString("confirmed_by"),
                rs.getTimestamp("confirmed_at").toInstant());
    }
}
