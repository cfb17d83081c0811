package cn.heatdesk.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.heatdesk.policy.NewDeadlineVersion;
import cn.heatdesk.policy.PolicyAdministration;
import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.DeadlineTerms;

/**
 * The deadline terms every work order needs are kept for a few seconds (PolicyStore): a change is used at once on
 * the node that made it and within the reuse time on the others; a change that rolls back is never used. Commits
 * for real, so each database variant has a database of its own.
 */
abstract class PolicyReadReuseContract {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    PolicyAdministration administration;
    @Autowired
    PolicyEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    static NewDeadlineVersion onSiteWithin(int minutes, LocalDate from, String document) {
        return new NewDeadlineVersion(document, null, null, from, null, minutes, 10, 120, 1440, 1440,
                LocalTime.of(8, 0), LocalTime.of(20, 0), 60, 1440);
    }

    @Test
    @DisplayName("R-SUP-3: a new ON_SITE time is used at once on this node and within 10 s on another node")
    void aNewDeadlineVersionReachesThisNodeAtOnceAndAnotherWithinTheReuseTime() {
        AtomicLong otherNodeNanos = new AtomicLong();
        PolicyStore otherNode = new PolicyStore(jdbc, Duration.ofSeconds(10), otherNodeNanos::get);
        Instant at = ZonedDateTime.of(2031, 3, 2, 10, 0, 0, 0, SHANGHAI).toInstant();
        int versionsBefore = otherNode.deadlineTerms().size();
        assertThat(engine.deadline(DeadlineRule.ON_SITE, at).due()).isEqualTo(at.plus(Duration.ofMinutes(30)));

        administration.addDeadlineVersion(onSiteWithin(20, LocalDate.of(2031, 3, 1), "复用测试文件"), "admin");

        assertThat(engine.deadline(DeadlineRule.ON_SITE, at).due()).isEqualTo(at.plus(Duration.ofMinutes(20)));
        otherNodeNanos.addAndGet(Duration.ofMillis(9_999).toNanos());
        assertThat(otherNode.deadlineTerms()).hasSize(versionsBefore);
        otherNodeNanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(otherNode.deadlineTerms()).hasSize(versionsBefore + 1)
                .extracting(DeadlineTerms::reference).anyMatch(ref -> ref.document().equals("复用测试文件"));
    }

    @Test
    @DisplayName("R-SUP-3: a deadline change that rolls back is seen inside its transaction only, never kept")
    void aRolledBackChangeIsSeenInsideItsTransactionOnly() {
        Instant at = ZonedDateTime.of(2036, 5, 2, 10, 0, 0, 0, SHANGHAI).toInstant();
        Instant dueBefore = engine.deadline(DeadlineRule.ON_SITE, at).due();

        Instant dueInside = new TransactionTemplate(transactionManager).execute(status -> {
            administration.addDeadlineVersion(onSiteWithin(15, LocalDate.of(2036, 5, 1), "回滚测试文件"), "admin");
            Instant due = engine.deadline(DeadlineRule.ON_SITE, at).due();
            status.setRollbackOnly();
            return due;
        });

        assertThat(dueInside).isEqualTo(at.plus(Duration.ofMinutes(15)));
        assertThat(engine.deadline(DeadlineRule.ON_SITE, at).due()).isEqualTo(dueBefore);
    }
}
