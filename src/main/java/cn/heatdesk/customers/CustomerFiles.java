package cn.heatdesk.customers;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.audit.AuditEntry;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.internal.CustomerQueries;
import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.NoPolicyInForceException;
import cn.heatdesk.policy.domain.Responsibility;
import cn.heatdesk.policy.domain.SeasonDates;
import cn.heatdesk.policy.domain.UseType;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/**
 * Customer files as staff use them all day: search, the file itself, personal data revealed on
 * request and logged, heating status changes kept as history. Every call made for a viewer is checked against
 * that viewer's scope (R-SYS-2): a customer outside it is "not found", exactly like one that does not exist.
 * Labels and the timeline serve other modules' own records and are not scoped.
 */
@Service
public class CustomerFiles {

    private static final int TIMELINE_LENGTH = 200;

    private final CustomerQueries queries;
    private final PolicyEngine policy;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerFiles(CustomerQueries queries, PolicyEngine policy, AuditTrail audit, Clock clock) {
        this.queries = queries;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** R-SYS-2: what this staff member may see. */
    @Transactional(readOnly = true)
    public CustomerScope scopeOf(StaffMember viewer) {
        if (CustomerScope.isCompanyWide(viewer.role())) {
            return CustomerScope.company();
        }
        if (viewer.role() == StaffRole.BUTLER) {
            return new CustomerScope(false, Set.of(), Set.copyOf(queries.butlerAreas(viewer.username())));
        }
        return new CustomerScope(false, Set.copyOf(queries.dispatcherBranches(viewer.username())), Set.of());
    }

    /** The season whose statuses staff work with today: the current one, or the next when off season. */
    public int currentSeason() {
        return policy.seasonNow().dates().startYear();
    }

    @Transactional(readOnly = true)
    public List<CustomerSummary> search(String text, StaffMember viewer, int limit) {
        return queries.search(text, scopeOf(viewer), currentSeason(), limit);
    }

    @Transactional(readOnly = true)
    public CustomerFile file(long id, StaffMember viewer) {
        Map<String, Object> row = queries.row(id, scopeOf(viewer))
                .orElseThrow(() -> new NotFoundException("没有找到该用户档案，或不在您负责的范围内"));
        return toFile(row);
    }

    /**
     * R-SYS-2: shows one personal field in full and logs who saw whose, which field and when. Roles that
     * do not need the field are refused; customers outside the caller's scope are "not found".
     */
    @Transactional
    public String reveal(long customerId, PersonalField field, String purpose, StaffMember viewer) {
        if (!CustomerScope.mayReveal(viewer.role(), field)) {
            throw new ForbiddenException(
                    viewer.role().label() + "无权查看完整" + field.label());
        }
        queries.row(customerId, scopeOf(viewer))
                .orElseThrow(() -> new NotFoundException("没有找到该用户档案，或不在您负责的范围内"));
        queries.insertReveal(customerId, field, viewer.username(), trimToNull(purpose, 200), Instant.now(clock));
        return queries.personalField(customerId, field);
    }

    @Transactional(readOnly = true)
    public List<RevealRecord> revealLog(int offset, int limit) {
        return queries.reveals(offset, limit);
    }

    /** Changes a season's heating status; the change is history (who, when, why), never an overwrite. */
    @Transactional
    public CustomerFile changeStatus(long customerId, StatusChangeRequest request, StaffMember viewer) {
        if (!CustomerScope.mayChangeStatus(viewer.role())) {
            throw new ForbiddenException(viewer.role().label() + "不能更改供热状态");
        }
        if (request.status() == null) {
            throw new InvalidInputException("MISSING_FIELD", "status", "请选择供热状态");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new InvalidInputException("MISSING_FIELD", "reason", "请填写变更原因");
        }
        int season = request.seasonStartYear() == null ? currentSeason() : request.seasonStartYear();
        if (season < 2000 || season > 2100) {
            throw new InvalidInputException("INVALID_SEASON", "seasonStartYear", "供暖季年份不合理");
        }
        Map<String, Object> row = queries.lockRow(customerId, scopeOf(viewer))
                .orElseThrow(() -> new NotFoundException("没有找到该用户档案，或不在您负责的范围内"));
        HeatingStatus before = queries.status(customerId, season).orElse(null);
        if (before == request.status()) {
            throw new InvalidInputException("NO_CHANGE", "status",
                    SeasonDates.nameOf(season) + " 供暖季的状态已经是“" + before.label() + "”");
        }
        Instant now = Instant.now(clock);
        String reason = trimToNull(request.reason(), 300);
        queries.putStatus(customerId, season, request.status());
        queries.insertStatusChange(customerId, season, before, request.status(), reason, viewer.username(), now);
        queries.touch(customerId, now);
        String summary = SeasonDates.nameOf(season) + " 供暖季：" + (before == null ? "未登记" : before.label()) + " → "
                + request.status().label() + "（" + reason + "）";
        queries.insertTimeline(customerId, now, "STATUS_CHANGED", summary, viewer.username(), null);
        audit.record(new AuditEntry(viewer.username(), "HEATING_STATUS_CHANGED", "CUSTOMER", String.valueOf(customerId),
                row.get("account_number") + " " + summary, before == null ? null : Map.of("status", before.name()),
                Map.of("status", request.status().name(), "season", season, "reason", reason)));
        return file(customerId, viewer);
    }

    /**
     * The labels of these customers by id, in one query, for lists in other modules that name a customer on a
     * record of their own (a notice, an appointment). Not checked against a scope: the caller has already decided
     * that its viewer may see the record; ids that name no customer are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, CustomerLabel> labels(Collection<Long> customerIds) {
        Map<Long, CustomerLabel> labels = new HashMap<>();
        queries.labels(Set.copyOf(customerIds)).forEach(label -> labels.put(label.id(), label));
        return labels;
    }

    /** The first {@code limit} customers of these areas by id (demo data: the butler's day of visits). */
    @Transactional(readOnly = true)
    public List<CustomerLabel> firstCustomersOf(Collection<Long> areaIds, int limit) {
        return queries.labelsInAreas(Set.copyOf(areaIds), limit);
    }

    /** Other modules add to a customer's timeline (orders, measurements, notices). */
    @Transactional
    public void addToTimeline(long customerId, String kind, String summary, String actor, String reference) {
        queries.insertTimeline(customerId, Instant.now(clock), kind, summary, actor, reference);
    }

    private CustomerFile toFile(Map<String, Object> r) {
        long id = ((Number) r.get("id")).longValue();
        CustomerKind kind = CustomerKind.valueOf((String) r.get("kind"));
        LocalDate contractDate = date(r.get("contract_date"));
        LocalDate buildingDate = date(r.get("opening_date"));
        // R-RATE-5: a household that opened on its own is treated by its whole building's date.
        LocalDate policyDate = buildingDate != null ? buildingDate : contractDate;
        CustomerFile.Place place = new CustomerFile.Place(((Number) r.get("branch_id")).longValue(),
                (String) r.get("branch_name"), ((Number) r.get("area_id")).longValue(), (String) r.get("area_name"),
                (String) r.get("butler_number"), (String) r.get("butler_name"), longOrNull(r.get("community_id")),
                (String) r.get("community_name"), longOrNull(r.get("building_id")), (String) r.get("building_name"),
                (String) r.get("use_type"), r.get("built_year") == null ? null : ((Number) r.get("built_year")).intValue(),
                (Boolean) r.get("envelope_compliant"), (Boolean) r.get("article22_conditions_met"), buildingDate,
                longOrNull(r.get("unit_id")), (String) r.get("unit_name"), (String) r.get("room"));
        BigDecimal area = (BigDecimal) r.get("heated_area_m2");
        UseType useType = kind == CustomerKind.INSTITUTIONAL || "NON_RESIDENTIAL".equals(r.get("use_type"))
                ? UseType.NON_RESIDENTIAL : UseType.RESIDENTIAL;
        return new CustomerFile(id, kind, (String) r.get("account_number"), (String) r.get("owner_name"),
                (String) r.get("institution_name"), Masking.phone((String) r.get("phone")),
                Masking.phone((String) r.get("phone2")), Masking.idNumber((String) r.get("id_number")),
                (String) r.get("address"), place, area, contractDate, policyDate, buildingDate != null,
                Boolean.TRUE.equals(r.get("agreement_signed")), (BigDecimal) r.get("agreed_celsius"),
                (String) r.get("valve_well"), queries.statuses(id), queries.statusHistory(id),
                queries.timeline(id, TIMELINE_LENGTH), fee(useType, area, policyDate), boundaries(kind, policyDate),
                ((Number) r.get("version")).intValue());
    }

    private CustomerFile.FeeAnswer fee(UseType useType, BigDecimal area, LocalDate policyDate) {
        if (policyDate == null) {
            return new CustomerFile.FeeAnswer(null, "未登记合同日期或整楼开户日期，无法确定适用的配套费标准");
        }
        try {
            return new CustomerFile.FeeAnswer(policy.connectionFee(useType, area, policyDate), null);
        } catch (NoPolicyInForceException | InvalidInputException e) {
            return new CustomerFile.FeeAnswer(null, e.getMessage());
        }
    }

    private List<CustomerFile.BoundaryAnswer> boundaries(CustomerKind kind, LocalDate policyDate) {
        List<CustomerFile.BoundaryAnswer> answers = new ArrayList<>();
        for (BoundaryLocation location : kind.path()) {
            if (policyDate == null) {
                answers.add(new CustomerFile.BoundaryAnswer(location, null, null, null, "未登记合同日期"));
                continue;
            }
            try {
                Responsibility r = policy.responsibility(kind, location, policyDate);
                answers.add(new CustomerFile.BoundaryAnswer(location, r.responsibleParty(), r.policy().document(),
                        r.policy().article(), null));
            } catch (NoPolicyInForceException e) {
                answers.add(new CustomerFile.BoundaryAnswer(location, null, null, null, e.getMessage()));
            }
        }
        return answers;
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return value instanceof LocalDate l ? l : null;
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static String trimToNull(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
