package cn.heatdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.heatdesk.reliability.CityHotlineClient.Answer;
import cn.heatdesk.support.PostgresTestCondition;

/**
 * R-SYS-1, R-SUP-5: {@code kill -9} of a HeatDesk process in the middle of a 12345 intake load.
 * <ul>
 * <li>After a restart every acknowledged order (201 or 200) is there, with the id and number it was acknowledged
 * with, its ON_SITE deadline, its timeline and its audit record: an answer is sent only after the commit.</li>
 * <li>No order is half there: every order of the load has its deadline (one transaction per intake).</li>
 * <li>Deliveries that got no answer are sent again after the restart and make exactly one order each.</li>
 * <li>The deadlines fall due while the node is down (received 30 min minus a few seconds before they are sent, the
 * killed node's scheduler is off); the restarted node, polling every 5 s as configured by default, records every
 * one of them as breached, exactly once, within a minute of answering its health check.</li>
 * </ul>
 * The two-instance test ({@code TwoInstancesPostgresTest}) already proves that no breach is recorded twice by two
 * live nodes; this one is about a crash. Run by failsafe ({@code mvn verify}).
 */
@ExtendWith(PostgresTestCondition.class)
@Tag("postgres")
class KillDuringIntakeIT {

    static final String KEY = "reliability-city-hotline-key";
    static final int SENDERS = 8;
    static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(6);
    static final Duration DUE_AFTER_SENDING = Duration.ofSeconds(20);
    static final Duration ON_SITE = Duration.ofMinutes(30);

    @Test
    void rSys1_rSup5_everyAcknowledgedOrderSurvivesKillNineAndOverdueDeadlinesAreFlaggedAfterRestart() throws Exception {
        String prefix = "KILL-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Map<String, Answer> acknowledged = new ConcurrentHashMap<>();
        List<String> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());
        Instant loadStarted;
        try (HeatDeskProcess first = HeatDeskProcess.start("kill-first", KEY,
                "--heatdesk.deadlines.scheduler.enabled=false")) {
            first.awaitReady(Duration.ofSeconds(150));
            CityHotlineClient client = new CityHotlineClient(first.baseUrl(), KEY);
            AtomicBoolean sending = new AtomicBoolean(true);
            AtomicInteger sequence = new AtomicInteger();
            ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
            loadStarted = Instant.now();
            for (int s = 0; s < SENDERS; s++) {
                senders.submit(() -> {
                    while (sending.get()) {
                        String externalId = prefix + sequence.incrementAndGet();
                        // Due DUE_AFTER_SENDING after it is sent: while the node is down or restarting.
                        Instant receivedAt = Instant.now().minus(ON_SITE).plus(DUE_AFTER_SENDING);
                        try {
                            Answer answer = client.send(CityHotlineClient.body(externalId, receivedAt, "REPAIR"));
                            if (answer.acknowledged()) {
                                acknowledged.put(externalId, answer);
                            } else {
                                unanswered.add(externalId);
                            }
                        } catch (Exception connectionLost) {
                            unanswered.add(externalId);
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(LOAD_BEFORE_KILL.toMillis());
            first.kill();
            sending.set(false);
            senders.shutdown();
            assertThat(senders.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("orders acknowledged before the kill").hasSizeGreaterThan(10);

        try (HeatDeskProcess second = HeatDeskProcess.start("kill-second", KEY,
                "--heatdesk.deadlines.scheduler.enabled=true", "--heatdesk.deadlines.poll-interval-ms=5000");
             Connection db = connect()) {
            second.awaitReady(Duration.ofSeconds(150));
            Instant ready = Instant.now();

            // Every acknowledged order, as acknowledged, with its deadline, timeline and audit record.
            for (Map.Entry<String, Answer> ack : acknowledged.entrySet()) {
                long id = ack.getValue().id();
                assertThat(queryString(db, "SELECT number FROM work_order WHERE external_id = ? AND id = " + id,
                        ack.getKey())).as(ack.getKey()).isEqualTo(ack.getValue().number());
                assertThat(count(db, "SELECT COUNT(*) FROM order_deadline WHERE rule = 'ON_SITE' AND order_id = " + id))
                        .as("ON_SITE deadline of " + ack.getKey()).isEqualTo(1);
                assertThat(count(db, "SELECT COUNT(*) FROM work_order_timeline WHERE order_id = " + id))
                        .as("timeline of " + ack.getKey()).isPositive();
                assertThat(count(db, "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'WORK_ORDER' AND action = "
                        + "'WORK_ORDER_REGISTERED' AND entity_id = '" + id + "'")).as("audit of " + ack.getKey())
                        .isEqualTo(1);
            }
            // Nothing half written: every order of the load (acknowledged or not) has its deadline.
            assertThat(count(db, "SELECT COUNT(*) FROM work_order o WHERE o.external_id LIKE '" + prefix + "%' "
                    + "AND NOT EXISTS (SELECT 1 FROM order_deadline d WHERE d.order_id = o.id)")).isZero();

            // Deliveries without an answer are repeated, as 12345 does: one order each.
            CityHotlineClient client = new CityHotlineClient(second.baseUrl(), KEY);
            for (String externalId : unanswered) {
                Answer again = client.send(CityHotlineClient.body(externalId,
                        Instant.now().minus(ON_SITE).plus(DUE_AFTER_SENDING), "REPAIR"));
                assertThat(again.status()).as(externalId).isIn(200, 201);
            }
            assertThat(count(db, "SELECT COUNT(*) FROM work_order WHERE external_id LIKE '" + prefix + "%'"))
                    .isEqualTo(acknowledged.size() + unanswered.size());

            // After the crash every overdue deadline is flagged within a minute (R-SUP-5), once.
            Instant lastDue = Instant.now().plus(DUE_AFTER_SENDING);
            Instant limit = (lastDue.isAfter(ready) ? lastDue : ready).plus(Duration.ofMinutes(1));
            String openOverdue = "SELECT COUNT(*) FROM order_deadline d JOIN work_order o ON o.id = d.order_id "
                    + "WHERE o.external_id LIKE '" + prefix + "%' AND d.status = 'OPEN' AND d.due_at < now()";
            String open = "SELECT COUNT(*) FROM order_deadline d JOIN work_order o ON o.id = d.order_id "
                    + "WHERE o.external_id LIKE '" + prefix + "%' AND d.status = 'OPEN'";
            while (Instant.now().isBefore(limit) && count(db, open) > 0) {
                Thread.sleep(500);
            }
            assertThat(count(db, openOverdue)).as("overdue deadlines still open a minute after the restart").isZero();
            assertThat(count(db, open)).as("deadlines still open").isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM order_deadline d JOIN work_order o ON o.id = d.order_id "
                    + "WHERE o.external_id LIKE '" + prefix + "%' AND d.status = 'BREACHED'"))
                    .isEqualTo(acknowledged.size() + unanswered.size());
            assertThat(count(db, "SELECT COUNT(*) FROM deadline_breach b JOIN work_order o ON o.id = b.order_id "
                    + "WHERE o.external_id LIKE '" + prefix + "%'")).isEqualTo(acknowledged.size() + unanswered.size());
            System.out.printf("[heatdesk] kill -9 after %s of load: %d acknowledged, %d unanswered, all present%n",
                    Duration.between(loadStarted, ready), acknowledged.size(), unanswered.size());
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(env("HEATDESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/heatdesk_test"),
                env("HEATDESK_TEST_PG_USER", "postgres"), env("HEATDESK_TEST_PG_PASSWORD", ""));
    }

    private static int count(Connection db, String sql) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String queryString(Connection db, String sql, String parameter) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String env(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
