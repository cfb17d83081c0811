package cn.heatdesk.customers.internal.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.heatdesk.common.Databases;

/**
 * Writes a generated district with JDBC batches, in foreign-key order, a chunk of customers at a time. Rows
 * get explicit ids after the highest id already in each table; at the end each identity column is moved
 * past them, so rows added later by the application do not collide.
 */
class DistrictWriter implements District.Sink {

    static final List<String> TABLES = List.of("branch", "area", "community", "building", "unit", "customer");

    record Counts(int branches, int areas, int communities, int buildings, int units, int households,
                  int institutions) {

        int customers() {
            return households + institutions;
        }
    }

    protected final JdbcTemplate jdbc;
    protected final Timestamp now;
    protected final int season;
    private final int chunk;
    private final IntConsumer progress;
    private final long[] base = new long[TABLES.size()];

    private final List<District.Branch> branches = new ArrayList<>();
    private final List<District.Area> areas = new ArrayList<>();
    private final List<District.Community> communities = new ArrayList<>();
    private final List<District.Building> buildings = new ArrayList<>();
    private final List<District.Unit> units = new ArrayList<>();
    private final List<District.Customer> customers = new ArrayList<>();
    private int branchCount, areaCount, communityCount, buildingCount, unitCount, householdCount, institutionCount;

    /** {@code progress} hears the number of customers written after every chunk. */
    DistrictWriter(JdbcTemplate jdbc, Instant now, int season, int chunk, IntConsumer progress) {
        this.jdbc = jdbc;
        this.now = Timestamp.from(now);
        this.season = season;
        this.chunk = chunk;
        this.progress = progress;
        for (int i = 0; i < TABLES.size(); i++) {
            base[i] = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + TABLES.get(i), Long.class);
        }
    }

    @Override
    public void branch(District.Branch branch) {
        branches.add(branch);
    }

    @Override
    public void area(District.Area area) {
        areas.add(area);
    }

    @Override
    public void community(District.Community community) {
        communities.add(community);
    }

    @Override
    public void building(District.Building building) {
        buildings.add(building);
    }

    @Override
    public void unit(District.Unit unit) {
        units.add(unit);
    }

    @Override
    public void customer(District.Customer customer) {
        customers.add(customer);
        if (customers.size() >= chunk) {
            flush();
        }
    }

    /** Writes what is left and moves the identity columns on. */
    Counts finish() {
        flush();
        boolean postgres = isPostgres();
        for (int i = 0; i < TABLES.size(); i++) {
            String table = TABLES.get(i);
            long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
            if (postgres) {
                jdbc.queryForObject("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + Math.max(1, max)
                        + ", " + (max > 0) + ")", Long.class);
            } else {
                jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (max + 1));
            }
        }
        return new Counts(branchCount, areaCount, communityCount, buildingCount, unitCount, householdCount,
                institutionCount);
    }

    boolean isPostgres() {
        return Databases.isPostgres(jdbc.getDataSource());
    }

    long id(String table, long no) {
        return base[TABLES.indexOf(table)] + no;
    }

    private void flush() {
        jdbc.batchUpdate("INSERT INTO branch (id, code, name) VALUES (?, ?, ?)", branches, 1000, (ps, b) -> {
            ps.setLong(1, id("branch", b.no()));
            ps.setString(2, b.code());
            ps.setString(3, b.name());
        });
        jdbc.batchUpdate("""
                INSERT INTO area (id, branch_id, code, name, butler_number, butler_name, butler_username)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", areas, 1000, (ps, a) -> {
            ps.setLong(1, id("area", a.no()));
            ps.setLong(2, id("branch", a.branchNo()));
            ps.setString(3, a.code());
            ps.setString(4, a.name());
            ps.setString(5, a.butlerNumber());
            ps.setString(6, a.butlerName());
            ps.setString(7, a.butlerUsername());
        });
        jdbc.batchUpdate("INSERT INTO community (id, area_id, name, address) VALUES (?, ?, ?, ?)", communities, 1000,
                (ps, c) -> {
                    ps.setLong(1, id("community", c.no()));
                    ps.setLong(2, id("area", c.areaNo()));
                    ps.setString(3, c.name());
                    ps.setString(4, c.address());
                });
        jdbc.batchUpdate("""
                INSERT INTO building (id, community_id, name, use_type, built_year, envelope_compliant,
                                      article22_conditions_met, opening_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", buildings, 1000, (ps, b) -> {
            ps.setLong(1, id("building", b.no()));
            ps.setLong(2, id("community", b.communityNo()));
            ps.setString(3, b.name());
            ps.setString(4, b.useType());
            ps.setInt(5, b.builtYear());
            ps.setBoolean(6, b.envelopeCompliant());
            ps.setBoolean(7, b.article22ConditionsMet());
            ps.setDate(8, b.openingDate() == null ? null : Date.valueOf(b.openingDate()));
        });
        jdbc.batchUpdate("INSERT INTO unit (id, building_id, name) VALUES (?, ?, ?)", units, 1000, (ps, u) -> {
            ps.setLong(1, id("unit", u.no()));
            ps.setLong(2, id("building", u.buildingNo()));
            ps.setString(3, u.name());
        });
        writeCustomers(customers);
        branchCount += branches.size();
        areaCount += areas.size();
        communityCount += communities.size();
        buildingCount += buildings.size();
        unitCount += units.size();
        for (District.Customer c : customers) {
            if (c.unitNo() == null) {
                institutionCount++;
            } else {
                householdCount++;
            }
        }
        branches.clear();
        areas.clear();
        communities.clear();
        buildings.clear();
        units.clear();
        customers.clear();
        progress.accept(householdCount + institutionCount);
    }

    /** Customers and their status for the season; overridden by the PostgreSQL bulk writer. */
    protected void writeCustomers(List<District.Customer> chunk) {
        jdbc.batchUpdate("""
                INSERT INTO customer (id, kind, account_number, area_id, unit_id, room, institution_name, valve_well,
                                      owner_name, phone, phone_last4, phone2, id_number, address, heated_area_m2,
                                      contract_date, agreement_signed, agreed_celsius, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""", chunk, 1000, (ps, c) -> {
            ps.setLong(1, id("customer", c.no()));
            ps.setString(2, c.kind().name());
            ps.setString(3, c.accountNumber());
            ps.setLong(4, id("area", c.areaNo()));
            if (c.unitNo() == null) {
                ps.setNull(5, java.sql.Types.BIGINT);
            } else {
                ps.setLong(5, id("unit", c.unitNo()));
            }
            ps.setString(6, c.room());
            ps.setString(7, c.institutionName());
            ps.setString(8, c.valveWell());
            ps.setString(9, c.ownerName());
            ps.setString(10, c.phone());
            ps.setString(11, c.phoneLast4());
            ps.setString(12, c.phone2());
            ps.setString(13, c.idNumber());
            ps.setString(14, c.address());
            ps.setBigDecimal(15, c.heatedAreaM2());
            ps.setDate(16, c.contractDate() == null ? null : Date.valueOf(c.contractDate()));
            ps.setBoolean(17, c.agreementSigned());
            ps.setBigDecimal(18, c.agreedCelsius());
            ps.setTimestamp(19, now);
            ps.setTimestamp(20, now);
        });
        jdbc.batchUpdate("INSERT INTO customer_season_status (customer_id, season_start_year, status) VALUES (?, ?, ?)",
                chunk, 1000, (ps, c) -> {
                    ps.setLong(1, id("customer", c.no()));
                    ps.setInt(2, season);
                    ps.setString(3, c.status().name());
                });
    }
}
