package cn.heatdesk.policy.domain;

/** R-TEMP-3. */
public enum TemperatureVerdict {
    COMPLIANT, NON_COMPLIANT, EXEMPT, NOT_APPLICABLE
}
