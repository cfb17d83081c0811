package cn.heatdesk.customers.internal.importing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.heatdesk.customers.ImportError;
import cn.heatdesk.customers.ImportJob;
import cn.heatdesk.customers.ImportStatus;

/**
 * The job table and the stored error reports. Progress and heartbeats are written in their own short
 * transactions (even when called from inside the import's long one), so that any node can answer a poll
 * while the import is still running.
 */
@Repository
public class ImportJobs {

    /** A job not finished whose heartbeat is older than this is shown as interrupted. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private static final String COLUMNS = """
            id, file_name, status, imported_by, created_at, started_at, finished_at, heartbeat_at, total_rows,
            processed_rows, imported_rows, error_count, stored_errors, message
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate own;

    ImportJobs(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long create(String fileName, ImportFormat format, long size, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        own.executeWithoutResult(tx -> jdbc.sql("""
                INSERT INTO customer_import_job (file_name, file_format, file_size, status, imported_by, created_at,
                                                 heartbeat_at)
                VALUES (:name, :format, :size, 'QUEUED', :by, :at, :at)
                """)
                .param("name", fileName).param("format", format.name()).param("size", size).param("by", by)
                .param("at", Timestamp.from(at))
                .update(key, "id"));
        return key.getKey().longValue();
    }

    void progress(long id, ImportStatus status, int total, int processed, Instant at) {
        own.executeWithoutResult(tx -> jdbc.sql("""
                UPDATE customer_import_job
                SET status = :status, total_rows = :total, processed_rows = :processed, heartbeat_at = :at,
                    started_at = COALESCE(started_at, :at)
                WHERE id = :id AND status NOT IN ('SUCCEEDED', 'FAILED')
                """)
                .param("status", status.name()).param("total", total).param("processed", processed)
                .param("at", Timestamp.from(at)).param("id", id)
                .update());
    }

    void beat(Collection<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        own.executeWithoutResult(tx -> jdbc.sql("""
                UPDATE customer_import_job SET heartbeat_at = :at
                WHERE id IN (:ids) AND status NOT IN ('SUCCEEDED', 'FAILED')
                """)
                .param("at", Timestamp.from(at)).param("ids", new ArrayList<>(ids))
                .update());
    }

    /**
     * Ends a job as failed, with the errors to keep for its report; nothing of the import was written.
     * {@code total} 0 keeps the row count recorded so far.
     */
    void fail(long id, String message, int total, int errorCount, List<ImportError> stored, Instant at) {
        own.executeWithoutResult(tx -> {
            jdbc.sql("""
                    UPDATE customer_import_job
                    SET status = 'FAILED', message = :message,
                        total_rows = CASE WHEN :total > 0 THEN :total ELSE total_rows END, error_count = :errors,
                        stored_errors = :stored, finished_at = :at, heartbeat_at = :at
                    WHERE id = :id
                    """)
                    .param("message", clip(message, 1000)).param("total", total).param("errors", errorCount)
                    .param("stored", stored.size()).param("at", Timestamp.from(at)).param("id", id)
                    .update();
            insertErrors(id, stored);
        });
    }

    /** Ends a job as succeeded; called inside the import's transaction, so it commits with the data. */
    void succeed(long id, int imported, String message, Instant at) {
        jdbc.sql("""
                UPDATE customer_import_job
                SET status = 'SUCCEEDED', total_rows = :n, processed_rows = :n, imported_rows = :n, message = :message,
                    finished_at = :at, heartbeat_at = :at
                WHERE id = :id
                """)
                .param("n", imported).param("message", clip(message, 1000)).param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** The job if {@code importedBy} started it, or any job when it is null. */
    public Optional<ImportJob> find(long id, String importedBy, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM customer_import_job WHERE id = :id"
                        + " AND (CAST(:by AS VARCHAR(100)) IS NULL OR imported_by = :by)")
                .param("id", id).param("by", importedBy)
                .query((rs, n) -> job(rs, now))
                .optional();
    }

    /** Newest first: one staff member's jobs, or everybody's when {@code importedBy} is null. */
    public List<ImportJob> recent(String importedBy, int limit, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM customer_import_job"
                        + " WHERE (CAST(:by AS VARCHAR(100)) IS NULL OR imported_by = :by)"
                        + " ORDER BY created_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
                .param("by", importedBy).param("limit", Math.min(Math.max(limit, 1), 100))
                .query((rs, n) -> job(rs, now))
                .list();
    }

    public List<ImportError> errors(long id, int limit) {
        return jdbc.sql("""
                SELECT row_number, column_name, cell_value, message FROM customer_import_error
                WHERE job_id = :id ORDER BY seq FETCH FIRST :limit ROWS ONLY
                """)
                .param("id", id).param("limit", Math.max(limit, 0))
                .query(ImportJobs::error)
                .list();
    }

    /** Every stored error in order, without holding them all. */
    public void forEachError(long id, Consumer<ImportError> action) {
        template.query("""
                SELECT row_number, column_name, cell_value, message FROM customer_import_error
                WHERE job_id = ? ORDER BY seq
                """, rs -> {
            action.accept(error(rs, 0));
        }, id);
    }

    private void insertErrors(long id, List<ImportError> errors) {
        template.batchUpdate("""
                INSERT INTO customer_import_error (job_id, seq, row_number, column_name, cell_value, message)
                VALUES (?, ?, ?, ?, ?, ?)
                """, new BatchPreparedStatementSetter() {

            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                ImportError e = errors.get(i);
                ps.setLong(1, id);
                ps.setInt(2, i + 1);
                ps.setInt(3, e.row());
                setText(ps, 4, clip(e.column(), 40));
                setText(ps, 5, clip(e.value(), 200));
                ps.setString(6, clip(e.message(), 500));
            }

            @Override
            public int getBatchSize() {
                return errors.size();
            }
        });
    }

    private static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        }
        else {
            ps.setString(index, value);
        }
    }

    private static ImportError error(ResultSet rs, int n) throws SQLException {
        return new ImportError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    private static ImportJob job(ResultSet rs, Instant now) throws SQLException {
        ImportStatus status = ImportStatus.valueOf(rs.getString("status"));
        Instant heartbeat = instant(rs, "heartbeat_at");
        boolean interrupted = !status.finished() && heartbeat.isBefore(now.minus(STALE_AFTER));
        return new ImportJob(rs.getLong("id"), rs.getString("file_name"), status, interrupted,
                rs.getString("imported_by"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), heartbeat, rs.getInt("total_rows"), rs.getInt("processed_rows"),
                rs.getInt("imported_rows"), rs.getInt("error_count"), rs.getInt("stored_errors"),
                rs.getString("message"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
