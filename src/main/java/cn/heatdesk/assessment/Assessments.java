package cn.heatdesk.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.assessment.domain.AssessmentKind;
import cn.heatdesk.assessment.domain.AssessmentLine;
import cn.heatdesk.assessment.domain.PeriodRange;
import cn.heatdesk.assessment.domain.Ratio;
import cn.heatdesk.assessment.internal.AssessmentExport;
import cn.heatdesk.assessment.internal.AssessmentRecordRepository;
import cn.heatdesk.assessment.internal.AssessmentRecordRepository.KindCount;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.customers.Organisation;
import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.policy.domain.SeasonDates;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.workorders.WorkOrderStatistics;
import cn.heatdesk.workorders.WorkOrderStatistics.Figures;
import cn.heatdesk.workorders.domain.Period;

/**
 * 考核 (R-SUP-6): per person and per unit for any period, orders, breaches by rule, confirmed complaints (R-NOTIFY-6
 * non-notifications apart) and callback satisfaction, from the work order statistics and the assessment records.
 * Satisfaction is satisfied calls over reached calls, an exact {@link Ratio}.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

    /** The name of the line that collects orders nobody holds or not placed in an area. */
    public static final String NOBODY = "（未分派）";
    public static final String NO_AREA = "（未归属片区）";

    private final WorkOrderStatistics statistics;
    private final AssessmentRecordRepository records;
    private final StaffDirectory staff;
    private final Organisation organisation;
    private final PolicyEngine policy;
    private final Clock clock;

    Assessments(WorkOrderStatistics statistics, AssessmentRecordRepository records, StaffDirectory staff,
                Organisation organisation, PolicyEngine policy, Clock clock) {
        this.statistics = statistics;
        this.records = records;
        this.staff = staff;
        this.organisation = organisation;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * The period a choice on the page stands for, by today's date in the company's zone (the clock's). The season
     * runs from the start of commissioning to the end of heating (R-SEASON-1, R-SEASON-2) of the season that started
     * in the heating year of today (August on counts to the season starting that autumn). A custom period needs both
     * days.
     */
    public Period periodFor(PeriodRange range, LocalDate from, LocalDate to) {
        LocalDate today = Period.today(clock);
        return switch (range == null ? PeriodRange.THIS_MONTH : range) {
            case THIS_MONTH -> Period.thisMonth(clock);
            case LAST_MONTH -> Period.lastMonth(clock);
            case SEASON -> {
                int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
                SeasonDates dates = policy.calendar().season(startYear);
                yield Period.of(dates.commissioningStart(), dates.heatingEnd(), clock.getZone());
            }
            case CUSTOM -> {
                if (from == null || to == null) {
                    throw new InvalidInputException("MISSING_FIELD", from == null ? "from" : "to", "请选择开始和结束日期");
                }
                try {
                    yield Period.of(from, to, clock.getZone());
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("INVALID_PERIOD", "to", e.getMessage());
                }
            }
        };
    }

    public AssessmentTable table(Period period, StaffMember viewer) {
        List<Long> areas = statistics.areasOf(viewer);
        Map<String, StaffMember> people = new HashMap<>();
        staff.findAll().forEach(m -> people.put(m.username(), m));

        Map<String, Figures> personFigures = new HashMap<>();
        statistics.byPerson(period, viewer).forEach(p -> personFigures.put(p.username(), p.figures()));
        Map<String, Map<AssessmentKind, Long>> personRecords = recordCounts(true, period, areas);
        Set<String> personKeys = new LinkedHashSet<>(personFigures.keySet());
        personKeys.addAll(personRecords.keySet());
        List<AssessmentLine> personLines = new ArrayList<>();
        for (String key : personKeys) {
            StaffMember member = key == null ? null : people.get(key);
            String name = key == null ? NOBODY : member == null ? key : member.displayName() + "（" + key + "）";
            personLines.add(line(key, name, null, personFigures.getOrDefault(key, Figures.NONE),
                    personRecords.getOrDefault(key, Map.of())));
        }
        personLines.sort(java.util.Comparator.comparing(AssessmentLine::totalBreaches).reversed()
                .thenComparing(AssessmentLine::allComplaints, java.util.Comparator.reverseOrder())
                .thenComparing(AssessmentLine::name));

        Map<String, WorkOrderStatistics.UnitFigures> unitFigures = new HashMap<>();
        statistics.byUnit(period, viewer).forEach(u -> unitFigures.put(u.areaId() == null ? null : u.areaId().toString(), u));
        Map<String, Map<AssessmentKind, Long>> unitRecords = recordCounts(false, period, areas);
        Set<String> unitKeys = new LinkedHashSet<>(unitFigures.keySet());
        unitKeys.addAll(unitRecords.keySet());
        Map<Long, String> areaNames = new HashMap<>();
        List<AssessmentLine> unitLines = new ArrayList<>();
        for (String key : unitKeys) {
            WorkOrderStatistics.UnitFigures u = unitFigures.get(key);
            String name = key == null ? NO_AREA : u != null && u.areaName() != null ? u.areaName() : areaName(key, areaNames);
            String branch = u == null ? null : u.branchName();
            unitLines.add(line(key, name, branch, u == null ? Figures.NONE : u.figures(),
                    unitRecords.getOrDefault(key, Map.of())));
        }
        unitLines.sort(java.util.Comparator.comparing((AssessmentLine l) -> l.unitName() == null ? "" : l.unitName())
                .thenComparing(AssessmentLine::name));

        AssessmentLine total = AssessmentLine.empty("total", "合计", null);
        for (AssessmentLine l : unitLines) {
            total = total.plus(l, "total", "合计", null);
        }
        return new AssessmentTable(period, List.copyOf(personLines), List.copyOf(unitLines), total);
    }

    /** The table of the period as an Excel workbook, noting who exported it and when. */
    public void writeExcel(Period period, StaffMember viewer, OutputStream out) throws IOException {
        AssessmentExport.write(table(period, viewer), viewer.displayName() + "（" + viewer.username() + "）",
                Instant.now(clock), out);
    }

    private String areaName(String key, Map<Long, String> names) {
        if (names.isEmpty()) {
            organisation.areas().forEach(a -> names.put(a.id(), a.name()));
        }
        return names.getOrDefault(Long.valueOf(key), "片区 " + key);
    }

    private Map<String, Map<AssessmentKind, Long>> recordCounts(boolean byPerson, Period period, List<Long> areas) {
        Map<String, Map<AssessmentKind, Long>> counts = new HashMap<>();
        for (KindCount c : records.counts(byPerson, period.start(), period.end(), areas)) {
            counts.computeIfAbsent(c.key(), k -> new EnumMap<>(AssessmentKind.class)).merge(c.kind(), c.count(), Long::sum);
        }
        return counts;
    }

    static AssessmentLine line(String key, String name, String unitName, Figures f, Map<AssessmentKind, Long> records) {
        return new AssessmentLine(key, name, unitName, f.ordersReceived(), f.breaches(),
                records.getOrDefault(AssessmentKind.CONFIRMED_COMPLAINT, 0L),
                records.getOrDefault(AssessmentKind.NON_NOTIFICATION, 0L), f.callbacks(),
                Ratio.of(f.callbacksReached(), f.callbacks()), Ratio.of(f.callbacksSatisfied(), f.callbacksReached()));
    }
}
