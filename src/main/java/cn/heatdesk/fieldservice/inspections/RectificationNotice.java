package cn.heatdesk.fieldservice.inspections;

import java.time.Instant;
import java.time.LocalDate;

import cn.heatdesk.fieldservice.inspections.domain.DeliveryMethod;
import cn.heatdesk.fieldservice.inspections.domain.ReinspectionResult;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.ResponsibleParty;

/**
 * A rectification notice (整改通知书, R-BUTLER-3) with its delivery (how, to whom, when, by whom) and
 * re-inspection; {@code reinspectionDue} is true when it is delivered, not yet re-inspected and the day has come.
 */
public record RectificationNotice(long id, String number, long findingId, long roundId, long areaId, String areaName,
                                  String butlerNumber, String butlerName, Long customerId, String addressee,
                                  String place, BoundaryLocation location, String description, String requirement,
                                  ResponsibleParty responsibleParty, String policyDocument, String reason,
                                  LocalDate inspectedOn, LocalDate reinspectionOn, Instant issuedAt,
                                  DeliveryMethod deliveryMethod, String deliveredTo, Instant deliveredAt,
                                  String deliveredBy, Instant reinspectedAt, ReinspectionResult reinspectionResult,
                                  String reinspectionNote, String reinspectedBy, boolean reinspectionDue, int version) {

    public boolean delivered() {
        return deliveredAt != null;
    }

    public boolean reinspected() {
        return reinspectedAt != null;
    }
}
