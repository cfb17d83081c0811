package cn.heatdesk.fieldservice.inspections;

import java.time.LocalDate;
import java.util.List;

import cn.heatdesk.fieldservice.inspections.domain.NoticeCoverage;
import cn.heatdesk.fieldservice.inspections.domain.NoticePhase;

/**
 * R-BUTLER-2: the building notices of one phase of one season: every building in the caller's scope
 * (or one area), with what is posted and what is missing, and how many buildings still lack something.
 */
public record NoticeCoverageView(int seasonStartYear, String season, NoticePhase phase, LocalDate firstDay,
                                 LocalDate lastDay, Long areaId, List<NoticeCoverage.Row> rows, int incomplete) {
}
