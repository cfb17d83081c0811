package cn.heatdesk.assessment;

import java.util.List;

import cn.heatdesk.assessment.domain.AssessmentLine;
import cn.heatdesk.workorders.domain.Period;

/**
 * The 考核 table for a period (R-SUP-6): one line per person, one per unit (area) with its branch, and the total
 * of the viewer's scope.
 */
public record AssessmentTable(Period period, List<AssessmentLine> people, List<AssessmentLine> units,
                              AssessmentLine total) {
}
