package cn.heatdesk.fieldservice.inspections.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * R-BUTLER-2: which buildings still lack which notice for one phase of one season. Decision: every
 * building gets both notices (注水通知 and 缴费通知) in every phase, as the seed lists them together
 * (“按公司统一要求张贴注水通知、缴费通知等”); {@link #REQUIRED} is the one place to change that.
 */
public final class NoticeCoverage {

    public static final Set<NoticeKind> REQUIRED = EnumSet.allOf(NoticeKind.class);

    /** A building as the coverage view lists it. */
    public record Building(long id, long areaId, String areaName, String communityName, String name) {
    }

    /** One notice already posted. */
    public record Posted(long buildingId, NoticeKind kind) {
    }

    /** A building with the notices it has and the ones it still lacks. */
    public record Row(Building building, Set<NoticeKind> posted, Set<NoticeKind> missing) {

        public boolean complete() {
            return missing.isEmpty();
        }
    }

    /** Buildings ordered by area, community, then naturally by name (1号楼, 2号楼, 10号楼). */
    public static final Comparator<Building> ORDER = Comparator.comparing(Building::areaName)
            .thenComparing(Building::communityName, BuildingOrder.NATURAL)
            .thenComparing(Building::name, BuildingOrder.NATURAL);

    private NoticeCoverage() {
    }

    public static List<Row> of(Collection<Building> buildings, Collection<Posted> posted) {
        return buildings.stream().sorted(ORDER).map(building -> {
            EnumSet<NoticeKind> has = EnumSet.noneOf(NoticeKind.class);
            posted.stream().filter(p -> p.buildingId() == building.id()).forEach(p -> has.add(p.kind()));
            EnumSet<NoticeKind> missing = EnumSet.copyOf(REQUIRED);
            missing.removeAll(has);
            return new Row(building, Collections.unmodifiableSet(has), Collections.unmodifiableSet(missing));
        }).toList();
    }
}
