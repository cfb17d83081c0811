package cn.heatdesk.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** R-SYS-1: the 12345 city hotline's exact contract, over HTTP through the security filters. */
@SpringBootTest
@Import(WorkOrderTestConfig.class)
abstract class CityHotlineApiContract {

    static final String PATH = "/api/v1/integrations/city-hotline/orders";
    static final String KEY = "test-city-hotline-key";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    JsonMapper json;

    WorkOrderFixtures f;

    @BeforeEach
    void district() {
        f = new WorkOrderFixtures(jdbc);
    }

    String body(String externalId, Instant receivedAt, String kind, String accountNumber) {
        String at = receivedAt.atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString();
        return """
                {"externalId": "%s", "receivedAt": "%s", "kind": "%s", "callerName": "王女士",
                 "callerPhone": "13912345678", "address": "测试路1号", "accountNumber": %s, "description": "家中暖气不热"}
                """.formatted(externalId, at, kind, accountNumber == null ? "null" : "\"" + accountNumber + "\"");
    }

    MvcResult send(String body, String key) throws Exception {
        var request = post(PATH).contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return mvc.perform(request).andReturn();
    }

    JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    static String newExternalId() {
        return "12345-" + UUID.randomUUID();
    }

    @Test
    void createsAnOrderOnceAndAnswersARepeatWithTheSameOrder() throws Exception {
        String externalId = newExternalId();
        String body = body(externalId, clock.instant().minus(Duration.ofMinutes(3)), "ENQUIRY", null);

        MvcResult first = send(body, KEY);
        MvcResult repeat = send(body, KEY);

        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        assertThat(repeat.getResponse().getStatus()).isEqualTo(200);
        JsonNode created = read(first);
        assertThat(created.get("number").asString()).matches("GD\\d{12,}");
        assertThat(created.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(read(repeat).get("id").asLong()).isEqualTo(created.get("id").asLong());
        assertThat(read(repeat).get("number").asString()).isEqualTo(created.get("number").asString());
    }

    @Test
    void routesAMatchedAccountToTheAreasButlerAndCountsDeadlinesFromReceipt() throws Exception {
        String externalId = newExternalId();
        Instant receivedAt = clock.instant().minus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS);

        MvcResult created = send(body(externalId, receivedAt, "REPAIR", f.account), KEY);

        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(read(created).get("status").asString()).isEqualTo("DISPATCHED");
        mvc.perform(get(PATH + "/" + externalId).header("X-Api-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(read(created).get("id").asLong()))
                .andExpect(jsonPath("$.deadlines[0].rule").value("ON_SITE"))
                .andExpect(jsonPath("$.deadlines[0].status").value("OPEN"))
                .andExpect(jsonPath("$.deadlines[0].due").value(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .format(receivedAt.plus(Duration.ofMinutes(30)).atZone(ZoneId.of("Asia/Shanghai")))))
                .andExpect(jsonPath("$.breaches").isEmpty());
    }

    @Test
    void showsABreachWithTheResponsibleUnit() throws Exception {
        String externalId = newExternalId();
        send(body(externalId, clock.instant().minus(Duration.ofMinutes(40)), "COMPLAINT", f.account), KEY);

        // The on-site deadline was already past when the order arrived; the watch records it on its next poll.
        mvc.perform(get(PATH + "/" + externalId).header("X-Api-Key", KEY))
                .andExpect(jsonPath("$.deadlines[0].status").value("OPEN"));
        watch.poll();

        mvc.perform(get(PATH + "/" + externalId).header("X-Api-Key", KEY))
                .andExpect(jsonPath("$.deadlines[0].status").value("BREACHED"))
                .andExpect(jsonPath("$.breaches[0].rule").value("ON_SITE"))
                .andExpect(jsonPath("$.breaches[0].responsibleUnit").value("一片区" + f.tag))
                .andExpect(jsonPath("$.breaches[0].recordedAt").isNotEmpty());
    }

    @Autowired
    cn.heatdesk.workorders.internal.DeadlineWatch watch;

    @Autowired
    cn.heatdesk.workorders.internal.IntakeAdmission admission;

    /** R-SYS-1 in a burst: past the in-flight limit (64 by default) a delivery is refused at once, to be repeated. */
    @Test
    @DisplayName("R-SYS-1: past 64 deliveries in flight a delivery gets 503 BUSY with Retry-After, is not stored, and succeeds when repeated")
    void refusesADeliveryWith503AndRetryAfterWhileTheNodeHasAsManyInFlightAsAllowed() throws Exception {
        int taken = 0;
        try {
            while (admission.tryEnter()) {
                taken++;
            }
            long refusedBefore = admission.refused();
            String externalId = newExternalId();

            MvcResult busy = send(body(externalId, clock.instant(), "REPAIR", null), KEY);

            assertThat(taken).isEqualTo(64);
            assertThat(busy.getResponse().getStatus()).isEqualTo(503);
            assertThat(busy.getResponse().getHeader("Retry-After")).isEqualTo("5");
            assertThat(read(busy).get("code").asString()).isEqualTo("BUSY");
            assertThat(admission.refused()).isEqualTo(refusedBefore + 1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM work_order WHERE external_id = :id").param("id", externalId)
                    .query(Long.class).single()).isZero();

            admission.leave();
            taken--;
            MvcResult repeated = send(body(externalId, clock.instant(), "REPAIR", null), KEY);
            assertThat(repeated.getResponse().getStatus()).isEqualTo(201);
        } finally {
            for (int i = 0; i < taken; i++) {
                admission.leave();
            }
        }
    }

    /**
     * The limit is applied in front of the key check, security, the dispatcher and the body
     * (CityHotlineAdmissionFilter), so that a refusal is cheap: a delivery without a valid key or with a body that
     * would be a 400 is refused 503 all the same, in the API's problem shape; the status query (GET) is not limited.
     */
    @Test
    @DisplayName("R-SYS-1: the in-flight limit answers before the key and the body are looked at, in the API's problem shape, and leaves GET alone")
    void refusesBeforeTheKeyAndTheBodyInTheApisProblemShapeAndLeavesTheStatusQueryAlone() throws Exception {
        String externalId = newExternalId();
        assertThat(send(body(externalId, clock.instant(), "REPAIR", null), KEY).getResponse().getStatus())
                .isEqualTo(201);
        int taken = 0;
        try {
            while (admission.tryEnter()) {
                taken++;
            }

            MvcResult busy = send("{not json", KEY);

            assertThat(busy.getResponse().getStatus()).isEqualTo(503);
            assertThat(busy.getResponse().getContentType()).startsWith("application/problem+json");
            JsonNode problem = read(busy);
            assertThat(problem.get("code").asString()).isEqualTo("BUSY");
            assertThat(problem.get("status").asInt()).isEqualTo(503);
            assertThat(problem.get("title").asString()).isEqualTo("系统繁忙");
            assertThat(problem.get("detail").asString()).contains("12345");
            assertThat(problem.get("instance").asString()).isEqualTo(PATH);
            assertThat(send(body(newExternalId(), clock.instant(), "REPAIR", null), "wrong-key").getResponse()
                    .getStatus()).isEqualTo(503);
            mvc.perform(get(PATH + "/" + externalId).header("X-Api-Key", KEY)).andExpect(status().isOk());
        } finally {
            for (int i = 0; i < taken; i++) {
                admission.leave();
            }
        }
        assertThat(send("{not json", KEY).getResponse().getStatus()).isEqualTo(400);
        assertThat(send(body(newExternalId(), clock.instant(), "REPAIR", null), "wrong-key").getResponse().getStatus())
                .isEqualTo(401);
    }

    /** Order numbers are taken in a short transaction before the order is stored (WorkOrders.registerAs). */
    @Test
    @DisplayName("R-SYS-1: a refused delivery and a repeated one take no order number")
    void aRefusedDeliveryAndARepeatTakeNoOrderNumber() throws Exception {
        String first = newExternalId();
        MvcResult a = send(body(first, clock.instant(), "ENQUIRY", null), KEY);
        MvcResult refused = send(body(newExternalId(), clock.instant().plus(Duration.ofMinutes(6)), "ENQUIRY", null), KEY);
        MvcResult repeat = send(body(first, clock.instant(), "ENQUIRY", null), KEY);
        MvcResult b = send(body(newExternalId(), clock.instant(), "REPAIR", null), KEY);

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(repeat.getResponse().getStatus()).isEqualTo(200);
        String numberA = read(a).get("number").asString();
        String numberB = read(b).get("number").asString();
        assertThat(numberB.substring(0, 10)).isEqualTo(numberA.substring(0, 10));
        assertThat(Long.parseLong(numberB.substring(10))).isEqualTo(Long.parseLong(numberA.substring(10)) + 1);
    }

    @Test
    void refusesAReceiptTimeMoreThanFiveMinutesAheadAndAMalformedBody() throws Exception {
        MvcResult future = send(body(newExternalId(), clock.instant().plus(Duration.ofMinutes(6)), "ENQUIRY", null), KEY);
        MvcResult skew = send(body(newExternalId(), clock.instant().plus(Duration.ofMinutes(4)), "ENQUIRY", null), KEY);
        MvcResult malformed = send("{\"externalId\": ", KEY);
        MvcResult badKind = send(body(newExternalId(), clock.instant(), "BURST_PIPE", null), KEY);

        assertThat(future.getResponse().getStatus()).isEqualTo(400);
        assertThat(read(future).get("field").asString()).isEqualTo("receivedAt");
        assertThat(skew.getResponse().getStatus()).isEqualTo(201);
        assertThat(malformed.getResponse().getStatus()).isEqualTo(400);
        assertThat(malformed.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(read(badKind).get("field").asString()).isEqualTo("kind");
    }

    @Test
    void answersAWrongOrMissingKeyWith401WithoutBasicAuthBeingAsked() throws Exception {
        String body = body(newExternalId(), clock.instant(), "ENQUIRY", null);

        MvcResult wrong = send(body, "not-the-key");
        MvcResult missing = send(body, null);

        assertThat(wrong.getResponse().getStatus()).isEqualTo(401);
        assertThat(read(wrong).get("code").asString()).isEqualTo("INVALID_API_KEY");
        assertThat(missing.getResponse().getStatus()).isEqualTo(401);
        assertThat(missing.getResponse().getHeader("WWW-Authenticate")).isNull();
        mvc.perform(get(PATH + "/unknown").header("X-Api-Key", "wrong"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(PATH + "/unknown").header("X-Api-Key", KEY)).andExpect(status().isNotFound());
        // The rest of the API still needs a staff login.
        mvc.perform(get("/api/v1/integrations/other")).andExpect(status().isUnauthorized());
    }

    @Test
    void makesExactlyOneOrderOfConcurrentDuplicateDeliveries() throws Exception {
        String body = body(newExternalId(), clock.instant(), "REPAIR", f.account);
        int deliveries = 24;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        try {
            List<Future<MvcResult>> results = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return send(body, KEY);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Future<MvcResult> result : results) {
                MvcResult r = result.get(60, TimeUnit.SECONDS);
                statuses.add(r.getResponse().getStatus());
                ids.add(read(r).get("id").asLong());
            }

            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(deliveries - 1);
            assertThat(ids).containsOnly(ids.get(0));
            String externalId = json.readTree(body).get("externalId").asString();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM work_order WHERE external_id = :e").param("e", externalId)
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM order_deadline d JOIN work_order o ON o.id = d.order_id "
                    + "WHERE o.external_id = :e").param("e", externalId).query(Integer.class).single()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
