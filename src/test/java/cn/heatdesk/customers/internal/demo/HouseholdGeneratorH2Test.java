package cn.heatdesk.customers.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.support.H2Test;

@SpringBootTest
@H2Test
// A context, and so an in-memory database, of its own: it assumes no other test class wrote staff or districts.
@org.springframework.test.context.TestPropertySource(properties = "heatdesk.test.own-database=HouseholdGeneratorH2Test")
@Transactional
class HouseholdGeneratorH2Test {

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
    void refusesH2WithAMessageSayingWhatItNeeds() {
        assertThatThrownBy(() -> new HouseholdGenerator(jdbc, transaction, files, clock, context, 10, 1).generate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class)).isZero();
    }

    @Test
    void refusesZeroHouseholds() {
        assertThatThrownBy(() -> new HouseholdGenerator(jdbc, transaction, files, clock, context, 0, 1).generate())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escapesTabsNewlinesAndBackslashesForCopy() {
        StringBuilder line = new StringBuilder();
        PostgresDistrictWriter.row(line, 1, null, "a\tb\\c\nd");
        assertThat(line).hasToString("1\t\\N\ta\\tb\\\\c\\nd\n");
    }
}
