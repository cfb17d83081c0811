package cn.heatdesk.customers.internal.demo;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.customers.CustomerFiles;

/**
 * Demo mode only: a fictional Zibo district (2 branches, 6 areas, 14 communities, 1,976 households and 4
 * institutions) created once, when the database has no branch yet, and the same on every machine. The demo
 * user {@code butler} keeps area 01 and {@code dispatcher} works for branch 1 (R-SYS-2).
 */
@Component
@Profile("demo")
@Order(10)
class DemoDistrict implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

    private final JdbcTemplate jdbc;
    private final CustomerFiles files;
    private final Clock clock;

    DemoDistrict(JdbcTemplate jdbc, CustomerFiles files, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        createIfEmpty();
    }

    /** Idempotent: the demo database is a file that survives restarts. Returns null when nothing was made. */
    @Transactional
    DistrictWriter.Counts createIfEmpty() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM branch", Long.class) > 0) {
            return null;
        }
        Instant now = Instant.now(clock);
        DistrictWriter writer = new DistrictWriter(jdbc, now, files.currentSeason(), 5000, written -> { });
        new DistrictGenerator(DistrictGenerator.DEMO_SEED).generate(DistrictPlan.demo(), writer);
        long firstBranch = writer.id("branch", 1);
        DistrictWriter.Counts counts = writer.finish();
        jdbc.update("DELETE FROM staff_scope WHERE username = 'dispatcher'");
        jdbc.update("INSERT INTO staff_scope (username, branch_id) VALUES ('dispatcher', ?)", firstBranch);
        log.info("Created the demo district: {} branches, {} areas, {} communities, {} buildings, {} units, "
                        + "{} households, {} institutions; statuses for season {}.", counts.branches(), counts.areas(),
                counts.communities(), counts.buildings(), counts.units(), counts.households(), counts.institutions(),
                files.currentSeason());
        return counts;
    }
}
