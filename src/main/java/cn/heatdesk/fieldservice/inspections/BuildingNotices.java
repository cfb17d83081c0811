package cn.heatdesk.fieldservice.inspections;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.audit.AuditEntry;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.Organisation;
import cn.heatdesk.fieldservice.inspections.domain.NoticeCoverage;
import cn.heatdesk.fieldservice.inspections.domain.NoticeKind;
import cn.heatdesk.fieldservice.inspections.domain.NoticePhase;
import cn.heatdesk.fieldservice.inspections.internal.InspectionStore;
import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.policy.domain.SeasonAnswer;
import cn.heatdesk.policy.domain.SeasonDates;
import cn.heatdesk.staff.StaffMember;

/**
 * R-BUTLER-2: notices posted per building (注水通知, 缴费通知) at the start, middle and end of the season,
 * and the coverage view — which buildings still lack which notice in the current phase. The season and
 * its dates come from the policy engine's calendar, overrides included.
 */
@Service
@Transactional
public class BuildingNotices {

    private final InspectionStore store;
    private final Organisation organisation;
    private final Inspections inspections;
    private final PolicyEngine policy;
    private final AuditTrail audit;
    private final Clock clock;

    BuildingNotices(InspectionStore store, Organisation organisation, Inspections inspections, PolicyEngine policy,
                    AuditTrail audit, Clock clock) {
        this.store = store;
        this.organisation = organisation;
        this.inspections = inspections;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The season in force today (the next one when off season) and today's phase in it. */
    public SeasonDates currentSeason() {
        SeasonAnswer answer = policy.seasonNow();
        return answer.dates();
    }

    public NoticePhase currentPhase() {
        return NoticePhase.of(currentSeason(), inspections.today());
    }

    /** The coverage of today's phase, for every building the viewer may see or for one of their areas. */
    @Transactional(readOnly = true)
    public NoticeCoverageView coverage(Long areaId, StaffMember viewer) {
        SeasonDates season = currentSeason();
        NoticePhase phase = currentPhase();
        Collection<Long> areas = inspections.areasOf(viewer).keySet();
        if (areaId != null) {
            if (!areas.contains(areaId)) {
                throw new NotFoundException("没有找到该片区，或不在您负责的范围内");
            }
            areas = Set.of(areaId);
        }
        List<NoticeCoverage.Building> buildings = organisation.buildings(areas).stream()
                .map(b -> new NoticeCoverage.Building(b.id(), b.areaId(), b.areaName(), b.communityName(), b.name()))
                .toList();
        List<NoticeCoverage.Row> rows = NoticeCoverage.of(buildings, store.posted(season.startYear(), phase));
        int incomplete = (int) rows.stream().filter(r -> !r.complete()).count();
        return new NoticeCoverageView(season.startYear(), season.name(), phase, phase.firstDay(season),
                phase.lastDay(season), areaId, rows, incomplete);
    }

    /** Records that a notice was posted in a building, for today's phase; once per kind and phase. */
    public void post(long buildingId, NoticeKind kind, LocalDate postedOn, StaffMember viewer) {
        if (viewer == null || !Inspections.mayInspect(viewer.role())) {
            throw new cn.heatdesk.common.ForbiddenException("只有片区管家、分公司调度和系统管理员可以登记张贴通知");
        }
        if (kind == null) {
            throw new InvalidInputException("MISSING_FIELD", "kind", "请选择通知类型");
        }
        Organisation.Building building = organisation.building(buildingId)
                .filter(b -> inspections.areasOf(viewer).containsKey(b.areaId()))
                .orElseThrow(() -> new NotFoundException("没有找到这栋楼，或不在您负责的范围内"));
        LocalDate today = inspections.today();
        LocalDate day = postedOn == null ? today : postedOn;
        SeasonDates season = currentSeason();
        NoticePhase phase = currentPhase();
        if (day.isAfter(today)) {
            throw new InvalidInputException("DATE_IN_FUTURE", "postedOn", "张贴日期不能晚于今天");
        }
        if (day.isBefore(phase.firstDay(season)) && phase != NoticePhase.START) {
            throw new InvalidInputException("DATE_OUTSIDE_PHASE", "postedOn",
                    "张贴日期不在本阶段（" + phase.firstDay(season) + " 起）");
        }
        Instant now = Instant.now(clock);
        if (!store.insertBuildingNotice(buildingId, season.startYear(), phase, kind, day, viewer.username(), now)) {
            throw new ConflictException("ALREADY_POSTED", building.communityName() + building.name() + "本阶段已登记过该通知");
        }
        audit.record(new AuditEntry(viewer.username(), "BUILDING_NOTICE_POSTED", "building", String.valueOf(buildingId),
                building.communityName() + building.name() + " 张贴 " + kind + "（" + season.name() + " " + phase + "）",
                null, Map.of("kind", kind.name(), "season", season.startYear(), "phase", phase.name(),
                        "postedOn", day.toString())));
    }
}
