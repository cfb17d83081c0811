package cn.heatdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.HeatDeskApplication;
import cn.heatdesk.reliability.CityHotlineClient.Answer;
import cn.heatdesk.support.PostgresTestCondition;

/**
 * R-SYS-1 under load: 1,000 concurrent deliveries of one 12345 order over real HTTP (Tomcat, the security filters,
 * Hikari, PostgreSQL), from 200 connections at once, make exactly one order. One answer is 201, the other 999 are 200, and all
 * carry the same id and number. {@code CityHotlineApiContract} proves the same with 24 deliveries through MockMvc;
 * this is the number, on a real server and socket. Run by failsafe ({@code mvn verify}).
 * <p>
 * The node works on at most 64 deliveries at once ({@code heatdesk.city-hotline.max-in-flight}) and answers the rest
 * 503 {@code BUSY}; each sender repeats a refused delivery, as 12345 does after {@code Retry-After} (here after a
 * short random pause, so the test stays short). The answers counted are the final ones; the refusals are counted too.
 */
@ExtendWith(PostgresTestCondition.class)
@Tag("postgres")
class DuplicateDeliveriesIT {

    static final int DELIVERIES = 1_000;
    static final int SENDERS = 200;
    static final String KEY = "reliability-city-hotline-key";

    @Test
    void rSys1_thousandConcurrentDuplicateDeliveriesMakeOneOrder() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HeatDeskApplication.class)
                .profiles("test", "postgres-test")
                .run("--server.port=0", "--heatdesk.city-hotline.api-key=" + KEY,
                        "--server.tomcat.threads.max=200", "--server.tomcat.max-connections=2000",
                        "--server.tomcat.accept-count=1000")) {
            String port = app.getEnvironment().getProperty("local.server.port");
            CityHotlineClient client = new CityHotlineClient("http://127.0.0.1:" + port, KEY);
            String externalId = "DUP-" + UUID.randomUUID();
            Instant receivedAt = Instant.now(app.getBean(Clock.class)).minusSeconds(60);
            // A warm JVM and a full connection pool, as a running node has: the burst is what is measured.
            for (int i = 0; i < 20; i++) {
                assertThat(client.send(CityHotlineClient.body("WARM-" + UUID.randomUUID(), receivedAt, "REPAIR"))
                        .status()).isEqualTo(201);
            }
            String body = CityHotlineClient.body(externalId, receivedAt, "REPAIR");

            // 200 senders (as many as Tomcat's worker threads), each with its own connection, released at once by
            // one latch, send the 1,000 deliveries: the server works on 200 at a time, the rest wait in line.
            CountDownLatch go = new CountDownLatch(1);
            AtomicInteger refused = new AtomicInteger();
            ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
            List<Future<Answer>> inFlight = new ArrayList<>();
            for (int i = 0; i < DELIVERIES; i++) {
                inFlight.add(senders.submit(() -> {
                    go.await();
                    Answer answer = client.send(body);
                    while (answer.status() == 503) {
                        refused.incrementAndGet();
                        Thread.sleep(ThreadLocalRandom.current().nextLong(10, 100));
                        answer = client.send(body);
                    }
                    return answer;
                }));
            }
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            try {
                for (Future<Answer> answer : inFlight) {
                    answers.add(answer.get(180, TimeUnit.SECONDS));
                }
            } finally {
                senders.shutdownNow();
            }

            // With 200 senders and 64 places some deliveries are refused first; what matters is the final answers.
            System.out.printf("DuplicateDeliveriesIT: %d refusals (503 BUSY) repeated%n", refused.get());
            assertThat(answers).extracting(Answer::status).filteredOn(s -> s == 201).hasSize(1);
            assertThat(answers).extracting(Answer::status).filteredOn(s -> s == 200).hasSize(DELIVERIES - 1);
            Answer first = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow();
            assertThat(answers).allSatisfy(a -> {
                assertThat(a.id()).isEqualTo(first.id());
                assertThat(a.number()).isEqualTo(first.number());
            });
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT id FROM work_order WHERE external_id = :e").param("e", externalId)
                    .query(Long.class).list()).containsExactly(first.id());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM order_deadline WHERE order_id = :id").param("id", first.id())
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'WORK_ORDER' "
                            + "AND entity_id = :id AND action = 'WORK_ORDER_REGISTERED'")
                    .param("id", String.valueOf(first.id())).query(Integer.class).single()).isEqualTo(1);
        }
    }
}
