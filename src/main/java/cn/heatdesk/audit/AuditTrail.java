package cn.heatdesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/**
 * R-SYS-3: the append-only audit trail. Callers record inside their own transaction, so a change and
 * its audit row are written together or not at all. There is no update or delete here; on
 * PostgreSQL a trigger refuses them too.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Records a change now; must run inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, summary, before_state, after_state)
                VALUES (:at, :actor, :action, :type, :id, :summary, :before, :after)
                """)
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("type", entry.entityType())
                .param("id", entry.entityId())
                .param("summary", entry.summary())
                .param("before", toJson(entry.before()))
                .param("after", toJson(entry.after()))
                .update();
    }

    /** Newest first; {@code entityType} null means every type. */
    @Transactional(readOnly = true)
    public List<AuditRecord> recent(String entityType, int offset, int limit) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, entity_type, entity_id, summary, before_state, after_state
                FROM audit_event
                WHERE (CAST(:type AS VARCHAR(60)) IS NULL OR entity_type = :type)
                ORDER BY occurred_at DESC, id DESC
                OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY
                """)
                .param("type", entityType)
                .param("offset", Math.max(0, offset))
                .param("limit", Math.min(Math.max(1, limit), 500))
                .query(AuditTrail::map)
                .list();
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> forEntity(String entityType, String entityId) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, entity_type, entity_id, summary, before_state, after_state
                FROM audit_event WHERE entity_type = :type AND entity_id = :id ORDER BY occurred_at, id
                """)
                .param("type", entityType)
                .param("id", entityId)
                .query(AuditTrail::map)
                .list();
    }

    private static AuditRecord map(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("summary"), rs.getString("before_state"), rs.getString("after_state"));
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
