package cn.heatdesk.assessment;

import java.time.Instant;

import cn.heatdesk.assessment.domain.AssessmentKind;

/** A recorded assessment matter (R-SUP-6, R-NOTIFY-6). */
public record AssessmentRecord(long id, AssessmentKind kind, String responsibleUsername, Long responsibleAreaId,
                               String basis, String orderNumber, Long customerId, String reference, String confirmedBy,
                               Instant confirmedAt) {
}
