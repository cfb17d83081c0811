package cn.heatdesk.policy.domain;

/** R-BOUND-3: who owns and repairs a facility. */
public enum ResponsibleParty {
    COMPANY("供热公司"),
    /** Shared building parts beyond the company's boundary (全体业主共有). */
    OWNERS_COLLECTIVE("业主共有"),
    CUSTOMER("用户自有");

    private final String label;

    ResponsibleParty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
