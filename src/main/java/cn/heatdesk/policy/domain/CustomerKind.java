package cn.heatdesk.policy.domain;

import java.util.List;

import static cn.heatdesk.policy.domain.BoundaryLocation.*;

/** 居民用户 or 单位用户; each has its own heat path (requirements §4). */
public enum CustomerKind {
    RESIDENTIAL("居民用户", List.of(HEAT_SOURCE, PRIMARY_NETWORK, HEAT_STATION, SECONDARY_NETWORK,
            BUILDING_FRONT_VALVE, BUILDING_PIPES, ENTRY_PORT, METER, INDOOR_SYSTEM)),
    INSTITUTIONAL("单位用户", List.of(HEAT_SOURCE, PRIMARY_NETWORK, HEAT_STATION, SECONDARY_NETWORK,
            VALVE_WELL, INSTITUTION_NETWORK));

    private final String label;
    private final List<BoundaryLocation> path;

    CustomerKind(String label, List<BoundaryLocation> path) {
        this.label = label;
        this.path = path;
    }

    public String label() {
        return label;
    }

    /** The facilities along this customer's heat path, from the heat source. */
    public List<BoundaryLocation> path() {
        return path;
    }

    public boolean onPath(BoundaryLocation location) {
        return path.contains(location);
    }
}
