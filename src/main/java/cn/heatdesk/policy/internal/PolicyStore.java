package cn.heatdesk.policy.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.heatdesk.policy.domain.Boundary;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.BoundaryRules;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.DeadlineTerm;
import cn.heatdesk.policy.domain.DeadlineTerms;
import cn.heatdesk.policy.domain.FeeReductionTier;
import cn.heatdesk.policy.domain.FeeReductionTiers;
import cn.heatdesk.policy.domain.FeeSchedule;
import cn.heatdesk.policy.domain.PolicyFamily;
import cn.heatdesk.policy.domain.PolicyReference;
import cn.heatdesk.policy.domain.SeasonDates;
import cn.heatdesk.policy.domain.SeasonOverride;
import cn.heatdesk.policy.domain.UseType;

/**
 * Reads and appends policy versions and season overrides. Rows are never updated or deleted (except a version's end
 * date, when a new document supersedes it).
 * <p>
 * The deadline terms and the season overrides, read for every work order, are kept for
 * {@code heatdesk.policy.reuse-reads-for} (default 10 s; see {@link RecentPolicyReads}): this node sees its own
 * writes at once (a transaction that wrote policy rows always reads the database), other nodes within that time.
 */
@Repository
public class PolicyStore {

    private final JdbcClient jdbc;
    private final AtomicLong generation = new AtomicLong();
    /** Bound to the transaction while it has written policy rows: its reads bypass the kept values. */
    private final Object writtenInTransaction = new Object();
    private final RecentPolicyReads<List<DeadlineTerms>> recentDeadlineTerms;
    private final RecentPolicyReads<List<SeasonOverride>> recentSeasonOverrides;

    @Autowired
    PolicyStore(JdbcClient jdbc, @Value("${heatdesk.policy.reuse-reads-for:PT10S}") Duration reuseReadsFor) {
        this(jdbc, reuseReadsFor, System::nanoTime);
    }

    PolicyStore(JdbcClient jdbc, Duration reuseReadsFor, LongSupplier nanoTime) {
        this.jdbc = jdbc;
        this.recentDeadlineTerms = new RecentPolicyReads<>(reuseReadsFor, generation, nanoTime);
        this.recentSeasonOverrides = new RecentPolicyReads<>(reuseReadsFor, generation, nanoTime);
    }

    /**
     * Marks the caller's transaction as changing policies: from now on its reads go to the database (a decision such
     * as “which version does the new one supersede” must never rest on kept values), and kept values are stale now
     * and again when the transaction ends. Every write calls it first.
     */
    public void changing() {
        generation.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(writtenInTransaction)) {
            TransactionSynchronizationManager.bindResource(writtenInTransaction, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(writtenInTransaction);
                    generation.incrementAndGet();
                }
            });
        }
    }

    private <T> T recent(RecentPolicyReads<T> reads, Supplier<T> load) {
        return TransactionSynchronizationManager.hasResource(writtenInTransaction) ? load.get() : reads.get(load);
    }

    /** A version row with who added it; the family's rules are loaded separately. */
    public record VersionRow(PolicyReference reference, String note, String createdBy, Instant createdAt) {
    }

    public List<VersionRow> versions(PolicyFamily family) {
        return jdbc.sql("""
                SELECT id, family, document, article, note, effective_from, effective_to, created_by, created_at
                FROM policy_version WHERE family = :family ORDER BY effective_from
                """)
                .param("family", family.name())
                .query(PolicyStore::versionRow)
                .list();
    }

    /** The versions with these ids, of any family; ids that name no version are left out. */
    public List<PolicyReference> references(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, family, document, article, note, effective_from, effective_to, created_by, created_at
                FROM policy_version WHERE id IN (:ids)
                """)
                .param("ids", new ArrayList<>(ids))
                .query(PolicyStore::versionRow)
                .list().stream().map(VersionRow::reference).toList();
    }

    public List<FeeSchedule> feeSchedules() {
        Map<Long, Map<UseType, BigDecimal>> rates = new LinkedHashMap<>();
        jdbc.sql("SELECT version_id, use_type, rate_per_m2 FROM fee_rate").query(rs -> {
            rates.computeIfAbsent(rs.getLong("version_id"), id -> new EnumMap<>(UseType.class))
                    .put(UseType.valueOf(rs.getString("use_type")), rs.getBigDecimal("rate_per_m2"));
        });
        List<FeeSchedule> schedules = new ArrayList<>();
        for (VersionRow row : versions(PolicyFamily.CONNECTION_FEE)) {
            schedules.add(new FeeSchedule(row.reference(), rates.getOrDefault(row.reference().versionId(), Map.of())));
        }
        return schedules;
    }

    public List<BoundaryRules> boundaryRules() {
        Map<Long, Map<CustomerKind, Boundary>> boundaries = new LinkedHashMap<>();
        jdbc.sql("SELECT version_id, customer_kind, company_up_to, collective_up_to FROM boundary_rule").query(rs -> {
            CustomerKind kind = CustomerKind.valueOf(rs.getString("customer_kind"));
            String collective = rs.getString("collective_up_to");
            boundaries.computeIfAbsent(rs.getLong("version_id"), id -> new EnumMap<>(CustomerKind.class))
                    .put(kind, new Boundary(kind, BoundaryLocation.valueOf(rs.getString("company_up_to")),
                            collective == null ? null : BoundaryLocation.valueOf(collective)));
        });
        List<BoundaryRules> rules = new ArrayList<>();
        for (VersionRow row : versions(PolicyFamily.PROPERTY_BOUNDARY)) {
            Map<CustomerKind, Boundary> b = boundaries.getOrDefault(row.reference().versionId(), Map.of());
            rules.add(new BoundaryRules(row.reference(), b.get(CustomerKind.RESIDENTIAL), b.get(CustomerKind.INSTITUTIONAL)));
        }
        return rules;
    }

    public List<DeadlineTerms> deadlineTerms() {
        return recent(recentDeadlineTerms, this::loadDeadlineTerms);
    }

    private List<DeadlineTerms> loadDeadlineTerms() {
        Map<Long, Map<DeadlineRule, DeadlineTerm>> terms = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT version_id, rule, length_minutes, non_operating_minutes, counted_from, counted_to FROM deadline_term
                """).query(rs -> {
            DeadlineRule rule = DeadlineRule.valueOf(rs.getString("rule"));
            int nonOperating = rs.getInt("non_operating_minutes");
            boolean noNonOperating = rs.wasNull();
            Time from = rs.getTime("counted_from");
            Time to = rs.getTime("counted_to");
            terms.computeIfAbsent(rs.getLong("version_id"), id -> new EnumMap<>(DeadlineRule.class))
                    .put(rule, new DeadlineTerm(rule, Duration.ofMinutes(rs.getInt("length_minutes")),
                            noNonOperating ? null : Duration.ofMinutes(nonOperating),
                            from == null ? null : from.toLocalTime(), to == null ? null : to.toLocalTime()));
        });
        List<DeadlineTerms> result = new ArrayList<>();
        for (VersionRow row : versions(PolicyFamily.SERVICE_DEADLINES)) {
            result.add(new DeadlineTerms(row.reference(), terms.getOrDefault(row.reference().versionId(), Map.of())));
        }
        return List.copyOf(result);
    }

    public List<FeeReductionTiers> feeReductionTiers() {
        Map<Long, List<FeeReductionTier>> tiers = new LinkedHashMap<>();
        jdbc.sql("SELECT version_id, shortfall_from, reduction_percent FROM fee_reduction_tier").query(rs -> {
            tiers.computeIfAbsent(rs.getLong("version_id"), id -> new ArrayList<>())
                    .add(new FeeReductionTier(rs.getBigDecimal("shortfall_from"), rs.getBigDecimal("reduction_percent")));
        });
        List<FeeReductionTiers> result = new ArrayList<>();
        for (VersionRow row : versions(PolicyFamily.FEE_REDUCTION)) {
            result.add(new FeeReductionTiers(row.reference(), tiers.getOrDefault(row.reference().versionId(), List.of())));
        }
        return result;
    }

    public void insertFeeReductionTier(long versionId, FeeReductionTier tier) {
        changing();
        jdbc.sql("INSERT INTO fee_reduction_tier (version_id, shortfall_from, reduction_percent) VALUES (:v, :f, :p)")
                .param("v", versionId).param("f", tier.shortfallFromCelsius()).param("p", tier.percent()).update();
    }

    public List<SeasonOverride> seasonOverrides() {
        return recent(recentSeasonOverrides, this::loadSeasonOverrides);
    }

    private List<SeasonOverride> loadSeasonOverrides() {
        return jdbc.sql("""
                SELECT id, season_start_year, commissioning_start, heating_start, heating_end, document, reason,
                       entered_by, entered_at
                FROM season_override ORDER BY entered_at, id
                """)
                .query((rs, n) -> new SeasonOverride(rs.getLong("id"),
                        new SeasonDates(rs.getInt("season_start_year"), localDate(rs, "commissioning_start"),
                                localDate(rs, "heating_start"), localDate(rs, "heating_end")),
                        rs.getString("document"), rs.getString("reason"), rs.getString("entered_by"),
                        rs.getTimestamp("entered_at").toInstant()))
                .list().stream().toList();
    }

    /** Serialises additions to one family: held until the caller's transaction ends. */
    public void lockFamily(PolicyFamily family) {
        changing();
        jdbc.sql("SELECT family FROM policy_family WHERE family = :family FOR UPDATE")
                .param("family", family.name())
                .query(String.class)
                .single();
    }

    public long insertVersion(PolicyFamily family, String document, String article, String note, LocalDate from,
                              LocalDate to, String createdBy, Instant createdAt) {
        changing();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO policy_version (family, document, article, note, effective_from, effective_to, created_by, created_at)
                VALUES (:family, :document, :article, :note, :from, :to, :by, :at)
                """)
                .param("family", family.name())
                .param("document", document)
                .param("article", article)
                .param("note", note)
                .param("from", Date.valueOf(from))
                .param("to", to == null ? null : Date.valueOf(to))
                .param("by", createdBy)
                .param("at", Timestamp.from(createdAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Ends an open-ended version when a new document supersedes it; the only change a version allows. */
    public void endVersion(long versionId, LocalDate effectiveTo) {
        changing();
        int changed = jdbc.sql("UPDATE policy_version SET effective_to = :to WHERE id = :id AND effective_to IS NULL")
                .param("to", Date.valueOf(effectiveTo))
                .param("id", versionId)
                .update();
        if (changed != 1) {
            throw new IllegalStateException("policy version " + versionId + " is not open-ended");
        }
    }

    public void insertFeeRate(long versionId, UseType type, BigDecimal rate) {
        changing();
        jdbc.sql("INSERT INTO fee_rate (version_id, use_type, rate_per_m2) VALUES (:v, :t, :r)")
                .param("v", versionId).param("t", type.name()).param("r", rate).update();
    }

    public void insertBoundary(long versionId, Boundary boundary) {
        changing();
        jdbc.sql("""
                INSERT INTO boundary_rule (version_id, customer_kind, company_up_to, collective_up_to)
                VALUES (:v, :k, :company, :collective)
                """)
                .param("v", versionId)
                .param("k", boundary.kind().name())
                .param("company", boundary.companyUpTo().name())
                .param("collective", boundary.collectiveUpTo() == null ? null : boundary.collectiveUpTo().name())
                .update();
    }

    public void insertDeadlineTerm(long versionId, DeadlineTerm term) {
        changing();
        jdbc.sql("""
                INSERT INTO deadline_term (version_id, rule, length_minutes, non_operating_minutes, counted_from, counted_to)
                VALUES (:v, :rule, :len, :nonop, :from, :to)
                """)
                .param("v", versionId)
                .param("rule", term.rule().name())
                .param("len", (int) term.length().toMinutes())
                .param("nonop", term.nonOperatingLength() == null ? null : (int) term.nonOperatingLength().toMinutes())
                .param("from", time(term.countedFrom()))
                .param("to", time(term.countedTo()))
                .update();
    }

    public long insertSeasonOverride(SeasonDates dates, String document, String reason, String enteredBy,
                                     Instant enteredAt) {
        changing();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO season_override (season_start_year, commissioning_start, heating_start, heating_end,
                                             document, reason, entered_by, entered_at)
                VALUES (:year, :cs, :hs, :he, :document, :reason, :by, :at)
                """)
                .param("year", dates.startYear())
                .param("cs", Date.valueOf(dates.commissioningStart()))
                .param("hs", Date.valueOf(dates.heatingStart()))
                .param("he", Date.valueOf(dates.heatingEnd()))
                .param("document", document)
                .param("reason", reason)
                .param("by", enteredBy)
                .param("at", Timestamp.from(enteredAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    private static Time time(LocalTime t) {
        return t == null ? null : Time.valueOf(t);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static VersionRow versionRow(ResultSet rs, int n) throws SQLException {
        PolicyReference ref = new PolicyReference(rs.getLong("id"), PolicyFamily.valueOf(rs.getString("family")),
                rs.getString("document"), rs.getString("article"), localDate(rs, "effective_from"),
                localDate(rs, "effective_to"));
        return new VersionRow(ref, rs.getString("note"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
