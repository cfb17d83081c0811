package cn.heatdesk.fieldservice.inspections;

import java.time.LocalDate;

import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CustomerKind;

/**
 * A finding at a boundary point (R-BUTLER-3). Where it is: a customer (their kind, address and policy
 * date come from the file), a building (its name and opening date), or only a described place. The
 * contract date picks the boundary version in force (R-BOUND-4) and overrides what the file says.
 * Addressee, requirement and re-inspection date are used when the finding becomes a rectification notice;
 * each has a default (the owner, or the building's owners; the description; seven days after the inspection).
 */
public record NewFinding(CustomerKind customerKind, BoundaryLocation location, Long buildingId, Long customerId,
                         String place, String description, LocalDate contractDate, String addressee,
                         String requirement, LocalDate reinspectionOn) {
}
