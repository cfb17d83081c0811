package cn.heatdesk.fieldservice.inspections;

import java.time.Instant;
import java.time.LocalDate;

import cn.heatdesk.fieldservice.inspections.domain.RepairStatus;
import cn.heatdesk.policy.domain.BoundaryLocation;

/** An item of the repair and upgrade plan (维修技改计划), R-BUTLER-3. */
public record RepairPlanItem(long id, long findingId, long roundId, long areaId, String areaName,
                             LocalDate inspectedOn, BoundaryLocation location, String place, String description,
                             String reason, RepairStatus status, Instant updatedAt, String updatedBy, int version) {
}
