package cn.heatdesk.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's structure: branches, areas with their butler numbers, communities and buildings (for filters,
 * routing, and the inspections and building notices of the field service).
 */
@Service
@Transactional(readOnly = true)
public class Organisation {

    public record Branch(long id, String code, String name) {
    }

    public record Area(long id, long branchId, String code, String name, String butlerNumber, String butlerName,
                       String butlerUsername) {
    }

    public record Community(long id, long areaId, String name) {
    }

    /**
     * A building with the names it is known by on site; {@code openingDate} is the whole building's opening
     * (contract) date of R-RATE-5, or null.
     */
    public record Building(long id, long communityId, long areaId, long branchId, String areaName,
                           String communityName, String name, LocalDate openingDate) {
    }

    private static final String BUILDING_SQL = """
            SELECT b.id, b.community_id, c.area_id, a.branch_id, a.name AS area_name, c.name AS community_name, b.name,
                   b.opening_date
            FROM building b JOIN community c ON c.id = b.community_id JOIN area a ON a.id = c.area_id
            """;

    private final JdbcClient jdbc;

    Organisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Branch> branches() {
        return jdbc.sql("SELECT id, code, name FROM branch ORDER BY code")
                .query((rs, n) -> new Branch(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public List<Area> areas() {
        return jdbc.sql("""
                SELECT id, branch_id, code, name, butler_number, butler_name, butler_username FROM area ORDER BY code
                """)
                .query((rs, n) -> new Area(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    public List<Community> communities() {
        return jdbc.sql("SELECT id, area_id, name FROM community ORDER BY name")
                .query((rs, n) -> new Community(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    public Optional<Building> building(long id) {
        return jdbc.sql(BUILDING_SQL + " WHERE b.id = :id").param("id", id).query(Organisation::buildingRow).optional();
    }

    /** Every building of these areas, in no particular order; none for an empty collection. */
    public List<Building> buildings(Collection<Long> areaIds) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(BUILDING_SQL + " WHERE c.area_id IN (:areas)").param("areas", new ArrayList<>(areaIds))
                .query(Organisation::buildingRow).list();
    }

    private static Building buildingRow(ResultSet rs, int n) throws SQLException {
        return new Building(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("area_id"), rs.getLong("branch_id"),
                rs.getString("area_name"), rs.getString("community_name"), rs.getString("name"),
                rs.getObject("opening_date", LocalDate.class));
    }
}
