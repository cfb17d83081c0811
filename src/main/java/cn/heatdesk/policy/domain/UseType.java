package cn.heatdesk.policy.domain;

/** R-FEE-2 Decision: two categories in both fee versions (住宅/民用; 商业 in 2019, 公用 in 2008). */
public enum UseType {
    RESIDENTIAL("民用（住宅）"), NON_RESIDENTIAL("非民用（商业/公用）");

    private final String label;

    UseType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
