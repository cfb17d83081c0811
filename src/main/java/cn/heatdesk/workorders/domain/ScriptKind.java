package cn.heatdesk.workorders.domain;

/** The occasions of the butler's standard phrases (话术, R-BUTLER-4), in the order the seed gives them. */
public enum ScriptKind {
    ANSWERING("接听来电"),
    CALLING("拨打电话"),
    NOT_CONVENIENT("用户不便接听"),
    LINE_NOISE("没有听清"),
    NOTING("记录信息"),
    /** R-BUTLER-5. */
    OTHER_AREA("其他片区来电"),
    OUTSIDE_REMIT("超出公司管理权限"),
    APPOINTMENT("预约入户"),
    LEAK_THANKS("漏水漏汽线索"),
    ANYTHING_ELSE("结束前询问"),
    AT_THE_DOOR("入户敲门应答");

    private final String label;

    ScriptKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
