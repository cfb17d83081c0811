package cn.heatdesk.fieldservice.inspections;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.audit.AuditEntry;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.CustomerFile;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerScope;
import cn.heatdesk.customers.Organisation;
import cn.heatdesk.fieldservice.inspections.domain.Decision;
import cn.heatdesk.fieldservice.inspections.domain.DeliveryMethod;
import cn.heatdesk.fieldservice.inspections.domain.FindingRoute;
import cn.heatdesk.fieldservice.inspections.domain.NoticeCoverage;
import cn.heatdesk.fieldservice.inspections.domain.NoticeFollowUp;
import cn.heatdesk.fieldservice.inspections.domain.ReinspectionResult;
import cn.heatdesk.fieldservice.inspections.domain.RepairStatus;
import cn.heatdesk.fieldservice.inspections.internal.InspectionStore;
import cn.heatdesk.fieldservice.inspections.internal.InspectionStore.FindingRow;
import cn.heatdesk.fieldservice.inspections.internal.InspectionStore.NoticeRow;
import cn.heatdesk.fieldservice.inspections.internal.InspectionStore.RepairRow;
import cn.heatdesk.fieldservice.inspections.internal.InspectionStore.RoundRow;
import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.NoPolicyInForceException;
import cn.heatdesk.policy.domain.Responsibility;
import cn.heatdesk.policy.domain.ResponsibleParty;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/**
 * Inspections (巡检) and what follows them, R-BUTLER-3: rounds per area, findings at boundary points
 * decided by the policy engine's responsibility resolver (R-BOUND-3), the repair and upgrade plan for the
 * company's facilities, rectification notices with delivery and re-inspection for everything else.
 * Scope as for customer files (R-SYS-2): an area outside it answers “not found”. Every change is audited.
 */
@Service
@Transactional(noRollbackFor = NoPolicyInForceException.class)
public class Inspections {

    /** Decision: who records inspections, notices, deliveries and re-inspections — the area's butler and those above. */
    public static final Set<StaffRole> INSPECTORS = EnumSet.of(StaffRole.BUTLER, StaffRole.BRANCH_DISPATCHER,
            StaffRole.ADMINISTRATOR);
    /** Decision: who moves repair plan items along — production management, the branch and administrators. */
    public static final Set<StaffRole> PLANNERS = EnumSet.of(StaffRole.PRODUCTION_MANAGEMENT,
            StaffRole.BRANCH_DISPATCHER, StaffRole.ADMINISTRATOR);
    /** Decision: a re-inspection a week after the inspection unless the butler agrees another day. */
    public static final int DEFAULT_REINSPECTION_DAYS = 7;

    private static final int ROUND_LIST_LENGTH = 100;

    private final InspectionStore store;
    private final CustomerFiles files;
    private final Organisation organisation;
    private final PolicyEngine policy;
    private final AuditTrail audit;
    private final Clock clock;

    Inspections(InspectionStore store, CustomerFiles files, Organisation organisation, PolicyEngine policy,
                AuditTrail audit, Clock clock) {
        this.store = store;
        this.files = files;
        this.organisation = organisation;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The areas this staff member may see, by id (R-SYS-2). */
    @Transactional(readOnly = true)
    public Map<Long, Organisation.Area> areasOf(StaffMember viewer) {
        CustomerScope scope = files.scopeOf(viewer);
        Map<Long, Organisation.Area> areas = new LinkedHashMap<>();
        organisation.areas().stream().filter(a -> scope.covers(a.branchId(), a.id())).forEach(a -> areas.put(a.id(), a));
        return areas;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public static boolean mayInspect(StaffRole role) {
        return INSPECTORS.contains(role);
    }

    public static boolean mayPlan(StaffRole role) {
        return PLANNERS.contains(role);
    }

    /** The buildings of one area the viewer may see, in natural order (1号楼, 2号楼, 10号楼). */
    @Transactional(readOnly = true)
    public List<NoticeCoverage.Building> buildings(long areaId, StaffMember viewer) {
        if (!areasOf(viewer).containsKey(areaId)) {
            return List.of();
        }
        return organisation.buildings(Set.of(areaId)).stream()
                .map(b -> new NoticeCoverage.Building(b.id(), b.areaId(), b.areaName(), b.communityName(), b.name()))
                .sorted(NoticeCoverage.ORDER).toList();
    }

    // ---- rounds and findings

    public long startRound(NewRound round, StaffMember viewer) {
        requireRole(viewer, INSPECTORS, "只有片区管家、分公司调度和系统管理员可以登记巡检");
        if (round == null || round.areaId() == null) {
            throw new InvalidInputException("MISSING_FIELD", "areaId", "请选择巡检片区");
        }
        if (!areasOf(viewer).containsKey(round.areaId())) {
            throw new NotFoundException("没有找到该片区，或不在您负责的范围内");
        }
        LocalDate inspectedOn = round.inspectedOn() == null ? today() : round.inspectedOn();
        if (inspectedOn.isAfter(today())) {
            throw new InvalidInputException("DATE_IN_FUTURE", "inspectedOn", "巡检日期不能晚于今天");
        }
        String inspector = blank(round.inspector()) ? viewer.displayName() : round.inspector().trim();
        String note = blank(round.note()) ? null : round.note().trim();
        Instant now = Instant.now(clock);
        long id = store.insertRound(round.areaId(), inspectedOn, limit(inspector, 100, "inspector"),
                note == null ? null : limit(note, 500, "note"), viewer.username(), now);
        audit.record(new AuditEntry(viewer.username(), "INSPECTION_ROUND_STARTED", "inspection_round", String.valueOf(id),
                "巡检 " + inspectedOn + "，巡检人 " + inspector, null,
                Map.of("areaId", round.areaId(), "inspectedOn", inspectedOn.toString())));
        return id;
    }

    @Transactional(readOnly = true)
    public List<InspectionRound> rounds(StaffMember viewer) {
        Map<Long, Organisation.Area> areas = areasOf(viewer);
        return store.rounds(areas.keySet(), ROUND_LIST_LENGTH).stream().map(r -> round(r, areas, List.of())).toList();
    }

    @Transactional(readOnly = true)
    public InspectionRound round(long id, StaffMember viewer) {
        Map<Long, Organisation.Area> areas = areasOf(viewer);
        RoundRow row = visibleRound(id, areas);
        return round(row, areas, store.findings(id).stream().map(this::finding).toList());
    }

    /**
     * R-BUTLER-3 with R-BOUND-3: the resolver decides who is responsible for the finding's location on the
     * customer kind's path, by the boundary version in force on the contract date; the company's findings
     * become repair plan items, the others rectification notices.
     */
    public Finding recordFinding(long roundId, NewFinding input, StaffMember viewer) {
        requireRole(viewer, INSPECTORS, "只有片区管家、分公司调度和系统管理员可以登记巡检发现");
        RoundRow round = visibleRound(roundId, areasOf(viewer));
        if (input == null || input.location() == null) {
            throw new InvalidInputException("MISSING_FIELD", "location", "请选择问题部位");
        }
        if (blank(input.description())) {
            throw new InvalidInputException("MISSING_FIELD", "description", "请描述发现的问题");
        }
        CustomerKind kind = input.customerKind();
        String place = blank(input.place()) ? null : input.place().trim();
        LocalDate contractDate = input.contractDate();
        String addressee = blank(input.addressee()) ? null : input.addressee().trim();
        String ownersOf = null;
        Long buildingId = input.buildingId();
        if (input.customerId() != null) {
            CustomerFile file = files.file(input.customerId(), viewer);
            if (file.place().areaId() != round.areaId()) {
                throw new InvalidInputException("CUSTOMER_NOT_IN_AREA", "customerId", "该用户不在本次巡检的片区内");
            }
            kind = kind == null ? file.kind() : kind;
            place = place == null ? file.address() : place;
            contractDate = contractDate == null ? file.policyDate() : contractDate;
            addressee = addressee == null
                    ? (file.institutionName() != null ? file.institutionName() : file.ownerName()) : addressee;
            buildingId = buildingId == null ? file.place().buildingId() : buildingId;
            if (file.place().buildingName() != null) {
                ownersOf = file.place().communityName() + file.place().buildingName();
            }
        }
        if (buildingId != null) {
            Organisation.Building building = organisation.building(buildingId)
                    .orElseThrow(() -> new InvalidInputException("UNKNOWN_BUILDING", "buildingId", "没有这栋楼"));
            if (building.areaId() != round.areaId()) {
                throw new InvalidInputException("BUILDING_NOT_IN_AREA", "buildingId", "这栋楼不在本次巡检的片区内");
            }
            kind = kind == null ? CustomerKind.RESIDENTIAL : kind;
            place = place == null ? building.communityName() + building.name() : place;
            contractDate = contractDate == null ? building.openingDate() : contractDate;
            ownersOf = building.communityName() + building.name();
        }
        if (kind == null) {
            throw new InvalidInputException("MISSING_FIELD", "customerKind", "请选择用户类型（居民或单位）");
        }
        if (place == null) {
            throw new InvalidInputException("MISSING_FIELD", "place", "请填写问题所在位置，或选择楼栋、用户");
        }
        if (contractDate == null) {
            throw new InvalidInputException("MISSING_FIELD", "contractDate",
                    "档案中没有供热合同（开户）日期，请填写，用于确定适用的产权分界规定");
        }
        Responsibility responsibility = policy.responsibility(kind, input.location(), contractDate);
        FindingRoute route = FindingRoute.of(responsibility.responsibleParty());
        LocalDate reinspectionOn = input.reinspectionOn() == null
                ? round.inspectedOn().plusDays(DEFAULT_REINSPECTION_DAYS) : input.reinspectionOn();
        if (route == FindingRoute.RECTIFICATION_NOTICE) {
            refuseUnless(NoticeFollowUp.reinspectionDate(round.inspectedOn(), reinspectionOn), "reinspectionOn");
        }
        Instant now = Instant.now(clock);
        String document = responsibility.policy().document()
                + (responsibility.policy().article() == null ? "" : " " + responsibility.policy().article());
        String description = limit(input.description().trim(), 1000, "description");
        long findingId = store.insertFinding(roundId, kind, input.location(), buildingId, input.customerId(),
                limit(place, 300, "place"), description, contractDate, responsibility.responsibleParty(), document,
                limit(responsibility.reason(), 500, "reason"), viewer.username(), now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("location", input.location().name());
        after.put("place", place);
        after.put("responsibleParty", responsibility.responsibleParty().name());
        after.put("policy", document);
        after.put("route", route.name());
        audit.record(new AuditEntry(viewer.username(), "INSPECTION_FINDING_RECORDED", "inspection_finding",
                String.valueOf(findingId), place + " " + input.location().label() + "：" + responsibility.reason(), null,
                after));
        if (route == FindingRoute.REPAIR_PLAN) {
            long item = store.insertRepairItem(findingId, round.areaId(), viewer.username(), now);
            audit.record(new AuditEntry(viewer.username(), "REPAIR_PLAN_ITEM_ADDED", "repair_plan_item",
                    String.valueOf(item), "列入维修技改计划：" + place + " " + input.location().label(), null,
                    Map.of("findingId", findingId, "status", RepairStatus.PLANNED.name())));
        }
        else {
            if (addressee == null) {
                addressee = responsibility.responsibleParty() == ResponsibleParty.OWNERS_COLLECTIVE && ownersOf != null
                        ? ownersOf + "全体业主" : null;
            }
            if (addressee == null) {
                throw new InvalidInputException("MISSING_FIELD", "addressee", "请填写整改通知书的送达对象");
            }
            String requirement = blank(input.requirement()) ? description : input.requirement().trim();
            long notice = store.insertNotice(findingId, round.areaId(), limit(addressee, 200, "addressee"),
                    limit(requirement, 1000, "requirement"), reinspectionOn, now);
            audit.record(new AuditEntry(viewer.username(), "RECTIFICATION_NOTICE_ISSUED", "rectification_notice",
                    String.valueOf(notice), "开具整改通知书 " + number(notice, now) + "，送达对象 " + addressee, null,
                    Map.of("findingId", findingId, "addressee", addressee, "reinspectionOn", reinspectionOn.toString())));
            if (input.customerId() != null) {
                files.addToTimeline(input.customerId(), "RECTIFICATION_NOTICE",
                        "巡检发现" + input.location().label() + "问题，开具整改通知书 " + number(notice, now)
                                + "，复查日期 " + reinspectionOn, viewer.username(), "rectification-notice:" + notice);
            }
        }
        return finding(store.findings(roundId).stream().filter(f -> f.id() == findingId).findFirst().orElseThrow());
    }

    // ---- repair and upgrade plan

    @Transactional(readOnly = true)
    public List<RepairPlanItem> repairPlan(RepairStatus status, StaffMember viewer) {
        Map<Long, Organisation.Area> areas = areasOf(viewer);
        return store.repairPlan(areas.keySet(), status).stream().map(r -> item(r, areas)).toList();
    }

    public RepairPlanItem moveRepairItem(long id, RepairStatus target, Integer expectedVersion, StaffMember viewer) {
        requireRole(viewer, PLANNERS, "只有生产管理部门、分公司调度和系统管理员可以更新维修技改计划");
        Map<Long, Organisation.Area> areas = areasOf(viewer);
        RepairRow row = store.repairItem(id).filter(r -> areas.containsKey(r.finding().areaId()))
                .orElseThrow(() -> new NotFoundException("没有找到该维修技改项目，或不在您负责的范围内"));
        if (expectedVersion != null && expectedVersion != row.version()) {
            throw new ConflictException("STALE_VERSION", "该项目已被他人更新，请刷新后再试");
        }
        Decision decision = row.status().moveTo(target);
        refuseUnless(decision, "status");
        if (!store.updateRepairStatus(id, row.version(), target, viewer.username(), Instant.now(clock))) {
            throw new ConflictException("STALE_VERSION", "该项目已被他人更新，请刷新后再试");
        }
        audit.record(new AuditEntry(viewer.username(), "REPAIR_PLAN_ITEM_STATUS", "repair_plan_item", String.valueOf(id),
                "维修技改项目状态 " + row.status() + " → " + target, Map.of("status", row.status().name()),
                Map.of("status", target.name())));
        return item(store.repairItem(id).orElseThrow(), areas);
    }

    // ---- rectification notices

    @Transactional(readOnly = true)
    public RectificationNotice notice(long id, StaffMember viewer) {
        Map<Long, Organisation.Area> areas = areasOf(viewer);
        return notice(visibleNotice(id, areas), areas);
    }

    @Transactional(readOnly = true)
    public List<RectificationNotice> notices(StaffMember viewer) {
        Map<Long, Organisation.Area> areas = areasOf(viewer);
        return store.notices(areas.keySet()).stream().map(n -> notice(n, areas)).toList();
    }

    /** R-BUTLER-3: delivery recorded once — how, to whom, when (default now), by whom. */
    public RectificationNotice recordDelivery(long id, DeliveryMethod method, String deliveredTo, Instant deliveredAt,
                                              StaffMember viewer) {
        requireRole(viewer, INSPECTORS, "只有片区管家、分公司调度和系统管理员可以登记送达");
        Map<Long, Organisation.Area> areas = areasOf(viewer);
        NoticeRow row = visibleNotice(id, areas);
        Instant now = Instant.now(clock);
        Instant at = deliveredAt == null ? now : deliveredAt;
        String to = blank(deliveredTo) ? null : limit(deliveredTo.trim(), 200, "deliveredTo");
        Decision decision = followUp(row).deliver(method, to, at, now);
        refuseUnless(decision, method == null ? "deliveryMethod" : to == null ? "deliveredTo" : "deliveredAt");
        if (!store.recordDelivery(id, row.version(), method, to, at, viewer.username())) {
            throw new ConflictException("ALREADY_DELIVERED", "该通知书已登记送达，不能重复登记");
        }
        audit.record(new AuditEntry(viewer.username(), "RECTIFICATION_NOTICE_DELIVERED", "rectification_notice",
                String.valueOf(id), "整改通知书送达：" + to + "（" + method + "）", null,
                Map.of("method", method.name(), "deliveredTo", to, "deliveredAt", at.toString())));
        if (row.finding().customerId() != null) {
            files.addToTimeline(row.finding().customerId(), "RECTIFICATION_NOTICE",
                    "整改通知书 " + number(id, row.issuedAt()) + " 已送达 " + to, viewer.username(),
                    "rectification-notice:" + id);
        }
        return notice(store.notice(id).orElseThrow(), areas);
    }

    /** R-BUTLER-3: the re-inspection, once, on or after the agreed day. */
    public RectificationNotice recordReinspection(long id, ReinspectionResult result, String note, StaffMember viewer) {
        requireRole(viewer, INSPECTORS, "只有片区管家、分公司调度和系统管理员可以登记复查");
        Map<Long, Organisation.Area> areas = areasOf(viewer);
        NoticeRow row = visibleNotice(id, areas);
        Instant now = Instant.now(clock);
        refuseUnless(followUp(row).reinspect(result, now, zone()), "result");
        String text = blank(note) ? null : limit(note.trim(), 500, "note");
        if (!store.recordReinspection(id, row.version(), result, text, now, viewer.username())) {
            throw new ConflictException("ALREADY_REINSPECTED", "该通知书已复查");
        }
        audit.record(new AuditEntry(viewer.username(), "RECTIFICATION_NOTICE_REINSPECTED", "rectification_notice",
                String.valueOf(id), "整改复查：" + result + (text == null ? "" : "，" + text), null,
                Map.of("result", result.name())));
        if (row.finding().customerId() != null) {
            files.addToTimeline(row.finding().customerId(), "RECTIFICATION_NOTICE",
                    "整改通知书 " + number(id, row.issuedAt()) + " 复查："
                            + (result == ReinspectionResult.RECTIFIED ? "已整改" : "未整改"),
                    viewer.username(), "rectification-notice:" + id);
        }
        return notice(store.notice(id).orElseThrow(), areas);
    }

    /** The notice's number as printed: ZG, the year of issue and the id, e.g. ZG2026-00012. */
    public String number(long id, Instant issuedAt) {
        return "ZG" + issuedAt.atZone(zone()).getYear() + "-" + String.format("%05d", id);
    }

    public ZoneId zone() {
        return policy.zone();
    }

    // ---- helpers

    private RoundRow visibleRound(long id, Map<Long, Organisation.Area> areas) {
        return store.round(id).filter(r -> areas.containsKey(r.areaId()))
                .orElseThrow(() -> new NotFoundException("没有找到该巡检记录，或不在您负责的范围内"));
    }

    private NoticeRow visibleNotice(long id, Map<Long, Organisation.Area> areas) {
        return store.notice(id).filter(n -> areas.containsKey(n.finding().areaId()))
                .orElseThrow(() -> new NotFoundException("没有找到该整改通知书，或不在您负责的范围内"));
    }

    /**
     * The area of a row the viewer may see. Rows are chosen by the viewer's areas, and an item or notice carries
     * its round's area, so the map has it; the organisation answers for any other.
     */
    private Organisation.Area area(long areaId, Map<Long, Organisation.Area> areas) {
        Organisation.Area area = areas.get(areaId);
        return area != null ? area : organisation.areas().stream().filter(a -> a.id() == areaId).findFirst()
                .orElseThrow();
    }

    private static NoticeFollowUp followUp(NoticeRow row) {
        return new NoticeFollowUp(row.issuedAt(), row.reinspectionOn(), row.deliveredAt(), row.reinspectedAt());
    }

    private InspectionRound round(RoundRow r, Map<Long, Organisation.Area> areas, List<Finding> findings) {
        return new InspectionRound(r.id(), r.areaId(), area(r.areaId(), areas).name(), r.inspectedOn(), r.inspector(),
                r.note(), r.createdBy(), r.createdAt(), r.findings(), findings);
    }

    private Finding finding(FindingRow f) {
        FindingRoute route = FindingRoute.of(f.party());
        RepairRow item = route == FindingRoute.REPAIR_PLAN ? store.repairItemOfFinding(f.id()).orElse(null) : null;
        NoticeRow notice = route == FindingRoute.RECTIFICATION_NOTICE ? store.noticeOfFinding(f.id()).orElse(null) : null;
        return new Finding(f.id(), f.roundId(), f.customerKind(), f.location(), f.buildingId(), f.customerId(),
                f.place(), f.description(), f.contractDate(), f.party(), f.policyDocument(), f.reason(), route,
                item == null ? null : item.id(), item == null ? null : item.status(), notice == null ? null : notice.id());
    }

    private RepairPlanItem item(RepairRow r, Map<Long, Organisation.Area> areas) {
        FindingRow f = r.finding();
        return new RepairPlanItem(r.id(), f.id(), f.roundId(), f.areaId(), area(f.areaId(), areas).name(),
                f.inspectedOn(), f.location(), f.place(), f.description(), f.reason(), r.status(), r.updatedAt(),
                r.updatedBy(), r.version());
    }

    private RectificationNotice notice(NoticeRow n, Map<Long, Organisation.Area> areas) {
        FindingRow f = n.finding();
        Organisation.Area area = area(f.areaId(), areas);
        return new RectificationNotice(n.id(), number(n.id(), n.issuedAt()), f.id(), f.roundId(), f.areaId(),
                area.name(), area.butlerNumber(), area.butlerName(), f.customerId(), n.addressee(), f.place(),
                f.location(), f.description(), n.requirement(), f.party(), f.policyDocument(), f.reason(), f.inspectedOn(),
                n.reinspectionOn(), n.issuedAt(), n.deliveryMethod(), n.deliveredTo(), n.deliveredAt(), n.deliveredBy(),
                n.reinspectedAt(), n.result(), n.reinspectionNote(), n.reinspectedBy(),
                followUp(n).reinspectionDue(today()), n.version());
    }

    private static void requireRole(StaffMember viewer, Set<StaffRole> roles, String message) {
        if (viewer == null || !roles.contains(viewer.role())) {
            throw new ForbiddenException(message);
        }
    }

    private static void refuseUnless(Decision decision, String field) {
        if (decision instanceof Decision.Rejected rejected) {
            if (rejected.code().startsWith("ALREADY") || rejected.code().startsWith("NOT_")
                    || rejected.code().startsWith("REPAIR_ALREADY")) {
                throw new ConflictException(rejected.code(), rejected.reason());
            }
            throw new InvalidInputException(rejected.code(), field, rejected.reason());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String limit(String text, int max, String field) {
        if (text.length() > max) {
            throw new InvalidInputException("TOO_LONG", field, "内容过长（最多 " + max + " 字）");
        }
        return text;
    }
}
