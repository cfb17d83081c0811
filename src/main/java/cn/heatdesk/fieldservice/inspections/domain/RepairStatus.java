package cn.heatdesk.fieldservice.inspections.domain;

/**
 * R-BUTLER-3: the status of an item in the repair and upgrade plan. Work only moves forward
 * (计划中 → 实施中 → 已完成, or straight to 已完成 for a small job); a finished item stays finished, so the
 * plan's history cannot be rewritten by a status change.
 */
public enum RepairStatus {
    PLANNED,
    IN_PROGRESS,
    DONE;

    public Decision moveTo(RepairStatus target) {
        if (target == null) {
            return Decision.rejected("MISSING_STATUS", "请选择新的状态");
        }
        if (this == DONE) {
            return Decision.rejected("REPAIR_ALREADY_DONE", "该项目已完成，状态不能再改");
        }
        if (target.ordinal() <= ordinal()) {
            return Decision.rejected("REPAIR_STATUS_BACKWARDS", "状态只能向前推进（计划中 → 实施中 → 已完成）");
        }
        return Decision.allowed();
    }
}
