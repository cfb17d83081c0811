package cn.heatdesk.fieldservice.domain;

/** R-HOME-2: how damage to the customer's property is made good. */
public enum Remedy {
    RESTORE("恢复原状"),
    COMPENSATE("照价赔偿");

    private final String label;

    Remedy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
