package cn.heatdesk.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.web.PageTest;

/**
 * Customer files whose contract date no policy covers (R-BOUND-4), with real commits: no test
 * transaction wraps these calls, so a transaction the policy engine marked rollback-only would fail here
 * exactly as it failed in the browser ("Transaction rolled back because it has been marked as rollback-only").
 */
@PageTest
class CustomerFileCommitTests {

    static final StaffMember BUTLER = new StaffMember(2, "butler-commit", "张伟", StaffRole.BUTLER);

    @Autowired
    CustomerFiles files;
    @Autowired
    JdbcClient jdbc;

    long branch;
    long area;
    long community;
    long building;
    long unit;
    long customer;

    @BeforeEach
    void aHouseholdSignedAfterTheNewestFeePolicy() {
        CustomerFixtures f = new CustomerFixtures(jdbc);
        branch = f.branch("CT1", "提交测试分公司");
        area = f.area(branch, "CTA1", "提交测试片区", "C01", "butler-commit");
        community = f.community(area, "提交测试小区");
        building = f.building(community, "1号楼", true, null);
        unit = f.unit(building, "1单元");
        customer = f.household(area, unit, "CT0001", "101", "赵六", "13800001111", null, "提交测试小区1号楼1单元101",
                "80", LocalDate.of(2026, 3, 1));
    }

    @AfterEach
    void removeIt() {
        for (String table : List.of("customer_timeline", "customer_status_change", "customer_season_status")) {
            jdbc.sql("DELETE FROM " + table + " WHERE customer_id = :id").param("id", customer).update();
        }
        jdbc.sql("DELETE FROM customer WHERE id = :id").param("id", customer).update();
        jdbc.sql("DELETE FROM unit WHERE id = :id").param("id", unit).update();
        jdbc.sql("DELETE FROM building WHERE id = :id").param("id", building).update();
        jdbc.sql("DELETE FROM community WHERE id = :id").param("id", community).update();
        jdbc.sql("DELETE FROM area WHERE id = :id").param("id", area).update();
        jdbc.sql("DELETE FROM branch WHERE id = :id").param("id", branch).update();
    }

    @Test
    @DisplayName("R-BOUND-4: the file opens with the no-policy message instead of failing its transaction")
    void opensAFileWhoseDateNoPolicyCovers() {
        CustomerFile file = files.file(customer, BUTLER);

        assertThat(file.fee().quote()).isNull();
        assertThat(file.fee().problem()).contains("2026-03-01 没有有效的供暖配套费政策");
    }

    @Test
    void commitsAStatusChangeOfSuchAHousehold() {
        files.changeStatus(customer, new StatusChangeRequest(null, HeatingStatus.IN_SERVICE, "单户开户"), BUTLER);

        assertThat(files.file(customer, BUTLER).statusHistory()).singleElement()
                .satisfies(change -> assertThat(change.reason()).isEqualTo("单户开户"));
    }
}
