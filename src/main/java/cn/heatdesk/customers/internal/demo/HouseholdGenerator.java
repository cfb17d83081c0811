package cn.heatdesk.customers.internal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.heatdesk.customers.CustomerFiles;

/**
 * Profile {@code generate}: fills an empty PostgreSQL database with {@code heatdesk.generate.households}
 * households (default 1,000,000) for benchmarks, with the demo district's generator, then analyses the
 * tables and exits. Everything is one transaction: a failed run leaves the database as it was.
 *
 * <pre>java -jar target/heatdesk.jar --spring.profiles.active=generate --heatdesk.generate.households=1000000 \
 *      --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/heatdesk_bench --spring.datasource.username=postgres</pre>
 */
@Component
@Profile("generate")
class HouseholdGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HouseholdGenerator.class);
    private static final int CHUNK = 50_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final CustomerFiles files;
    private final Clock clock;
    private final ConfigurableApplicationContext context;
    private final int households;
    private final long seed;

    HouseholdGenerator(JdbcTemplate jdbc, TransactionTemplate transaction, CustomerFiles files, Clock clock,
                       ConfigurableApplicationContext context,
                       @Value("${heatdesk.generate.households:1000000}") int households,
                       @Value("${heatdesk.generate.seed:20261115}") long seed) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.files = files;
        this.clock = clock;
        this.context = context;
        this.households = households;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        DistrictWriter.Counts counts = generate();
        Instant start = Instant.now(clock);
        for (String table : DistrictWriter.TABLES) {
            jdbc.execute("ANALYZE " + table);
        }
        jdbc.execute("ANALYZE customer_season_status");
        log.info("Analysed the tables in {} s.", Duration.between(start, Instant.now(clock)).toSeconds());
        log.info("Done: {} households and {} institutions in {} communities, {} areas, {} branches.",
                counts.households(), counts.institutions(), counts.communities(), counts.areas(), counts.branches());
        // A command, not a server: close the context (and its thread pools) and end the process.
        System.exit(SpringApplication.exit(context));
    }

    /** Refuses anything but an empty PostgreSQL database, with a message saying why. */
    DistrictWriter.Counts generate() {
        if (households < 1) {
            throw new IllegalArgumentException("heatdesk.generate.households must be at least 1, was " + households);
        }
        return transaction.execute(status -> {
            Instant start = Instant.now(clock);
            DistrictWriter writer = new PostgresDistrictWriter(jdbc, start, files.currentSeason(), CHUNK,
                    written -> log.info("Generated {} customers ({} %) in {} s", written,
                            Math.min(100, written * 100L / households),
                            Duration.between(start, Instant.now(clock)).toSeconds()));
            if (!writer.isPostgres()) {
                throw new IllegalStateException("The household generator writes with PostgreSQL's COPY and needs a "
                        + "PostgreSQL database: pass --spring.datasource.url=jdbc:postgresql://…");
            }
            if (jdbc.queryForObject("SELECT COUNT(*) FROM branch", Long.class) > 0) {
                throw new IllegalStateException("The household generator needs an empty database, but it already has "
                        + "branches: drop and create the database first");
            }
            log.info("Generating {} households (seed {}) …", households, seed);
            new DistrictGenerator(seed).generate(DistrictPlan.forHouseholds(households, seed), writer);
            DistrictWriter.Counts counts = writer.finish();
            log.info("Wrote {} customers in {} s.", counts.customers(), Duration.between(start, Instant.now(clock)).toSeconds());
            return counts;
        });
    }
}
