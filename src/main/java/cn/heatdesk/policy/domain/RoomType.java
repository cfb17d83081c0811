package cn.heatdesk.policy.domain;

/** Rooms in a measurement; only bedrooms and living rooms are covered by R-TEMP-1. */
public enum RoomType {
    BEDROOM("卧室"), LIVING_ROOM("起居室"), KITCHEN("厨房"), BATHROOM("卫生间"), OTHER("其他房间");

    private final String label;

    RoomType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean coveredByStandard() {
        return this == BEDROOM || this == LIVING_ROOM;
    }
}
