package cn.heatdesk.fieldservice.inspections.domain;

/** R-BUTLER-3: what the re-inspection (复查) found. */
public enum ReinspectionResult {
    RECTIFIED,
    NOT_RECTIFIED
}
