package cn.heatdesk.workorders;

import static cn.heatdesk.staff.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.sun.net.httpserver.HttpServer;

import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.WorkOrder;
import cn.heatdesk.workorders.internal.CityHotlineRelay;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R-SYS-1: status changes and the final reply of 12345 orders reach the city's callback URL through the outbox —
 * written in the change's transaction, sent after retries with exponential back-off, in order, never twice at once,
 * given up as FAILED after the configured attempts and retried by an administrator. The city is a JDK HttpServer that
 * fails the first attempts of a chosen order; the clock is moved by hand.
 */
@SpringBootTest
@Import(WorkOrderTestConfig.class)
abstract class CityHotlineRelayContract {

    @Autowired
    WorkOrders workOrders;
    @Autowired
    CityHotlineRelay relay;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    MockMvc mvc;

    WorkOrderFixtures f;
    FakeCity city;

    @BeforeEach
    void setUp() throws IOException {
        f = new WorkOrderFixtures(jdbc);
        city = new FakeCity(json);
    }

    @AfterEach
    void stopCity() {
        city.stop();
    }

    /** A 12345 repair for the fixture household, routed to its butler (DISPATCHED, no outbox message yet). */
    WorkOrder cityOrder() {
        return workOrders.receiveFromCityHotline(new WorkOrders.CityHotlineOrder("12345-" + java.util.UUID.randomUUID(),
                clock.instant().minus(Duration.ofMinutes(1)), OrderKind.REPAIR, "王女士", "13912345678", "测试路1号",
                f.account, "暖气不热")).order();
    }

    List<Map<String, Object>> outboxOf(long orderId) {
        return jdbc.sql("SELECT sequence, status, reply_text, state, attempts, next_attempt_at, last_error "
                + "FROM city_hotline_outbox WHERE order_id = :o ORDER BY sequence").param("o", orderId).query().listOfRows();
    }

    Instant nextAttemptOf(long orderId, int sequence) {
        return jdbc.sql("SELECT next_attempt_at FROM city_hotline_outbox WHERE order_id = :o AND sequence = :s")
                .param("o", orderId).param("s", sequence).query(java.sql.Timestamp.class).single().toInstant();
    }

    String stateOf(long orderId, int sequence) {
        return jdbc.sql("SELECT state FROM city_hotline_outbox WHERE order_id = :o AND sequence = :s")
                .param("o", orderId).param("s", sequence).query(String.class).single();
    }

    @Test
    void writesEveryStatusChangeAndTheFinalReplyOfA12345OrderInItsTransaction() {
        WorkOrder order = cityOrder();
        long id = order.id();
        workOrders.accept(id, f.butler);
        workOrders.checkIn(id, f.butler);
        try {
            workOrders.checkIn(id, f.butler);
        } catch (RuntimeException refused) {
            // refused: rolled back, nothing written
        }
        workOrders.resolve(id, "阀门已调整", f.butler);
        workOrders.reply(id, "已上门处理，暖气恢复", f.supervisor);

        List<Map<String, Object>> rows = outboxOf(id);
        assertThat(rows).extracting(r -> r.get("sequence")).containsExactly(1, 2, 3, 4);
        assertThat(rows).extracting(r -> r.get("status")).containsExactly("ACCEPTED", "ON_SITE", "RESOLVED", "RESOLVED");
        assertThat(rows.get(3).get("reply_text")).isEqualTo("已上门处理，暖气恢复");
        assertThat(rows.get(2).get("reply_text")).isNull();
        assertThat(rows).extracting(r -> r.get("state")).containsOnly("PENDING");
    }

    @Test
    void writesNothingForAnOrderThatDidNotComeFrom12345() {
        WorkOrder order = workOrders.register(NewOrder.hotline(OrderKind.REPAIR,
                cn.heatdesk.workorders.domain.Urgency.GENERAL, f.household, "暖气不热"), f.agent);

        workOrders.accept(order.id(), f.butler);

        assertThat(outboxOf(order.id())).isEmpty();
    }

    @Test
    void deliversAfterFailedAttemptsWithExponentialBackOffAndKeepsTheOrdersSequence() {
        WorkOrder order = cityOrder();
        long id = order.id();
        workOrders.accept(id, f.butler);
        workOrders.checkIn(id, f.butler);
        city.failFirst(order.externalId(), 2);
        Instant t0 = clock.instant().truncatedTo(ChronoUnit.MILLIS);

        relay.relay(city.uri());
        assertThat(city.received(order.externalId())).extracting(m -> m.get("sequence").asInt()).containsExactly(1);
        assertThat(nextAttemptOf(id, 1)).isEqualTo(t0.plusSeconds(30));
        assertThat(outboxOf(id).get(0).get("last_error")).isEqualTo("HTTP 503");
        assertThat(stateOf(id, 2)).as("waits behind sequence 1").isEqualTo("PENDING");

        clock.advance(Duration.ofSeconds(29));
        relay.relay(city.uri());
        assertThat(city.received(order.externalId())).as("not before its back-off").hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        relay.relay(city.uri());
        assertThat(city.received(order.externalId())).hasSize(2);
        assertThat(nextAttemptOf(id, 1)).isEqualTo(t0.plusSeconds(30 + 60));

        clock.advance(Duration.ofSeconds(60));
        int delivered = relay.relay(city.uri());

        List<JsonNode> received = city.received(order.externalId());
        assertThat(received).extracting(m -> m.get("sequence").asInt()).containsExactly(1, 1, 1, 2);
        assertThat(city.accepted(order.externalId())).extracting(m -> m.get("status").asString())
                .containsExactly("ACCEPTED", "ON_SITE");
        JsonNode first = city.accepted(order.externalId()).get(0);
        assertThat(first.get("number").asString()).isEqualTo(order.number());
        assertThat(first.get("occurredAt").asString()).endsWith("+08:00");
        assertThat(first.has("reply")).isTrue();
        assertThat(delivered).isGreaterThanOrEqualTo(2);
        assertThat(outboxOf(id)).extracting(r -> r.get("state")).containsExactly("SENT", "SENT");
        assertThat(outboxOf(id)).extracting(r -> r.get("attempts")).containsExactly(3, 1);
    }

    @Test
    void sendsNothingWithoutACallbackUrlAndKeepsTheMessagesPending() {
        WorkOrder order = cityOrder();
        workOrders.accept(order.id(), f.butler);

        assertThat(relay.configured()).isFalse();
        assertThat(relay.relayOnce()).isZero();
        assertThat(stateOf(order.id(), 1)).isEqualTo("PENDING");
    }

    @Test
    void backsOffFrom30SecondsDoublingUpToAnHour() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 30)).extracting(CityHotlineRelay::backOff).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void givesUpAfterTheConfiguredAttemptsAndAnAdministratorRetries() throws Exception {
        WorkOrder order = cityOrder();
        long id = order.id();
        workOrders.accept(id, f.butler);
        workOrders.checkIn(id, f.butler);
        city.failFirst(order.externalId(), 1000);

        for (int attempt = 1; attempt <= 10; attempt++) {
            relay.relay(city.uri());
            clock.advance(CityHotlineRelay.backOff(attempt));
        }
        relay.relay(city.uri());

        assertThat(city.received(order.externalId())).hasSize(10);
        assertThat(stateOf(id, 1)).isEqualTo("FAILED");
        assertThat(stateOf(id, 2)).as("later messages wait; the city never sees them out of order").isEqualTo("PENDING");
        StaffMember admin = new StaffMember(9, "admin-" + f.tag, "管理员", StaffRole.ADMINISTRATOR);
        MvcResult failed = mvc.perform(get("/api/v1/admin/city-hotline/outbox?state=FAILED").with(as(admin))).andReturn();
        assertThat(failed.getResponse().getStatus()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode m : json.readTree(failed.getResponse().getContentAsString())) {
            if (m.get("orderId").asLong() == id) {
                mine = m;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("attempts").asInt()).isEqualTo(10);
        assertThat(mvc.perform(get("/api/v1/admin/city-hotline/outbox").with(as(f.supervisor))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);

        city.failFirst(order.externalId(), 0);
        long messageId = mine.get("id").asLong();
        MvcResult retried = mvc.perform(post("/api/v1/admin/city-hotline/outbox/" + messageId + "/retry").with(as(admin)))
                .andReturn();
        assertThat(retried.getResponse().getStatus()).isEqualTo(200);
        assertThat(json.readTree(retried.getResponse().getContentAsString()).get("state").asString()).isEqualTo("PENDING");
        assertThat(mvc.perform(post("/api/v1/admin/city-hotline/outbox/" + messageId + "/retry").with(as(admin)))
                .andReturn().getResponse().getStatus()).as("only a FAILED message is retried").isEqualTo(409);

        relay.relay(city.uri());

        assertThat(city.accepted(order.externalId())).extracting(m -> m.get("sequence").asInt()).containsExactly(1, 2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'CITY_HOTLINE_OUTBOX_RETRIED' AND entity_type = 'CITY_HOTLINE_OUTBOX' AND entity_id = :id")
                .param("id", String.valueOf(messageId)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void concurrentRelaysSendEachMessageOnceAndInOrder() throws Exception {
        List<WorkOrder> orders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            WorkOrder order = cityOrder();
            workOrders.accept(order.id(), f.butler);
            workOrders.checkIn(order.id(), f.butler);
            workOrders.resolve(order.id(), "已处理", f.butler);
            orders.add(order);
        }
        city.slowDown(Duration.ofMillis(5));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> relay.relay(city.uri())));
            }
            for (Future<Integer> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
            relay.relay(city.uri());
        } finally {
            pool.shutdownNow();
        }

        for (WorkOrder order : orders) {
            assertThat(city.received(order.externalId())).as(order.number())
                    .extracting(m -> m.get("sequence").asInt()).containsExactly(1, 2, 3);
        }
    }

    /** The city hotline's callback endpoint: answers 503 to the first attempts of chosen orders, 200 otherwise. */
    static final class FakeCity {

        private final HttpServer server;
        private final JsonMapper json;
        private final List<JsonNode> received = new CopyOnWriteArrayList<>();
        private final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
        private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
        private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
        private volatile Duration delay = Duration.ZERO;

        FakeCity(JsonMapper json) throws IOException {
            this.json = json;
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.createContext("/callback", exchange -> {
                JsonNode message = json.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                String key = message.get("externalId").asString() + "#" + message.get("sequence").asInt();
                if (!inFlight.add(key)) {
                    throw new IllegalStateException("the same message twice at once: " + key);
                }
                try {
                    received.add(message);
                    Thread.sleep(delay.toMillis());
                    AtomicInteger left = failuresLeft.get(message.get("externalId").asString());
                    int status = left != null && left.getAndDecrement() > 0 ? 503 : 200;
                    if (status == 200) {
                        accepted.add(message);
                    }
                    exchange.sendResponseHeaders(status, -1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    exchange.sendResponseHeaders(500, -1);
                } finally {
                    inFlight.remove(key);
                    exchange.close();
                }
            });
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/callback");
        }

        void failFirst(String externalId, int attempts) {
            failuresLeft.put(externalId, new AtomicInteger(attempts));
        }

        void slowDown(Duration delay) {
            this.delay = delay;
        }

        List<JsonNode> received(String externalId) {
            return received.stream().filter(m -> m.get("externalId").asString().equals(externalId)).toList();
        }

        List<JsonNode> accepted(String externalId) {
            return accepted.stream().filter(m -> m.get("externalId").asString().equals(externalId)).toList();
        }

        void stop() {
            server.stop(0);
        }
    }
}
