package cn.heatdesk.assessment;

import cn.heatdesk.assessment.domain.AssessmentKind;

/**
 * A confirmed matter to record against a person and/or a unit (R-SUP-6, R-NOTIFY-6): the basis says why it is
 * confirmed; the order number, the customer and a free reference (a notice number) say what it is about.
 * {@code confirmedBy} is the username of whoever confirmed it (a person, or a module acting for one).
 */
public record NewAssessmentRecord(AssessmentKind kind, String responsibleUsername, Long responsibleAreaId,
                                  String basis, String orderNumber, Long customerId, String reference,
                                  String confirmedBy) {
}
