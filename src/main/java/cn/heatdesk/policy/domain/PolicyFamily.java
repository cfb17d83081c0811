package cn.heatdesk.policy.domain;

/** Policies kept as versioned data with effective dates and documents (R-FEE-4, R-BOUND-4). */
public enum PolicyFamily {
    /** 供暖配套费, R-FEE-1..3. */
    CONNECTION_FEE("供暖配套费"),
    /** 产权分界, R-BOUND-1..3. */
    PROPERTY_BOUNDARY("产权分界"),
    /** 服务时限, R-SUP-3, R-BUTLER-6, R-TEMP-6, R-ANS-4, R-APPT-4. */
    SERVICE_DEADLINES("服务时限"),
    /** 室温不达标减免供热费的档次, R-TEMP-6. */
    FEE_REDUCTION("室温不达标减免");

    private final String label;

    PolicyFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
