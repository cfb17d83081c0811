package cn.heatdesk.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.assessment.domain.AssessmentKind;
import cn.heatdesk.assessment.domain.AssessmentLine;
import cn.heatdesk.assessment.domain.Ratio;
import cn.heatdesk.assessment.internal.AssessmentRecordRepository;
import cn.heatdesk.assessment.internal.AssessmentRecordRepository.KindCount;
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

    Assessments(WorkOrderStatistics statistics, AssessmentRecordRepository records, StaffDirectory staff) {
        this.statistics = statistics;
        this.records = records;
        this.staff = staff;
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
        Map<Long, String[]> areaNames = new HashMap<>();
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

    private String areaName(String key, Map<Long, String[]> cache) {
        return "片区 " + key;
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
