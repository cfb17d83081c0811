package cn.heatdesk.fieldservice.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An inspection round with its findings (empty in lists). */
public record InspectionRound(long id, long areaId, String areaName, LocalDate inspectedOn, String inspector,
                              String note, String createdBy, Instant createdAt, int findingCount,
                              List<Finding> findings) {
}
