package cn.heatdesk.customers.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerSummary;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.support.PostgresTest;

/** The benchmark generator's COPY path on a real PostgreSQL, small, inside the test's transaction (rolled back). */
@SpringBootTest
@PostgresTest
@Transactional
class HouseholdGeneratorPostgresTest {

    /** Needs a database no other test class has written to (see PostgresTestCondition.ownDatabase). */
    @org.springframework.test.context.DynamicPropertySource
    static void ownDatabase(org.springframework.test.context.DynamicPropertyRegistry registry) {
        String url = cn.heatdesk.support.PostgresTestCondition.ownDatabase("household_generator");
        registry.add("spring.datasource.url", () -> url);
    }


    static final StaffMember AGENT = new StaffMember(1, "agent", "李娜", StaffRole.HOTLINE_AGENT);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    CustomerFiles files;
    @Autowired
    Clock clock;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void copiesTheWantedHouseholdsWithTheirStatusesAndFindsThem() {
        DistrictWriter.Counts counts = new HouseholdGenerator(jdbc, transaction, files, clock, context, 3000, 11)
                .generate();

        assertThat(counts.households()).isEqualTo(3000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE kind = 'RESIDENTIAL'", Long.class))
                .isEqualTo(3000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_season_status", Long.class))
                .isEqualTo(counts.customers());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE phone_last4 <> RIGHT(phone, 4)", Long.class))
                .isZero();
        assertThat(files.search("华润中央公园12号楼2单元", AGENT, 100)).hasSize(12)
                .extracting(CustomerSummary::maskedPhone).allMatch(p -> p == null || p.contains("****"));
        Long next = jdbc.queryForObject("INSERT INTO branch (code, name) VALUES ('T9', '测试') RETURNING id", Long.class);
        assertThat(next).isGreaterThan(counts.branches());
    }
}
