package cn.heatdesk.policy.domain;

/** Facilities along a heat path (requirements §4), where a fault can be. */
public enum BoundaryLocation {
    HEAT_SOURCE("热源"),
    PRIMARY_NETWORK("一次网"),
    HEAT_STATION("换热站"),
    SECONDARY_NETWORK("二次网"),
    BUILDING_FRONT_VALVE("楼前阀门"),
    BUILDING_PIPES("楼内公共管道/立管"),
    ENTRY_PORT("入户端口"),
    METER("计量装置"),
    INDOOR_SYSTEM("户内管道及散热器"),
    VALVE_WELL("阀门井/总阀门井"),
    INSTITUTION_NETWORK("单位自有管网");

    private final String label;

    BoundaryLocation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
