package cn.heatdesk.customers;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A small district for tests, inserted with plain SQL inside the test's transaction: two branches, an
 * area per branch (area 1's butler is {@code butler}), one community per area, buildings, units and
 * households with statuses for one season.
 */
public final class CustomerFixtures {

    public static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private final JdbcClient jdbc;

    public CustomerFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long branch(String code, String name) {
        return insert("INSERT INTO branch (code, name) VALUES ('" + code + "', '" + name + "')");
    }

    public long area(long branchId, String code, String name, String butlerNumber, String butlerUsername) {
        return insert("INSERT INTO area (branch_id, code, name, butler_number, butler_name, butler_username) VALUES ("
                + branchId + ", '" + code + "', '" + name + "', '" + butlerNumber + "', '管家" + butlerNumber + "', "
                + (butlerUsername == null ? "NULL" : "'" + butlerUsername + "'") + ")");
    }

    public long community(long areaId, String name) {
        return insert("INSERT INTO community (area_id, name) VALUES (" + areaId + ", '" + name + "')");
    }

    public long building(long communityId, String name, boolean article22, LocalDate openingDate) {
        return insert("INSERT INTO building (community_id, name, use_type, built_year, envelope_compliant, "
                + "article22_conditions_met, opening_date) VALUES (" + communityId + ", '" + name + "', 'RESIDENTIAL', 2010, TRUE, "
                + article22 + ", " + (openingDate == null ? "NULL" : "DATE '" + openingDate + "'") + ")");
    }

    public long unit(long buildingId, String name) {
        return insert("INSERT INTO unit (building_id, name) VALUES (" + buildingId + ", '" + name + "')");
    }

    /** A household in {@code unitId}; the address is built from the given community/building/unit names. */
    public long household(long areaId, long unitId, String account, String room, String owner, String phone,
                          String idNumber, String address, String areaM2, LocalDate contractDate) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO customer (kind, account_number, area_id, unit_id, room, owner_name, phone, phone_last4,
                                      id_number, address, heated_area_m2, contract_date, created_at, updated_at)
                VALUES ('RESIDENTIAL', :account, :area, :unit, :room, :owner, :phone, :last4, :idn, :address, :m2,
                        :contract, :at, :at)
                """)
                .param("account", account).param("area", areaId).param("unit", unitId).param("room", room)
                .param("owner", owner).param("phone", phone)
                .param("last4", phone == null ? null : phone.substring(phone.length() - 4))
                .param("idn", idNumber).param("address", address).param("m2", new BigDecimal(areaM2))
                .param("contract", contractDate == null ? null : Date.valueOf(contractDate))
                .param("at", Timestamp.from(CREATED))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** An institution in {@code areaId} (no unit), with {@code contact} as the owner name the file shows as contact. */
    public long institution(long areaId, String account, String name, String contact, String address, String areaM2) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO customer (kind, account_number, area_id, institution_name, owner_name, address,
                                      heated_area_m2, created_at, updated_at)
                VALUES ('INSTITUTIONAL', :account, :area, :name, :contact, :address, :m2, :at, :at)
                """)
                .param("account", account).param("area", areaId).param("name", name).param("contact", contact)
                .param("address", address).param("m2", new BigDecimal(areaM2)).param("at", Timestamp.from(CREATED))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void status(long customerId, int season, HeatingStatus status) {
        jdbc.sql("INSERT INTO customer_season_status (customer_id, season_start_year, status) VALUES (:c, :s, :st)")
                .param("c", customerId).param("s", season).param("st", status.name()).update();
    }

    public void dispatcherOf(String username, long branchId) {
        jdbc.sql("INSERT INTO staff_scope (username, branch_id) VALUES (:u, :b)").param("u", username)
                .param("b", branchId).update();
    }

    private long insert(String sql) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(sql).update(key, "id");
        return key.getKey().longValue();
    }
}
