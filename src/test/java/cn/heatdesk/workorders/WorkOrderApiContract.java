package cn.heatdesk.workorders;

import static cn.heatdesk.staff.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff work order API over HTTP through the security filters (issue 4), on H2 and PostgreSQL: registration,
 * the order with its history (R-ANS-1), the work lists, one POST per transition guarded by {@code expectedVersion}
 * (409 on a stale one, one winner among concurrent changes), refusals, paid-service consent (R-ANS-4), flagged
 * answers (R-BUTLER-4) and the spot-check draw (R-SUP-2). Nothing rolls back; each test builds its own district.
 */
@SpringBootTest
@Import(WorkOrderTestConfig.class)
abstract class WorkOrderApiContract {

    static final String API = "/api/v1/work-orders";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    WorkOrderTestConfig.ScriptedRandom random;

    WorkOrderFixtures f;
    StaffMember market;
    StaffMember admin;

    @BeforeEach
    void district() {
        f = new WorkOrderFixtures(jdbc);
        market = new StaffMember(7, "market-" + f.tag, "赵敏", StaffRole.MARKET_SERVICE);
        admin = new StaffMember(8, "admin-" + f.tag, "管理员", StaffRole.ADMINISTRATOR);
    }

    MvcResult postJson(String path, StaffMember by, String body) throws Exception {
        return mvc.perform(post(path).with(as(by)).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    MvcResult getAs(String path, StaffMember by) throws Exception {
        return mvc.perform(get(path).with(as(by))).andReturn();
    }

    JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    /** POSTs a transition with the order's current version and expects 200; answers the order after it. */
    JsonNode act(long id, String action, StaffMember by, String fields) throws Exception {
        long version = read(getAs(API + "/" + id, by)).get("version").asLong();
        MvcResult result = postJson(API + "/" + id + "/" + action, by,
                "{\"expectedVersion\": " + version + (fields.isEmpty() ? "" : ", " + fields) + "}");
        assertThat(result.getResponse().getStatus()).as(action + ": " + result.getResponse().getContentAsString())
                .isEqualTo(200);
        return read(result);
    }

    long registerFor(long customerId, String kind) throws Exception {
        MvcResult result = postJson(API, f.agent, """
                {"channel": "HOTLINE_968111", "kind": "%s", "customerId": %d, "description": "家中暖气不热"}
                """.formatted(kind, customerId));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return read(result).get("id").asLong();
    }

    int timelineCount(long id, String what) {
        return jdbc.sql("SELECT COUNT(*) FROM work_order_timeline WHERE order_id = :id AND what = :w")
                .param("id", id).param("w", what).query(Integer.class).single();
    }

    @Test
    void registersWith201AndLocationAndRoutesToTheButlerOfTheCustomersArea() throws Exception {
        MvcResult result = postJson(API, f.agent, """
                {"channel": "HOTLINE_968111", "kind": "REPAIR", "customerId": %d, "description": "暖气片漏水"}
                """.formatted(f.household));

        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        JsonNode order = read(result);
        assertThat(result.getResponse().getHeader("Location")).isEqualTo(API + "/" + order.get("id").asLong());
        assertThat(order.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(order.get("assignee").asString()).isEqualTo(f.butler.username());
        assertThat(order.get("firstResponder").asString()).isEqualTo(f.agent.username());
        assertThat(order.get("urgency").asString()).isEqualTo("GENERAL");
        assertThat(order.get("deadlines").get(0).get("rule").asString()).isEqualTo("ON_SITE");
        assertThat(order.get("timeline")).extracting(e -> e.get("what").asString())
                .containsExactly("REGISTERED", "DISPATCHED");
        assertThat(order.get("receivedAt").asString()).endsWith("+08:00");
    }

    @Test
    void refusesABodyWithoutKindOrDescriptionAnd12345OrdersAsBadInput() throws Exception {
        MvcResult noKind = postJson(API, f.agent, "{\"channel\": \"WALK_IN\", \"description\": \"x\"}");
        MvcResult city = postJson(API, f.agent, """
                {"channel": "CITY_HOTLINE_12345", "kind": "ENQUIRY", "callerPhone": "13900001111", "description": "x"}
                """);
        MvcResult badEnum = postJson(API, f.agent, "{\"channel\": \"FAX\", \"kind\": \"ENQUIRY\", \"description\": \"x\"}");

        assertThat(noKind.getResponse().getStatus()).isEqualTo(400);
        assertThat(read(noKind).get("field").asString()).isEqualTo("kind");
        assertThat(read(city).get("field").asString()).isEqualTo("channel");
        assertThat(badEnum.getResponse().getStatus()).isEqualTo(400);
        assertThat(badEnum.getResponse().getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void walksAComplaintThroughEveryStepWithOnePostPerTransition() throws Exception {
        long id = registerFor(f.household, "COMPLAINT");

        act(id, "accept", f.butler, "");
        act(id, "check-in", f.butler, "");
        act(id, "resolve", f.butler, "\"note\": \"已调整阀门，室温恢复\"");
        act(id, "reply", f.agent, "\"text\": \"已处理，阀门已调整\"");
        act(id, "callback", f.callbackAgent, "\"reached\": true, \"satisfied\": true, \"comment\": \"满意\"");
        JsonNode closed = act(id, "close", f.agent, "");

        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("timeline")).extracting(e -> e.get("what").asString()).containsExactly("REGISTERED",
                "DISPATCHED", "ACCEPTED", "CHECKED_IN", "RESOLVED", "REPLY_GIVEN", "CALLED_BACK", "CLOSED");
        assertThat(closed.get("deadlines").get(0).get("status").asString()).isEqualTo("MET");
        assertThat(closed.get("reply").get("text").asString()).isEqualTo("已处理，阀门已调整");
        assertThat(closed.get("callbacks").get(0).get("satisfied").asBoolean()).isTrue();
    }

    @Test
    void answersAStaleExpectedVersionWith409AndChangesNothing() throws Exception {
        long id = registerFor(f.household, "REPAIR");
        long seen = read(getAs(API + "/" + id, f.butler)).get("version").asLong();
        act(id, "explain-delay", f.butler, "\"newTarget\": \"2099-01-01T10:00:00+08:00\", \"explanation\": \"材料在路上\"");

        MvcResult stale = postJson(API + "/" + id + "/accept", f.butler, "{\"expectedVersion\": " + seen + "}");

        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(read(stale).get("code").asString()).isEqualTo("ORDER_CHANGED");
        assertThat(read(stale).get("detail").asString()).contains("已被他人修改");
        assertThat(timelineCount(id, "ACCEPTED")).isZero();
    }

    @Test
    void refusesAChangeWithoutExpectedVersion() throws Exception {
        long id = registerFor(f.household, "REPAIR");

        MvcResult missing = postJson(API + "/" + id + "/accept", f.butler, "{}");

        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(read(missing).get("field").asString()).isEqualTo("expectedVersion");
    }

    @Test
    void refusesATransitionTheRulesDoNotAllowWithAChineseDetail() throws Exception {
        long id = registerFor(f.household, "REPAIR");
        long version = read(getAs(API + "/" + id, f.butler)).get("version").asLong();

        MvcResult tooEarly = postJson(API + "/" + id + "/check-in", f.butler, "{\"expectedVersion\": " + version + "}");
        MvcResult notTheirs = postJson(API + "/" + id + "/accept", f.callbackAgent, "{\"expectedVersion\": " + version + "}");
        MvcResult noNote = postJson(API + "/" + id + "/cancel", f.agent, "{\"expectedVersion\": " + version + "}");

        assertThat(tooEarly.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(tooEarly).get("code").asString()).isEqualTo("ORDER_STATE");
        assertThat(read(tooEarly).get("detail").asString()).isEqualTo("工单已派单、尚未接单，不能到场签到。");
        assertThat(notTheirs.getResponse().getStatus()).isEqualTo(403);
        assertThat(read(notTheirs).get("detail").asString()).contains("只有处理人");
        assertThat(noNote.getResponse().getStatus()).isEqualTo(400);
        assertThat(read(noNote).get("detail").asString()).isEqualTo("请填写取消原因。");
    }

    @Test
    void answersAnOrderOutsideTheCallersScopeAs404() throws Exception {
        long id = registerFor(f.household, "REPAIR");

        assertThat(getAs(API + "/" + id, f.otherButler).getResponse().getStatus()).isEqualTo(404);
        assertThat(postJson(API + "/" + id + "/accept", f.otherButler, "{\"expectedVersion\": 0}").getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(API + "/" + id)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void rAns1_showsTheCustomersOtherOrdersNewestFirst() throws Exception {
        long first = registerFor(f.household, "ENQUIRY");
        long second = registerFor(f.household, "COMPLAINT");
        long third = registerFor(f.household, "REPAIR");

        JsonNode order = read(getAs(API + "/" + second, f.agent));

        assertThat(order.get("customerOrders")).extracting(o -> o.get("id").asLong()).containsExactly(third, first);
    }

    @Test
    void listsTheWorkListsByView() throws Exception {
        long repair = registerFor(f.household, "REPAIR");
        MvcResult unmatched = postJson(API, f.agent, """
                {"channel": "HOTLINE_968111", "kind": "LEAK_REPORT", "callerName": "路人", "callerPhone": "13700001111",
                 "callerAddress": "某路口", "description": "井盖冒汽"}
                """);
        long queued = read(unmatched).get("id").asLong();

        assertThat(ids(getAs(API + "?view=mine", f.butler))).contains(repair);
        assertThat(ids(getAs(API + "?view=replies-due", f.agent))).contains(repair, queued);
        assertThat(ids(getAs(API + "?view=dispatch-queue", f.dispatcher))).contains(queued).doesNotContain(repair);
        assertThat(ids(getAs(API + "?view=callbacks-due", f.supervisor))).doesNotContain(repair);
        MvcResult bad = getAs(API + "?view=everything", f.agent);
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(read(bad).get("field").asString()).isEqualTo("view");
    }

    List<Long> ids(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        read(result).forEach(o -> ids.add(o.get("id").asLong()));
        return ids;
    }

    @Test
    void rAns4_dispatchesAPaidServiceOnlyAfterTheCustomersConsent() throws Exception {
        long id = registerFor(f.household, "PAID_SERVICE");
        JsonNode registered = read(getAs(API + "/" + id, f.agent));
        assertThat(registered.get("status").asString()).as("not routed before consent").isEqualTo("RECEIVED");
        long version = registered.get("version").asLong();

        MvcResult refused = postJson(API + "/" + id + "/dispatch", f.dispatcher,
                "{\"expectedVersion\": " + version + ", \"assignee\": \"" + f.butler.username() + "\"}");
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(refused).get("detail").asString()).contains("取得用户同意");
        assertThat(timelineCount(id, "DISPATCHED")).isZero();

        act(id, "paid-service-consent", f.agent, "");
        JsonNode dispatched = act(id, "dispatch", f.dispatcher, "\"assignee\": \"" + f.butler.username() + "\"");

        assertThat(dispatched.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(dispatched.get("paidServiceConsent").get("recordedBy").asString()).isEqualTo(f.agent.username());
    }

    @Test
    void rButler4_flagsAnAnswerWithAForbiddenExpressionForSupervisors() throws Exception {
        long id = registerFor(f.household, "COMPLAINT");
        act(id, "accept", f.butler, "");
        act(id, "check-in", f.butler, "");
        act(id, "resolve", f.butler, "\"note\": \"阀门已调整\"");
        JsonNode replied = act(id, "reply", f.agent, "\"text\": \"这事我不管，具体原因我也不知道\"");

        assertThat(replied.get("flaggedAnswers")).hasSize(1);
        JsonNode flag = replied.get("flaggedAnswers").get(0);
        assertThat(flag.get("what").asString()).isEqualTo("REPLY_GIVEN");
        assertThat(flag.get("expressions")).extracting(JsonNode::asString).containsExactly("我不管", "不知道");
        assertThat(flag.get("by").asString()).isEqualTo(f.agent.username());
        MvcResult list = getAs(API + "/flagged-answers", f.supervisor);
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        assertThat(read(list)).extracting(a -> a.get("orderId").asLong()).contains(id);
        assertThat(getAs(API + "/flagged-answers", f.butler).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void rButler4_doesNotFlagAnOrdinaryAnswer() throws Exception {
        long id = registerFor(f.household, "ENQUIRY");

        JsonNode resolved = act(id, "resolve", f.butler, "\"note\": \"已告知用户供热时间为11月15日\"");

        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("flaggedAnswers")).isEmpty();
    }

    @Test
    void rSup2_drawsAReachedComplaintForTheSpotCheckQueueAndTheMarketDepartmentCallsBack() throws Exception {
        long drawn = registerFor(f.household, "COMPLAINT");
        long notDrawn = registerFor(f.household, "COMPLAINT");
        for (long id : List.of(drawn, notDrawn)) {
            act(id, "accept", f.butler, "");
            act(id, "check-in", f.butler, "");
            act(id, "resolve", f.butler, "\"note\": \"阀门已调整\"");
        }

        random.willDraw(999); // below 10 % of 10,000: selected
        JsonNode selected = act(drawn, "callback", f.callbackAgent, "\"reached\": true, \"satisfied\": false");
        JsonNode skipped = act(notDrawn, "callback", f.callbackAgent, "\"reached\": true, \"satisfied\": true");

        assertThat(selected.get("spotCheck").get("selectedBy").asString()).isEqualTo("system:spot-check");
        assertThat(selected.get("timeline")).extracting(e -> e.get("what").asString())
                .endsWith("CALLED_BACK", "SPOT_CHECK_SELECTED");
        assertThat(skipped.get("spotCheck").isNull()).isTrue();
        assertThat(ids(getAs(API + "?view=spot-check-queue", market))).contains(drawn).doesNotContain(notDrawn);

        JsonNode checked = act(drawn, "spot-check", market, "\"reached\": true, \"satisfied\": true, \"comment\": \"认可\"");

        assertThat(checked.get("spotCheck").get("result").get("by").asString()).isEqualTo(market.username());
        assertThat(ids(getAs(API + "?view=spot-check-queue", market))).doesNotContain(drawn);
    }

    @Test
    void rSup2_doesNotDrawAnUnreachedCallback() throws Exception {
        long id = registerFor(f.household, "COMPLAINT");
        act(id, "accept", f.butler, "");
        act(id, "check-in", f.butler, "");
        act(id, "resolve", f.butler, "\"note\": \"阀门已调整\"");
        random.bounds.clear();

        JsonNode unreached = act(id, "callback", f.callbackAgent, "\"reached\": false, \"comment\": \"无人接听\"");

        assertThat(unreached.get("spotCheck").isNull()).isTrue();
        assertThat(random.bounds).as("no draw for an unreached callback").isEmpty();
    }

    @Test
    void fiftyConcurrentTransitionsOnOneOrderHaveExactlyOneWinnerAndTheRestAre409() throws Exception {
        long id = registerFor(f.household, "REPAIR");
        long version = read(getAs(API + "/" + id, f.butler)).get("version").asLong();
        int people = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people);
        try {
            List<Future<MvcResult>> results = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return postJson(API + "/" + id + "/accept", f.butler, "{\"expectedVersion\": " + version + "}");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (Future<MvcResult> result : results) {
                MvcResult r = result.get(120, TimeUnit.SECONDS);
                statuses.add(r.getResponse().getStatus());
                if (r.getResponse().getStatus() == 409) {
                    codes.add(read(r).get("code").asString());
                }
            }

            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(people - 1);
            assertThat(codes).containsOnly("ORDER_CHANGED");
            assertThat(timelineCount(id, "ACCEPTED")).isEqualTo(1);
            assertThat(read(getAs(API + "/" + id, f.butler)).get("version").asLong()).isEqualTo(version + 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
