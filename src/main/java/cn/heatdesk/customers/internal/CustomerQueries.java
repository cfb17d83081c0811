package cn.heatdesk.customers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.heatdesk.customers.CustomerFile;
import cn.heatdesk.customers.CustomerLabel;
import cn.heatdesk.customers.CustomerScope;
import cn.heatdesk.customers.CustomerSummary;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.customers.Masking;
import cn.heatdesk.customers.PersonalField;
import cn.heatdesk.customers.RevealRecord;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.SeasonDates;

/**
 * SQL for customer files. Every query that returns customers takes a {@link CustomerScope} and filters
 * by it in the database, so a customer outside the caller's branch or area is never even loaded.
 */
@Repository
public class CustomerQueries {

    private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final Pattern PHONE = Pattern.compile("\\d{7,12}");
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9-]{3,30}");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    /** pg_trgm needs three characters to look a fragment up in its index. */
    private static final int TRIGRAM = 3;
    /** Never an id: collections in IN (...) must not be empty. */
    private static final List<Long> NONE = List.of(-1L);

    private static final String SUMMARY_COLUMNS = """
            c.id, c.kind, c.account_number, c.owner_name, c.phone, c.address, a.name AS area_name,
            a.butler_number, s.status
            """;
    private static final String LABEL_COLUMNS = "id, area_id, account_number, owner_name, institution_name, address";
    private static final String SUMMARY_FROM = """
            FROM customer c
            JOIN area a ON a.id = c.area_id
            LEFT JOIN customer_season_status s ON s.customer_id = c.id AND s.season_start_year = :season
            """;
    private static final String SCOPE = """
            (:companyWide = TRUE OR c.area_id IN (:areas) OR a.branch_id IN (:branches))
            """;

    private final JdbcClient jdbc;

    CustomerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One box for everything (issue 3): an account number (exact or prefix), a full phone number, the last
     * four digits of a phone, an owner's name (prefix) or any address fragment ("12号楼2单元").
     *
     * <p>Each kind of input gets a query that an index can answer at 1,000,000 customers (benchmark in
     * docs/benchmarks.md): text with a digit is an address fragment (names have none), answered by the
     * trigram index and ordered by the {@code (address, id)} index; a fragment of one or two characters is
     * too short for trigrams, so it matches owner names by prefix and community names instead of every
     * address (华润 → the households of 华润中央公园).
     */
    public List<CustomerSummary> search(String text, CustomerScope scope, int season, int limit) {
        JdbcClient.StatementSpec query = searchQuery(text, scope, season, Math.min(Math.max(limit, 1), 100));
        return query == null ? List.of() : query.query(CustomerQueries::summary).list();
    }

    /**
     * The same search for an export: every match up to {@code limit}, handed over one row at a time and
     * fetched in batches, so a list of 100,000 households never sits in memory whole. Call it inside a
     * transaction (PostgreSQL only uses a cursor with auto-commit off).
     */
    public void eachMatch(String text, CustomerScope scope, int season, int limit, Consumer<CustomerSummary> each) {
        JdbcClient.StatementSpec query = searchQuery(text, scope, season, Math.max(limit, 1));
        if (query != null) {
            query.withFetchSize(500).query((RowCallbackHandler) rs -> each.accept(summary(rs, 0)));
        }
    }

    private JdbcClient.StatementSpec searchQuery(String text, CustomerScope scope, int season, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty() || scope.seesNothing()) {
            return null;
        }
        String compact = q.replaceAll("\\s+", "");
        String where;
        boolean exactFirst = true;
        List<Long> units = List.of();
        if (LAST_FOUR.matcher(compact).matches()) {
            where = "c.phone_last4 = :q OR c.account_number LIKE :prefix";
        } else if (MOBILE.matcher(compact).matches() || PHONE.matcher(compact).matches()) {
            where = "c.phone = :q OR c.phone2 = :q OR c.account_number LIKE :prefix";
        } else if (ACCOUNT.matcher(compact).matches()) {
            where = "c.account_number LIKE :prefix OR c.address LIKE :fragment";
        } else if (HAS_DIGIT.matcher(compact).find()) {
            where = "c.address LIKE :fragment";
            exactFirst = false;
        } else if (compact.codePointCount(0, compact.length()) >= TRIGRAM) {
            where = "c.owner_name LIKE :prefix OR c.address LIKE :fragment";
        } else {
            // The units are looked up first (a few hundred rows at most), so that the database can answer
            // both sides of the OR from an index instead of testing a subquery on every customer.
            units = jdbc.sql("""
                    SELECT u.id FROM unit u JOIN building bl ON bl.id = u.building_id
                    JOIN community co ON co.id = bl.community_id WHERE co.name LIKE :fragment
                    """).param("fragment", "%" + escapeLike(compact) + "%").query(Long.class).list();
            where = units.isEmpty() ? "c.owner_name LIKE :prefix" : "c.owner_name LIKE :prefix OR c.unit_id IN (:units)";
        }
        String sql = "SELECT " + SUMMARY_COLUMNS + SUMMARY_FROM + " WHERE (" + where + ") AND " + SCOPE + " ORDER BY "
                + (exactFirst ? "CASE WHEN c.account_number = :q OR c.phone = :q OR c.owner_name = :q THEN 0 ELSE 1 END, "
                        : "")
                + "c.address, c.id FETCH FIRST :limit ROWS ONLY";
        Map<String, Object> params = new HashMap<>();
        params.put("q", compact);
        params.put("prefix", escapeLike(compact) + "%");
        params.put("fragment", "%" + escapeLike(compact) + "%");
        if (!units.isEmpty()) {
            params.put("units", units);
        }
        return scoped(jdbc.sql(sql).params(params), scope)
                .param("season", season)
                .param("limit", limit);
    }

    /** The raw row of a customer the scope covers; empty when absent or out of scope (callers answer 404). */
    public Optional<Map<String, Object>> row(long id, CustomerScope scope) {
        return scoped(jdbc.sql("""
                SELECT c.*, a.name AS area_name, a.butler_number, a.butler_name, a.branch_id, b.name AS branch_name,
                       u.name AS unit_name, bl.id AS building_id, bl.name AS building_name, bl.use_type,
                       bl.built_year, bl.envelope_compliant, bl.article22_conditions_met, bl.opening_date,
                       co.id AS community_id, co.name AS community_name
                FROM customer c
                JOIN area a ON a.id = c.area_id
                JOIN branch b ON b.id = a.branch_id
                LEFT JOIN unit u ON u.id = c.unit_id
                LEFT JOIN building bl ON bl.id = u.building_id
                LEFT JOIN community co ON co.id = bl.community_id
                WHERE c.id = :id AND
                """ + SCOPE), scope)
                .param("id", id)
                .query()
                .listOfRows()
                .stream()
                .findFirst();
    }

    /** Like {@link #row} but locks the customer row until the transaction ends (serialises changes). */
    public Optional<Map<String, Object>> lockRow(long id, CustomerScope scope) {
        Optional<Map<String, Object>> row = row(id, scope);
        row.ifPresent(r -> jdbc.sql("SELECT id FROM customer WHERE id = :id FOR UPDATE").param("id", id)
                .query(Long.class).single());
        return row;
    }

    public List<CustomerFile.SeasonStatus> statuses(long customerId) {
        return jdbc.sql("""
                SELECT season_start_year, status FROM customer_season_status
                WHERE customer_id = :id ORDER BY season_start_year DESC
                """)
                .param("id", customerId)
                .query((rs, n) -> new CustomerFile.SeasonStatus(rs.getInt(1), SeasonDates.nameOf(rs.getInt(1)),
                        HeatingStatus.valueOf(rs.getString(2))))
                .list();
    }

    public Optional<HeatingStatus> status(long customerId, int season) {
        return jdbc.sql("SELECT status FROM customer_season_status WHERE customer_id = :id AND season_start_year = :s")
                .param("id", customerId).param("s", season)
                .query(String.class).optional().map(HeatingStatus::valueOf);
    }

    public List<CustomerFile.StatusChange> statusHistory(long customerId) {
        return jdbc.sql("""
                SELECT season_start_year, old_status, new_status, reason, changed_by, changed_at
                FROM customer_status_change WHERE customer_id = :id ORDER BY changed_at DESC, id DESC
                """)
                .param("id", customerId)
                .query((rs, n) -> new CustomerFile.StatusChange(SeasonDates.nameOf(rs.getInt(1)),
                        rs.getString(2) == null ? null : HeatingStatus.valueOf(rs.getString(2)),
                        HeatingStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    public List<CustomerFile.TimelineEntry> timeline(long customerId, int limit) {
        return jdbc.sql("""
                SELECT occurred_at, kind, summary, actor, reference FROM customer_timeline
                WHERE customer_id = :id ORDER BY occurred_at DESC, id DESC FETCH FIRST :limit ROWS ONLY
                """)
                .param("id", customerId)
                .param("limit", limit)
                .query((rs, n) -> new CustomerFile.TimelineEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Sets the season's current status (the change itself is kept by {@link #insertStatusChange}). */
    public void putStatus(long customerId, int season, HeatingStatus status) {
        int updated = jdbc.sql("""
                UPDATE customer_season_status SET status = :status WHERE customer_id = :id AND season_start_year = :s
                """)
                .param("status", status.name()).param("id", customerId).param("s", season)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO customer_season_status (customer_id, season_start_year, status) VALUES (:id, :s, :status)")
                    .param("status", status.name()).param("id", customerId).param("s", season)
                    .update();
        }
    }

    public void insertStatusChange(long customerId, int season, HeatingStatus from, HeatingStatus to, String reason,
                                   String by, Instant at) {
        jdbc.sql("""
                INSERT INTO customer_status_change (customer_id, season_start_year, old_status, new_status, reason,
                                                    changed_by, changed_at)
                VALUES (:id, :s, :from, :to, :reason, :by, :at)
                """)
                .param("id", customerId).param("s", season)
                .param("from", from == null ? null : from.name()).param("to", to.name())
                .param("reason", reason).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    /** Marks the customer file changed. */
    public boolean touch(long customerId, Instant at) {
        return jdbc.sql("UPDATE customer SET version = version + 1, updated_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", customerId).update() == 1;
    }

    public void insertTimeline(long customerId, Instant at, String kind, String summary, String actor, String reference) {
        jdbc.sql("""
                INSERT INTO customer_timeline (customer_id, occurred_at, kind, summary, actor, reference)
                VALUES (:id, :at, :kind, :summary, :actor, :ref)
                """)
                .param("id", customerId).param("at", Timestamp.from(at)).param("kind", kind)
                .param("summary", summary).param("actor", actor).param("ref", reference)
                .update();
    }

    public String personalField(long customerId, PersonalField field) {
        String column = switch (field) {
            case PHONE -> "phone";
            case PHONE2 -> "phone2";
            case ID_NUMBER -> "id_number";
        };
        return jdbc.sql("SELECT " + column + " FROM customer WHERE id = :id")
                .param("id", customerId).query(String.class).optional().orElse(null);
    }

    public void insertReveal(long customerId, PersonalField field, String by, String purpose, Instant at) {
        jdbc.sql("""
                INSERT INTO personal_data_reveal (revealed_at, revealed_by, customer_id, field, purpose)
                VALUES (:at, :by, :id, :field, :purpose)
                """)
                .param("at", Timestamp.from(at)).param("by", by).param("id", customerId)
                .param("field", field.name()).param("purpose", purpose)
                .update();
    }

    public List<RevealRecord> reveals(int offset, int limit) {
        return jdbc.sql("""
                SELECT r.id, r.revealed_at, r.revealed_by, r.customer_id, c.account_number, r.field, r.purpose
                FROM personal_data_reveal r JOIN customer c ON c.id = r.customer_id
                ORDER BY r.revealed_at DESC, r.id DESC OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY
                """)
                .param("offset", Math.max(0, offset)).param("limit", Math.min(Math.max(1, limit), 500))
                .query((rs, n) -> new RevealRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getLong(4), rs.getString(5), PersonalField.valueOf(rs.getString(6)), rs.getString(7)))
                .list();
    }

    /** The labels of these customers; ids that name no customer are left out. */
    public List<CustomerLabel> labels(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + LABEL_COLUMNS + " FROM customer WHERE id IN (:ids)")
                .param("ids", new ArrayList<>(ids)).query(CustomerQueries::label).list();
    }

    /** The first {@code limit} customers of these areas, by id. */
    public List<CustomerLabel> labelsInAreas(Collection<Long> areaIds, int limit) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + LABEL_COLUMNS
                        + " FROM customer WHERE area_id IN (:areas) ORDER BY id FETCH FIRST :limit ROWS ONLY")
                .param("areas", new ArrayList<>(areaIds)).param("limit", limit).query(CustomerQueries::label).list();
    }

    /** Areas whose butler is {@code username}, and the branch a dispatcher works for. */
    public List<Long> butlerAreas(String username) {
        return jdbc.sql("SELECT id FROM area WHERE butler_username = :u").param("u", username).query(Long.class).list();
    }

    public List<Long> dispatcherBranches(String username) {
        return jdbc.sql("SELECT branch_id FROM staff_scope WHERE username = :u").param("u", username)
                .query(Long.class).list();
    }

    static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, CustomerScope scope) {
        return spec.param("companyWide", scope.companyWide())
                .param("areas", scope.areaIds().isEmpty() ? NONE : new ArrayList<>(scope.areaIds()))
                .param("branches", scope.branchIds().isEmpty() ? NONE : new ArrayList<>(scope.branchIds()));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static CustomerLabel label(ResultSet rs, int n) throws SQLException {
        String institution = rs.getString("institution_name");
        return new CustomerLabel(rs.getLong("id"), rs.getLong("area_id"), rs.getString("account_number"),
                institution != null ? institution : rs.getString("owner_name"), rs.getString("address"));
    }

    private static CustomerSummary summary(ResultSet rs, int n) throws SQLException {
        String status = rs.getString("status");
        return new CustomerSummary(rs.getLong("id"), CustomerKind.valueOf(rs.getString("kind")),
                rs.getString("account_number"), rs.getString("owner_name"), Masking.phone(rs.getString("phone")),
                rs.getString("address"), rs.getString("area_name"), rs.getString("butler_number"),
                status == null ? null : HeatingStatus.valueOf(status));
    }
}
