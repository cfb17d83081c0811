package cn.heatdesk.fieldservice.inspections.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * R-BUTLER-3: the life of a rectification notice after it is issued — delivered once (how, to whom,
 * when), then re-inspected once on or after the re-inspection date. Times come in as parameters.
 *
 * @param issuedAt       when the notice was issued
 * @param reinspectionOn the agreed re-inspection day
 * @param deliveredAt    when it was delivered, null while not delivered
 * @param reinspectedAt  when it was re-inspected, null while not re-inspected
 */
public record NoticeFollowUp(Instant issuedAt, LocalDate reinspectionOn, Instant deliveredAt, Instant reinspectedAt) {

    /** A re-inspection date must leave the customer time: at least the day after the inspection. */
    public static Decision reinspectionDate(LocalDate inspectedOn, LocalDate reinspectionOn) {
        if (reinspectionOn == null) {
            return Decision.rejected("MISSING_FIELD", "请填写复查日期");
        }
        if (!reinspectionOn.isAfter(inspectedOn)) {
            return Decision.rejected("REINSPECTION_TOO_EARLY", "复查日期必须晚于巡检日期（" + inspectedOn + "）");
        }
        return Decision.allowed();
    }

    public boolean delivered() {
        return deliveredAt != null;
    }

    public boolean reinspected() {
        return reinspectedAt != null;
    }

    /** Delivery is recorded once, at a time between issue and now. */
    public Decision deliver(DeliveryMethod method, String deliveredTo, Instant at, Instant now) {
        if (delivered()) {
            return Decision.rejected("ALREADY_DELIVERED", "该通知书已登记送达，不能重复登记");
        }
        if (method == null) {
            return Decision.rejected("MISSING_FIELD", "请选择送达方式");
        }
        if (deliveredTo == null || deliveredTo.isBlank()) {
            return Decision.rejected("MISSING_FIELD", "请填写签收人（送达给谁）");
        }
        if (at == null) {
            return Decision.rejected("MISSING_FIELD", "请填写送达时间");
        }
        if (at.isBefore(issuedAt)) {
            return Decision.rejected("DELIVERED_BEFORE_ISSUE", "送达时间不能早于通知书开具时间");
        }
        if (at.isAfter(now)) {
            return Decision.rejected("DELIVERED_IN_FUTURE", "送达时间不能晚于现在");
        }
        return Decision.allowed();
    }

    /** Re-inspection follows delivery, once, not before the agreed day. */
    public Decision reinspect(ReinspectionResult result, Instant at, ZoneId zone) {
        if (!delivered()) {
            return Decision.rejected("NOT_DELIVERED", "通知书尚未登记送达，不能复查");
        }
        if (reinspected()) {
            return Decision.rejected("ALREADY_REINSPECTED", "该通知书已复查");
        }
        if (result == null) {
            return Decision.rejected("MISSING_FIELD", "请选择复查结果");
        }
        if (at.atZone(zone).toLocalDate().isBefore(reinspectionOn)) {
            return Decision.rejected("REINSPECTION_NOT_DUE", "复查日期是 " + reinspectionOn + "，还未到");
        }
        return Decision.allowed();
    }

    /** Due for re-inspection: delivered, not re-inspected, and the day has come. */
    public boolean reinspectionDue(LocalDate today) {
        return delivered() && !reinspected() && !today.isBefore(reinspectionOn);
    }
}
