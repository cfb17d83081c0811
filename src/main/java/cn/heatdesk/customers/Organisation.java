package cn.heatdesk.customers;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company's structure: branches, areas with their butler numbers, communities (for filters and routing). */
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
}
