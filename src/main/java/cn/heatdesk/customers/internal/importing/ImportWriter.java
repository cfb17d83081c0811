package cn.heatdesk.customers.internal.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.customers.CustomerScope;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.customers.ImportError;

/**
 * The second pass over a file that validated cleanly: reads it again and writes every household, must run
 * inside one transaction. Customers go in as JDBC batches of multi-row {@code INSERT … VALUES} statements
 * (what PostgreSQL's {@code reWriteBatchedInserts} would make of a batch, but on any driver and URL); their
 * season status and its history row are then added per batch by {@code INSERT … SELECT} on the account
 * numbers just written, so no generated keys are needed.
 */
final class ImportWriter {

    static final int BATCH = 1000;
    static final String REASON = "导入";

    /** Rows per INSERT statement: 16 parameters each, well under any driver's limit. */
    static final int ROWS_PER_STATEMENT = 250;

    private static final String INSERT_CUSTOMERS = """
            INSERT INTO customer (kind, account_number, area_id, unit_id, room, owner_name, phone, phone_last4, phone2,
                                  id_number, address, heated_area_m2, contract_date, agreement_signed, agreed_celsius,
                                  created_at, updated_at)
            VALUES
            """;
    private static final String CUSTOMER_VALUES = "('RESIDENTIAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    ImportWriter(JdbcTemplate template, JdbcClient jdbc) {
        this.template = template;
        this.jdbc = jdbc;
    }

    /**
     * Writes every row of {@code reader} (positioned after the header); returns how many. {@code progress}
     * hears the running count after every batch.
     */
    int write(RowReader reader, HouseholdRowRules rules, Places places, CustomerScope scope, int season,
              String importer, Instant at, IntConsumer progress) {
        places.createUnits();
        List<Placed> batch = new ArrayList<>(BATCH);
        int written = 0;
        try {
            SourceRow source;
            while ((source = reader.next()) != null) {
                List<ImportError> errors = new ArrayList<>();
                HouseholdRow row = rules.check(source, errors);
                Places.Place place = errors.isEmpty() ? places.resolve(row, scope, errors) : null;
                if (!errors.isEmpty()) {
                    // The file validated a moment ago: it cannot differ now unless something is badly wrong.
                    throw new IllegalStateException("row " + source.number() + " no longer validates: " + errors);
                }
                batch.add(new Placed(row, place, places.unitId(place)));
                if (batch.size() == BATCH) {
                    written += insert(batch, season, importer, at);
                    batch.clear();
                    progress.accept(written);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!batch.isEmpty()) {
            written += insert(batch, season, importer, at);
            progress.accept(written);
        }
        return written;
    }

    private record Placed(HouseholdRow row, Places.Place place, long unitId) {
    }

    private int insert(List<Placed> batch, int season, String importer, Instant at) {
        Timestamp now = Timestamp.from(at);
        // Full statements go to the database as one JDBC batch; the rest as one shorter statement.
        int full = batch.size() / ROWS_PER_STATEMENT;
        if (full > 0) {
            template.batchUpdate(insertCustomers(ROWS_PER_STATEMENT), new BatchPreparedStatementSetter() {

                @Override
                public void setValues(PreparedStatement ps, int statement) throws SQLException {
                    int index = 1;
                    for (Placed p : batch.subList(statement * ROWS_PER_STATEMENT, (statement + 1) * ROWS_PER_STATEMENT)) {
                        index = bind(ps, index, p, now);
                    }
                }

                @Override
                public int getBatchSize() {
                    return full;
                }
            });
        }
        List<Placed> rest = batch.subList(full * ROWS_PER_STATEMENT, batch.size());
        if (!rest.isEmpty()) {
            template.update(insertCustomers(rest.size()), ps -> {
                int index = 1;
                for (Placed p : rest) {
                    index = bind(ps, index, p, now);
                }
            });
        }
        Map<HeatingStatus, List<String>> byStatus = new EnumMap<>(HeatingStatus.class);
        for (Placed p : batch) {
            byStatus.computeIfAbsent(p.row().status(), s -> new ArrayList<>()).add(p.row().accountNumber());
        }
        byStatus.forEach((status, accounts) -> {
            jdbc.sql("""
                    INSERT INTO customer_season_status (customer_id, season_start_year, status)
                    SELECT id, CAST(:season AS INTEGER), CAST(:status AS VARCHAR(20))
                    FROM customer WHERE account_number IN (:accounts)
                    """)
                    .param("season", season).param("status", status.name()).param("accounts", accounts)
                    .update();
            jdbc.sql("""
                    INSERT INTO customer_status_change (customer_id, season_start_year, old_status, new_status, reason,
                                                        changed_by, changed_at)
                    SELECT id, CAST(:season AS INTEGER), CAST(NULL AS VARCHAR(20)), CAST(:status AS VARCHAR(20)),
                           CAST(:reason AS VARCHAR(300)), CAST(:by AS VARCHAR(100)),
                           CAST(:at AS TIMESTAMP WITH TIME ZONE)
                    FROM customer WHERE account_number IN (:accounts)
                    """)
                    .param("season", season).param("status", status.name()).param("reason", REASON)
                    .param("by", importer).param("at", now).param("accounts", accounts)
                    .update();
        });
        return batch.size();
    }

    private static String insertCustomers(int rows) {
        return INSERT_CUSTOMERS + String.join(",\n", Collections.nCopies(rows, CUSTOMER_VALUES));
    }

    /** Binds one customer's 16 values from {@code index} on; returns the next index. */
    private static int bind(PreparedStatement ps, int index, Placed p, Timestamp now) throws SQLException {
        HouseholdRow r = p.row();
        int i = index;
        ps.setString(i++, r.accountNumber());
        ps.setLong(i++, p.place().community().areaId());
        ps.setLong(i++, p.unitId());
        ps.setString(i++, r.room());
        ps.setString(i++, r.ownerName());
        ps.setString(i++, r.phone());
        ps.setString(i++, r.phoneLast4());
        text(ps, i++, r.phone2());
        text(ps, i++, r.idNumber());
        ps.setString(i++, p.place().address(r.room()));
        ps.setBigDecimal(i++, r.heatedAreaM2());
        if (r.contractDate() == null) {
            ps.setNull(i++, Types.DATE);
        }
        else {
            ps.setDate(i++, Date.valueOf(r.contractDate()));
        }
        ps.setBoolean(i++, r.agreementSigned());
        if (r.agreedCelsius() == null) {
            ps.setNull(i++, Types.NUMERIC);
        }
        else {
            ps.setBigDecimal(i++, r.agreedCelsius());
        }
        ps.setTimestamp(i++, now);
        ps.setTimestamp(i++, now);
        return i;
    }

    private static void text(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        }
        else {
            ps.setString(index, value);
        }
    }
}
