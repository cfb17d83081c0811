package cn.heatdesk.fieldservice.inspections;

import java.time.LocalDate;

import cn.heatdesk.fieldservice.inspections.domain.FindingRoute;
import cn.heatdesk.fieldservice.inspections.domain.RepairStatus;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.ResponsibleParty;

/**
 * A recorded finding with the resolver's answer and where it went: a repair plan item or a rectification
 * notice (R-BUTLER-3).
 */
public record Finding(long id, long roundId, CustomerKind customerKind, BoundaryLocation location, Long buildingId,
                      Long customerId, String place, String description, LocalDate contractDate,
                      ResponsibleParty responsibleParty, String policyDocument, String reason, FindingRoute route,
                      Long repairItemId, RepairStatus repairStatus, Long noticeId) {
}
