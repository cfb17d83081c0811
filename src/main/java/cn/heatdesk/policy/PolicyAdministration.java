package cn.heatdesk.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.audit.AuditEntry;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.InvalidInputException;
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
import cn.heatdesk.policy.domain.PolicyVersions;
import cn.heatdesk.policy.domain.SeasonCalendar;
import cn.heatdesk.policy.domain.SeasonDates;
import cn.heatdesk.policy.domain.SeasonOverride;
import cn.heatdesk.policy.domain.UseType;
import cn.heatdesk.policy.domain.Versioned;
import cn.heatdesk.policy.internal.PolicyStore;

/**
 * Administrators add policy versions and season overrides without a code change (R-FEE-4,
 * R-BOUND-4, R-SEASON-3). Versions are append-only; a version whose dates overlap another of its
 * family is refused, so {@code effectiveOn} is never ambiguous. Every addition is audited in the same
 * transaction (R-SYS-3).
 */
@Service
public class PolicyAdministration {

    private static final String ENTITY_VERSION = "POLICY_VERSION";
    private static final String ENTITY_OVERRIDE = "SEASON_OVERRIDE";

    private final PolicyStore store;
    private final AuditTrail audit;
    private final Clock clock;

    PolicyAdministration(PolicyStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PolicyVersionView> versions(PolicyFamily family) {
        return switch (family) {
            case CONNECTION_FEE -> views(family, store.feeSchedules(), PolicyAdministration::feeRules);
            case PROPERTY_BOUNDARY -> views(family, store.boundaryRules(), PolicyAdministration::boundaryRules);
            case SERVICE_DEADLINES -> views(family, store.deadlineTerms(), PolicyAdministration::deadlineRules);
            case FEE_REDUCTION -> views(family, store.feeReductionTiers(), PolicyAdministration::reductionRules);
        };
    }

    @Transactional(readOnly = true)
    public List<SeasonOverride> seasonOverrides() {
        return store.seasonOverrides();
    }

    @Transactional
    public PolicyVersionView addFeeVersion(NewFeeVersion v, String actor) {
        PolicyReference candidate = reference(PolicyFamily.CONNECTION_FEE, v.document(), v.article(), v.effectiveFrom(),
                v.effectiveTo());
        Map<UseType, BigDecimal> rates = new EnumMap<>(UseType.class);
        rates.put(UseType.RESIDENTIAL, rate(v.residentialRate(), "residentialRate"));
        rates.put(UseType.NON_RESIDENTIAL, rate(v.nonResidentialRate(), "nonResidentialRate"));
        FeeSchedule schedule = new FeeSchedule(candidate, rates);
        store.lockFamily(PolicyFamily.CONNECTION_FEE);
        supersedeOpenEnded(store.feeSchedules(), candidate, actor);
        refuseOverlap(store.feeSchedules(), candidate);
        long id = insert(candidate, v.note(), actor);
        rates.forEach((type, rate) -> store.insertFeeRate(id, type, rate));
        return recorded(PolicyFamily.CONNECTION_FEE, id, actor, feeRules(schedule));
    }

    /** R-TEMP-6: the city's fee reduction method as tiers; a new document supersedes an open-ended version. */
    @Transactional
    public PolicyVersionView addFeeReductionVersion(NewFeeReductionVersion v, String actor) {
        PolicyReference candidate = reference(PolicyFamily.FEE_REDUCTION, v.document(), v.article(), v.effectiveFrom(),
                v.effectiveTo());
        if (v.tiers() == null || v.tiers().isEmpty()) {
            throw new InvalidInputException("MISSING_FIELD", "tiers", "至少要有一个减免档次");
        }
        List<FeeReductionTier> tiers = new java.util.ArrayList<>();
        for (int i = 0; i < v.tiers().size(); i++) {
            NewFeeReductionVersion.Tier t = v.tiers().get(i);
            String field = "tiers[" + i + "]";
            if (t == null || t.shortfallFromCelsius() == null || t.percent() == null) {
                throw new InvalidInputException("MISSING_FIELD", field, "第 " + (i + 1) + " 档须填写温差下限和减免比例");
            }
            if (t.shortfallFromCelsius().scale() > 1 || t.shortfallFromCelsius().compareTo(BigDecimal.TEN.multiply(BigDecimal.TEN)) >= 0) {
                throw new InvalidInputException("INVALID_TIER", field, "第 " + (i + 1) + " 档的温差下限最多一位小数");
            }
            if (t.percent().stripTrailingZeros().scale() > 2) {
                throw new InvalidInputException("INVALID_TIER", field, "第 " + (i + 1) + " 档的减免比例最多两位小数");
            }
            try {
                tiers.add(new FeeReductionTier(t.shortfallFromCelsius(), t.percent()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("INVALID_TIER", field, "第 " + (i + 1) + " 档：" + e.getMessage());
            }
        }
        FeeReductionTiers rules;
        try {
            rules = new FeeReductionTiers(candidate, tiers);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("INVALID_TIER", "tiers", e.getMessage());
        }
        store.lockFamily(PolicyFamily.FEE_REDUCTION);
        supersedeOpenEnded(store.feeReductionTiers(), candidate, actor);
        refuseOverlap(store.feeReductionTiers(), candidate);
        long id = insert(candidate, v.note(), actor);
        rules.tiers().forEach(tier -> store.insertFeeReductionTier(id, tier));
        return recorded(PolicyFamily.FEE_REDUCTION, id, actor, reductionRules(rules));
    }

    @Transactional
    public PolicyVersionView addBoundaryVersion(NewBoundaryVersion v, String actor) {
        PolicyReference candidate = reference(PolicyFamily.PROPERTY_BOUNDARY, v.document(), v.article(),
                v.effectiveFrom(), v.effectiveTo());
        Boundary residential = boundary(CustomerKind.RESIDENTIAL, v.residentialCompanyUpTo(), "residentialCompanyUpTo",
                v.residentialCollectiveUpTo(), "residentialCollectiveUpTo");
        Boundary institutional = boundary(CustomerKind.INSTITUTIONAL, v.institutionalCompanyUpTo(),
                "institutionalCompanyUpTo", null, null);
        BoundaryRules rules = new BoundaryRules(candidate, residential, institutional);
        store.lockFamily(PolicyFamily.PROPERTY_BOUNDARY);
        supersedeOpenEnded(store.boundaryRules(), candidate, actor);
        refuseOverlap(store.boundaryRules(), candidate);
        long id = insert(candidate, v.note(), actor);
        store.insertBoundary(id, residential);
        store.insertBoundary(id, institutional);
        return recorded(PolicyFamily.PROPERTY_BOUNDARY, id, actor, boundaryRules(rules));
    }

    @Transactional
    public PolicyVersionView addDeadlineVersion(NewDeadlineVersion v, String actor) {
        PolicyReference candidate = reference(PolicyFamily.SERVICE_DEADLINES, v.document(), v.article(),
                v.effectiveFrom(), v.effectiveTo());
        Map<DeadlineRule, DeadlineTerm> terms = new EnumMap<>(DeadlineRule.class);
        terms.put(DeadlineRule.ON_SITE, DeadlineTerm.plain(DeadlineRule.ON_SITE, minutes(v.onSiteMinutes(), "onSiteMinutes")));
        terms.put(DeadlineRule.EMERGENCY_REPORT, DeadlineTerm.plain(DeadlineRule.EMERGENCY_REPORT,
                minutes(v.emergencyReportMinutes(), "emergencyReportMinutes")));
        terms.put(DeadlineRule.GENERAL_REPORT, DeadlineTerm.plain(DeadlineRule.GENERAL_REPORT,
                minutes(v.generalReportMinutes(), "generalReportMinutes")));
        terms.put(DeadlineRule.TEMPERATURE_TEST, DeadlineTerm.plain(DeadlineRule.TEMPERATURE_TEST,
                minutes(v.temperatureTestMinutes(), "temperatureTestMinutes")));
        if ((v.callbackCountedFrom() == null) != (v.callbackCountedTo() == null)
                || (v.callbackCountedFrom() != null && !v.callbackCountedFrom().isBefore(v.callbackCountedTo()))) {
            throw new InvalidInputException("INVALID_WINDOW", "callbackCountedTo", "回访计时时段需同时填写开始和结束，且开始早于结束");
        }
        terms.put(DeadlineRule.PAID_SERVICE_CALLBACK, new DeadlineTerm(DeadlineRule.PAID_SERVICE_CALLBACK,
                minutes(v.paidServiceCallbackMinutes(), "paidServiceCallbackMinutes"), null, v.callbackCountedFrom(),
                v.callbackCountedTo()));
        terms.put(DeadlineRule.RESCHEDULE_NOTICE, new DeadlineTerm(DeadlineRule.RESCHEDULE_NOTICE,
                minutes(v.rescheduleNoticeOperatingMinutes(), "rescheduleNoticeOperatingMinutes"),
                minutes(v.rescheduleNoticeNonOperatingMinutes(), "rescheduleNoticeNonOperatingMinutes"), null, null));
        DeadlineTerms deadlineTerms = new DeadlineTerms(candidate, terms);
        store.lockFamily(PolicyFamily.SERVICE_DEADLINES);
        supersedeOpenEnded(store.deadlineTerms(), candidate, actor);
        refuseOverlap(store.deadlineTerms(), candidate);
        long id = insert(candidate, v.note(), actor);
        terms.values().forEach(term -> store.insertDeadlineTerm(id, term));
        return recorded(PolicyFamily.SERVICE_DEADLINES, id, actor, deadlineRules(deadlineTerms));
    }

    /** R-SEASON-3: the newest override of a season wins; earlier ones remain as history. */
    @Transactional
    public SeasonOverride addSeasonOverride(NewSeasonOverride o, String actor) {
        PolicyEngine.require(o.seasonStartYear(), "seasonStartYear");
        PolicyEngine.require(o.commissioningStart(), "commissioningStart");
        PolicyEngine.require(o.heatingStart(), "heatingStart");
        PolicyEngine.require(o.heatingEnd(), "heatingEnd");
        requireText(o.document(), "document", "请填写市政府紧急调度的文件或通知");
        int year = o.seasonStartYear();
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("INVALID_SEASON", "seasonStartYear", "供暖季起始年份不合理");
        }
        if (o.commissioningStart().isAfter(o.heatingStart())) {
            throw new InvalidInputException("INVALID_DATES", "commissioningStart", "调试开始日期不能晚于供热开始日期");
        }
        if (o.heatingEnd().isBefore(o.heatingStart())) {
            throw new InvalidInputException("INVALID_DATES", "heatingEnd", "供热结束日期不能早于供热开始日期");
        }
        if (o.commissioningStart().getYear() < year || o.heatingStart().getYear() > year + 1
                || o.heatingEnd().getYear() > year + 1 || o.heatingStart().isBefore(LocalDate.of(year, 7, 1))
                || o.heatingEnd().isAfter(LocalDate.of(year + 1, 6, 30))) {
            throw new InvalidInputException("INVALID_DATES", "heatingStart",
                    "日期必须落在 " + SeasonDates.nameOf(year) + " 供暖季内（" + year + "-07-01 至 " + (year + 1) + "-06-30)");
        }
        SeasonDates dates = new SeasonDates(year, o.commissioningStart(), o.heatingStart(), o.heatingEnd());
        store.changing();
        SeasonDates before = new SeasonCalendar(clock.getZone(), store.seasonOverrides()).season(year);
        Instant now = Instant.now(clock);
        String reason = o.reason() == null || o.reason().isBlank() ? null : o.reason().trim();
        long id = store.insertSeasonOverride(dates, o.document().trim(), reason, actor, now);
        audit.record(new AuditEntry(actor, "SEASON_OVERRIDE_ADDED", ENTITY_OVERRIDE, String.valueOf(id),
                SeasonDates.nameOf(year) + " 供暖季日期按紧急调度调整：" + o.document().trim(), before, dates));
        return new SeasonOverride(id, dates, o.document().trim(), reason, actor, now);
    }

    private PolicyReference reference(PolicyFamily family, String document, String article, LocalDate from, LocalDate to) {
        requireText(document, "document", "请填写文件依据（文号）");
        PolicyEngine.require(from, "effectiveFrom");
        if (to != null && to.isBefore(from)) {
            throw new InvalidInputException("INVALID_DATES", "effectiveTo", "失效日期不能早于生效日期");
        }
        return new PolicyReference(0, family, document.trim(), article == null || article.isBlank() ? null : article.trim(),
                from, to);
    }

    /**
     * A new document replaces the open-ended version in force before it: that version is ended the day
     * before the new one starts, and the change is audited. Any other overlap is refused below.
     */
    private <T extends Versioned> void supersedeOpenEnded(List<T> existing, PolicyReference candidate, String actor) {
        existing.stream()
                .map(Versioned::reference)
                .filter(r -> r.effectiveTo() == null && r.effectiveFrom().isBefore(candidate.effectiveFrom()))
                .findFirst()
                .ifPresent(open -> {
                    LocalDate end = candidate.effectiveFrom().minusDays(1);
                    store.endVersion(open.versionId(), end);
                    audit.record(new AuditEntry(actor, "POLICY_VERSION_SUPERSEDED", ENTITY_VERSION,
                            String.valueOf(open.versionId()),
                            open.document() + " 被新版本 " + candidate.document() + " 取代，有效期截至 " + end,
                            Map.of("effectiveTo", "open"), Map.of("effectiveTo", end.toString())));
                });
    }

    private static <T extends Versioned> void refuseOverlap(List<T> existing, PolicyReference candidate) {
        new PolicyVersions<>(candidate.family(), existing).overlapping(candidate).ifPresent(other -> {
            throw new ConflictException("POLICY_VERSION_OVERLAP",
                    "新版本的有效期与已有版本 " + other.describe() + " 重叠；同一类政策的有效期不能重叠");
        });
    }

    private long insert(PolicyReference ref, String note, String actor) {
        return store.insertVersion(ref.family(), ref.document(), ref.article(),
                note == null || note.isBlank() ? null : note.trim(), ref.effectiveFrom(), ref.effectiveTo(), actor,
                Instant.now(clock));
    }

    private PolicyVersionView recorded(PolicyFamily family, long id, String actor, Map<String, Object> rules) {
        PolicyVersionView view = versions(family).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
        audit.record(new AuditEntry(actor, "POLICY_VERSION_ADDED", ENTITY_VERSION, String.valueOf(id),
                "新增" + family.label() + "政策版本：" + view.document() + "（" + view.effectiveFrom() + " 至 "
                        + (view.effectiveTo() == null ? "长期" : view.effectiveTo()) + "）",
                null, view));
        return view;
    }

    private <T extends Versioned> List<PolicyVersionView> views(PolicyFamily family, List<T> versions,
                                                                 Function<T, Map<String, Object>> rules) {
        Map<Long, PolicyStore.VersionRow> rows = new LinkedHashMap<>();
        store.versions(family).forEach(row -> rows.put(row.reference().versionId(), row));
        return versions.stream().map(v -> {
            PolicyReference r = v.reference();
            PolicyStore.VersionRow row = rows.get(r.versionId());
            return new PolicyVersionView(r.versionId(), family, r.document(), r.article(), row.note(),
                    r.effectiveFrom(), r.effectiveTo(), row.createdBy(), row.createdAt(), rules.apply(v));
        }).toList();
    }

    static Map<String, Object> feeRules(FeeSchedule s) {
        Map<String, Object> rules = new LinkedHashMap<>();
        s.ratePerM2().forEach((type, rate) -> rules.put(type.name(), rate));
        return rules;
    }

    static Map<String, Object> boundaryRules(BoundaryRules r) {
        Map<String, Object> rules = new LinkedHashMap<>();
        for (CustomerKind kind : CustomerKind.values()) {
            Boundary b = r.boundaryOf(kind);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("companyUpTo", b.companyUpTo());
            entry.put("collectiveUpTo", b.collectiveUpTo());
            rules.put(kind.name(), entry);
        }
        return rules;
    }

    static Map<String, Object> reductionRules(FeeReductionTiers t) {
        Map<String, Object> rules = new LinkedHashMap<>();
        List<Map<String, Object>> tiers = t.tiers().stream().map(tier -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("shortfallFromCelsius", tier.shortfallFromCelsius());
            entry.put("percent", tier.percent());
            return entry;
        }).toList();
        rules.put("tiers", tiers);
        return rules;
    }

    static Map<String, Object> deadlineRules(DeadlineTerms t) {
        Map<String, Object> rules = new LinkedHashMap<>();
        t.terms().forEach((rule, term) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("minutes", term.length().toMinutes());
            if (term.nonOperatingLength() != null) {
                entry.put("nonOperatingMinutes", term.nonOperatingLength().toMinutes());
            }
            if (term.daytimeOnly()) {
                entry.put("countedFrom", term.countedFrom().toString());
                entry.put("countedTo", term.countedTo().toString());
            }
            rules.put(rule.name(), entry);
        });
        return rules;
    }

    private static BigDecimal rate(BigDecimal value, String field) {
        PolicyEngine.require(value, field);
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(new BigDecimal("100000")) > 0) {
            throw new InvalidInputException("INVALID_RATE", field, "收费标准必须是 0 至 100000 之间、最多两位小数的金额（元/平方米）");
        }
        return value.setScale(2);
    }

    private static Duration minutes(Integer value, String field) {
        PolicyEngine.require(value, field);
        if (value <= 0 || value > 60 * 24 * 30) {
            throw new InvalidInputException("INVALID_DURATION", field, "时限必须是 1 至 43200 分钟");
        }
        return Duration.ofMinutes(value);
    }

    private static Boundary boundary(CustomerKind kind, BoundaryLocation companyUpTo,
                                     String companyField, BoundaryLocation collectiveUpTo,
                                     String collectiveField) {
        PolicyEngine.require(companyUpTo, companyField);
        if (!kind.onPath(companyUpTo)) {
            throw new InvalidInputException("LOCATION_NOT_ON_PATH", companyField,
                    companyUpTo.label() + "不在" + kind.label() + "的供热路径上");
        }
        if (collectiveUpTo != null && (!kind.onPath(collectiveUpTo)
                || kind.path().indexOf(collectiveUpTo) <= kind.path().indexOf(companyUpTo))) {
            throw new InvalidInputException("LOCATION_NOT_ON_PATH", collectiveField,
                    "业主共有部分的分界点必须在" + kind.label() + "路径上、且在供热公司分界点之后");
        }
        return new Boundary(kind, companyUpTo, collectiveUpTo);
    }

    private static void requireText(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("MISSING_FIELD", field, message);
        }
        if (value.length() > 200) {
            throw new InvalidInputException("TOO_LONG", field, "内容过长（最多 200 字）");
        }
    }
}
