package cn.heatdesk.customers.internal.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.customers.CustomerScope;
import cn.heatdesk.customers.ImportColumn;
import cn.heatdesk.customers.ImportError;

/**
 * Finds the community, building and unit a row names, loading each community the file mentions once
 * (with its buildings and units), never the whole company.
 *
 * <p>Communities and buildings must exist: a typo must not create a new estate. A unit that the building
 * does not have yet is created by the import. Decision: a unit is only a stairwell number, with nothing
 * else to know about it, so creating one cannot invent wrong data; it must therefore look like one
 * ({@code 2} or {@code 2单元}, stored as {@code 2单元}).
 */
final class Places {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    private static final Pattern UNIT_NAME = Pattern.compile("\\d{1,3}单元");

    record Community(long id, long areaId, long branchId, String name, Map<String, Building> buildings) {
    }

    record Building(long id, String name, Map<String, Long> units) {
    }

    /** Where a household lives; {@code unitId} is null for a unit the import creates. */
    record Place(Community community, Building building, String unitName, Long unitId) {

        String address(String room) {
            return community.name() + building.name() + unitName + room;
        }

        /** Identifies a room whether or not its unit exists yet. */
        String roomKey(String room) {
            return building.id() + "/" + unitName + "/" + room;
        }
    }

    private final JdbcClient jdbc;
    private final Map<String, Optional<Community>> communities = new HashMap<>();
    /** Units to create, per building id, in the order the file first names them. */
    private final Map<Long, List<String>> newUnits = new LinkedHashMap<>();

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The row's place, or null with an error added (unknown community or building, outside the scope). */
    Place resolve(HouseholdRow row, CustomerScope scope, List<ImportError> errors) {
        Community community = communities.computeIfAbsent(row.community(), this::load).orElse(null);
        if (community == null) {
            errors.add(new ImportError(row.row(), ImportColumn.COMMUNITY.header(), row.community(),
                    "系统中没有小区“" + row.community() + "”，请核对名称（须与系统中的小区名称完全一致）"));
            return null;
        }
        if (!scope.covers(community.branchId(), community.areaId())) {
            errors.add(new ImportError(row.row(), ImportColumn.COMMUNITY.header(), row.community(),
                    "小区“" + row.community() + "”不在您负责的范围内，不能导入"));
            return null;
        }
        Building building = building(community, row.building());
        if (building == null) {
            errors.add(new ImportError(row.row(), ImportColumn.BUILDING.header(), row.building(),
                    "小区“" + community.name() + "”没有楼号“" + row.building() + "”，请核对（楼须先在系统中建立）"));
            return null;
        }
        String given = row.unit();
        if (building.units().containsKey(given)) {
            return new Place(community, building, given, building.units().get(given));
        }
        String unitName = DIGITS.matcher(given).matches() ? given + "单元" : given;
        if (building.units().containsKey(unitName)) {
            return new Place(community, building, unitName, building.units().get(unitName));
        }
        if (!UNIT_NAME.matcher(unitName).matches()) {
            errors.add(new ImportError(row.row(), ImportColumn.UNIT.header(), given,
                    community.name() + building.name() + "没有单元“" + given + "”；新单元须写成数字，如 2 或 2单元"));
            return null;
        }
        List<String> pending = newUnits.computeIfAbsent(building.id(), id -> new ArrayList<>());
        if (!pending.contains(unitName)) {
            pending.add(unitName);
        }
        return new Place(community, building, unitName, null);
    }

    int unitsToCreate() {
        return newUnits.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Creates the units the file needs; runs inside the import's transaction, so that they vanish with
     * everything else when it rolls back. Afterwards {@link #unitId} knows them.
     */
    void createUnits() {
        newUnits.forEach((buildingId, names) -> {
            for (String name : names) {
                jdbc.sql("INSERT INTO unit (building_id, name) VALUES (:building, :name)")
                        .param("building", buildingId).param("name", name).update();
            }
        });
        for (Optional<Community> community : communities.values()) {
            community.ifPresent(c -> c.buildings().values().stream()
                    .filter(b -> newUnits.containsKey(b.id()))
                    .forEach(b -> jdbc.sql("SELECT id, name FROM unit WHERE building_id = :building")
                            .param("building", b.id())
                            .query(rs -> {
                                b.units().put(rs.getString(2), rs.getLong(1));
                            })));
        }
        newUnits.clear();
    }

    /** The unit's id once it exists (after {@link #createUnits} for new ones). */
    long unitId(Place place) {
        if (place.unitId() != null) {
            return place.unitId();
        }
        Long id = place.building().units().get(place.unitName());
        if (id == null) {
            throw new IllegalStateException("unit " + place.unitName() + " of building " + place.building().id()
                    + " was not created");
        }
        return id;
    }

    private Building building(Community community, String given) {
        Building exact = community.buildings().get(given);
        if (exact != null) {
            return exact;
        }
        return DIGITS.matcher(given).matches() ? community.buildings().get(given + "号楼") : null;
    }

    private Optional<Community> load(String name) {
        Optional<Community> community = jdbc.sql("""
                SELECT c.id, c.area_id, a.branch_id, c.name FROM community c JOIN area a ON a.id = c.area_id
                WHERE c.name = :name
                """)
                .param("name", name)
                .query((rs, n) -> new Community(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        new HashMap<>()))
                .optional();
        community.ifPresent(c -> {
            Map<Long, Building> byId = new HashMap<>();
            jdbc.sql("SELECT id, name FROM building WHERE community_id = :id").param("id", c.id())
                    .query(rs -> {
                        Building b = new Building(rs.getLong(1), rs.getString(2), new HashMap<>());
                        byId.put(b.id(), b);
                        c.buildings().put(b.name(), b);
                    });
            jdbc.sql("SELECT u.id, u.building_id, u.name FROM unit u JOIN building b ON b.id = u.building_id "
                            + "WHERE b.community_id = :id")
                    .param("id", c.id())
                    .query(rs -> {
                        byId.get(rs.getLong(2)).units().put(rs.getString(3), rs.getLong(1));
                    });
        });
        return community;
    }
}
