package cn.heatdesk.customers.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.heatdesk.customers.CustomerScope;
import cn.heatdesk.customers.HeatingRates.Filter;

/** Household counts per community and per unit for one season (R-RATE-1), within the caller's scope. */
@Repository
public class RateQueries {

    public record CommunityCount(long id, String name, String areaName, String branchName, long households,
                                 long inService) {
    }

    public record UnitCount(long id, long communityId, String communityName, String buildingName, String unitName,
                            boolean article22, long households, long inService) {
    }

    private static final String FROM = """
            FROM customer c
            JOIN unit u ON u.id = c.unit_id
            JOIN building bl ON bl.id = u.building_id
            JOIN community co ON co.id = bl.community_id
            JOIN area a ON a.id = c.area_id
            JOIN branch b ON b.id = a.branch_id
            LEFT JOIN customer_season_status s ON s.customer_id = c.id AND s.season_start_year = :season
            WHERE c.kind = 'RESIDENTIAL'
              AND (CAST(:branch AS BIGINT) IS NULL OR a.branch_id = :branch)
              AND (CAST(:area AS BIGINT) IS NULL OR c.area_id = :area)
              AND (CAST(:community AS BIGINT) IS NULL OR co.id = :community)
              AND (:companyWide = TRUE OR c.area_id IN (:areas) OR a.branch_id IN (:branches))
            """;

    private final JdbcClient jdbc;

    RateQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CommunityCount> communityCounts(Filter filter, int season, CustomerScope scope) {
        if (scope.seesNothing()) {
            return List.of();
        }
        return params(jdbc.sql("""
                SELECT co.id, co.name, a.name AS area_name, b.name AS branch_name, COUNT(*) AS households,
                       SUM(CASE WHEN s.status = 'IN_SERVICE' THEN 1 ELSE 0 END) AS in_service
                """ + FROM + """
                GROUP BY co.id, co.name, a.name, b.name
                ORDER BY b.name, a.name, co.name
                """), filter, season, scope)
                .query((rs, n) -> new CommunityCount(rs.getLong("id"), rs.getString("name"), rs.getString("area_name"),
                        rs.getString("branch_name"), rs.getLong("households"), rs.getLong("in_service")))
                .list();
    }

    public List<UnitCount> unitCounts(Filter filter, int season, CustomerScope scope) {
        if (scope.seesNothing()) {
            return List.of();
        }
        return params(jdbc.sql("""
                SELECT u.id, co.id AS community_id, co.name AS community_name, bl.name AS building_name,
                       u.name AS unit_name, bl.article22_conditions_met, COUNT(*) AS households,
                       SUM(CASE WHEN s.status = 'IN_SERVICE' THEN 1 ELSE 0 END) AS in_service
                """ + FROM + """
                GROUP BY u.id, co.id, co.name, bl.name, u.name, bl.article22_conditions_met
                ORDER BY co.name, bl.name, u.name
                """), filter, season, scope)
                .query((rs, n) -> new UnitCount(rs.getLong("id"), rs.getLong("community_id"),
                        rs.getString("community_name"), rs.getString("building_name"), rs.getString("unit_name"),
                        rs.getBoolean("article22_conditions_met"), rs.getLong("households"), rs.getLong("in_service")))
                .list();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Filter filter, int season,
                                                   CustomerScope scope) {
        return CustomerQueries.scoped(spec, scope)
                .param("season", season)
                .param("branch", filter.branchId())
                .param("area", filter.areaId())
                .param("community", filter.communityId());
    }
}
