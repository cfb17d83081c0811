package cn.heatdesk.workorders.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.web.PageTest;
import cn.heatdesk.web.PageTestConfiguration;
import cn.heatdesk.workorders.Breach;
import cn.heatdesk.workorders.NewOrder;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.OrderStatus;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;
import cn.heatdesk.workorders.internal.DeadlineWatch;

/**
 * Issue 4's pages: 热线工作台, 工单页 with its actions, 我的工单, 派单队列 — each action through its form with the
 * version the page showed, the conflict message when someone else changed the order (no lost update) and the
 * domain's Chinese reason when a step is refused.
 */
@PageTest
@Transactional
class WorkOrderPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkOrders orders;
    @Autowired
    DeadlineWatch watch;
    @Autowired
    StaffDirectory staff;

    OrderDistrict district;

    @BeforeEach
    void district() {
        district = new OrderDistrict(jdbc);
    }

    private String html(MockHttpServletRequestBuilder request, RequestPostProcessor who, ResultMatcher expected)
            throws Exception {
        return mvc.perform(request.with(who).with(csrf()).accept(MediaType.TEXT_HTML)).andExpect(expected)
                .andReturn().getResponse().getContentAsString();
    }

    private WorkOrder repairForWang() {
        return orders.register(NewOrder.hotline(OrderKind.REPAIR, Urgency.GENERAL, district.wang, "暖气片漏水"),
                OrderDistrict.member(StaffRole.HOTLINE_AGENT, "agent"));
    }

    private WorkOrder unmatchedCall() {
        return orders.register(NewOrder.unmatchedCaller(Channel.HOTLINE_968111, OrderKind.REPAIR, Urgency.GENERAL,
                "赵先生", "13900001111", "工测花园3号楼1单元101", "家里不热"),
                OrderDistrict.member(StaffRole.HOTLINE_AGENT, "agent"));
    }

    private WorkOrder reload(long id) {
        return orders.order(id, OrderDistrict.member(StaffRole.ADMINISTRATOR, "admin")).order();
    }

    private MockHttpServletRequestBuilder action(WorkOrder order, String action) {
        return post("/orders/" + order.id() + "/" + action).param("version", String.valueOf(order.version()));
    }

    @Nested
    @DisplayName("热线工作台")
    class HotlineDesk {

        @Test
        @DisplayName("R-BUTLER-4: the caller's number finds the customer and fills the butler's number into the scripts")
        void rButler4_lookupFindsTheCustomerAndFillsTheScripts() throws Exception {
            String fragment = html(get("/hotline/lookup").param("callerPhone", OrderDistrict.WANG_PHONE)
                    .header("HX-Request", "true"), OrderDistrict.agent(), status().isOk());

            assertThat(fragment).contains("W0001 王建华", "工测花园12号楼2单元301", "id=\"customer-" + district.wang + "\"",
                    "checked", "hx-swap-oob=\"true\"", "您好，环保供热片区管家W01号为您服务，请问有什么可以帮您？")
                    .doesNotContain("<html");
        }

        @Test
        void rAns1_lookupShowsTheCustomersOrders() throws Exception {
            WorkOrder earlier = repairForWang();

            String page = html(get("/hotline").param("callerPhone", OrderDistrict.WANG_PHONE), OrderDistrict.agent(),
                    status().isOk());

            assertThat(page).contains("id=\"match-" + district.wang + "\"", "W0001 王建华", earlier.number(), "暖气片漏水");
        }

        @Test
        @DisplayName("R-ANS-1, R-SUP-5: an order past its on-site time is marked overdue in the caller's history")
        void rAns1_marksAnOverdueOrderInTheCallersHistory() throws Exception {
            WorkOrder late = orders.register(new NewOrder(Channel.HOTLINE_968111, OrderKind.REPAIR, Urgency.GENERAL,
                    district.wang, null, null, null, "四十分钟前报修", PageTestConfiguration.NOW.minusSeconds(40 * 60),
                    null, null, null), OrderDistrict.member(StaffRole.HOTLINE_AGENT, "agent"));
            WorkOrder onTime = repairForWang();

            String page = html(get("/hotline/lookup").param("callerPhone", OrderDistrict.WANG_PHONE),
                    OrderDistrict.agent(), status().isOk());

            assertThat(historyLine(page, late)).contains("已超时");
            assertThat(historyLine(page, onTime)).doesNotContain("已超时");
            // Still overdue once the deadline watch has recorded the breach.
            assertThat(watch.recordBreaches(100)).extracting(Breach::orderId).contains(late.id());
            assertThat(historyLine(html(get("/hotline/lookup").param("callerPhone", OrderDistrict.WANG_PHONE),
                    OrderDistrict.agent(), status().isOk()), late)).contains("已超时");
        }

        private static String historyLine(String page, WorkOrder order) {
            int line = page.indexOf("id=\"history-" + order.id() + "\"");
            assertThat(line).as("history line of " + order.number()).isNotNegative();
            return page.substring(line, page.indexOf("</li>", line));
        }

        @Test
        void showsThePhrasesWithAPlaceholderBeforeAnyoneIsFound() throws Exception {
            String page = html(get("/hotline"), OrderDistrict.agent(), status().isOk());

            assertThat(page).contains("热线工作台", "id=\"caller-phone\"", "管家XX号", "查到用户后自动填入其片区管家编号",
                    "id=\"nav-hotline\"");
        }

        @Test
        @DisplayName("R-BUTLER-5: an order for a customer in the files is routed to the area's butler and opens")
        void rButler5_savesAndOpensTheRoutedOrder() throws Exception {
            String location = mvc.perform(post("/hotline/orders").with(OrderDistrict.agent()).with(csrf())
                            .param("callerPhone", OrderDistrict.WANG_PHONE).param("customerId", String.valueOf(district.wang))
                            .param("kind", "REPAIR").param("channel", "HOTLINE_968111").param("description", "暖气不热"))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/orders/*"))
                    .andReturn().getResponse().getRedirectedUrl();

            long id = Long.parseLong(location.substring("/orders/".length()));
            WorkOrder saved = reload(id);
            assertThat(saved.status()).isEqualTo(OrderStatus.DISPATCHED);
            assertThat(saved.assignee()).isEqualTo("butler");
            assertThat(saved.firstResponder()).isEqualTo("agent");
            assertThat(saved.customerId()).isEqualTo(district.wang);
        }

        @Test
        void keepsWhatWasTypedAndSaysWhatIsMissing() throws Exception {
            String page = html(post("/hotline/orders").param("callerPhone", "13900009999").param("description", "家里不热"),
                    OrderDistrict.agent(), status().isBadRequest());

            assertThat(page).contains("id=\"intake-error\"", "请选择工单类型。", "value=\"13900009999\"", "家里不热");
        }

        @Test
        void isNotForProductionManagement() throws Exception {
            html(get("/hotline"), OrderDistrict.as(StaffRole.PRODUCTION_MANAGEMENT, "production"), status().isForbidden());
        }
    }

    @Nested
    @DisplayName("工单页")
    class OrderPage {

        @Test
        @DisplayName("R-SYS-3, R-SUP-3: the timeline, the live on-site deadline and the butler's next step")
        void showsTimelineDeadlineAndActions() throws Exception {
            WorkOrder order = repairForWang();

            String page = html(get("/orders/" + order.id()), OrderDistrict.butler(), status().isOk());

            assertThat(page).contains(order.number(), "暖气片漏水", "登记受理", "派单", "给 butler", "id=\"deadline-ON_SITE\"",
                    "data-countdown", "data-due=\"2026-12-01T10:30+08:00\"", "data-warn=\"300000\"",
                    "id=\"action-accept\"", "W0001 王建华")
                    .doesNotContain("id=\"action-check-in\"", "id=\"action-dispatch\"");
        }

        @Test
        @DisplayName("R-SYS-3: people are named by their display names where they have an account")
        void namesPeopleByTheirDisplayNames() throws Exception {
            staff.createAccount("butler", "张伟", StaffRole.BUTLER, "a-long-test-password");
            WorkOrder order = repairForWang();

            String page = html(get("/orders/" + order.id()), OrderDistrict.butler(), status().isOk());

            assertThat(page).contains("给 张伟", "责任人 张伟").doesNotContain("给 butler");
            int assignee = page.indexOf("id=\"order-assignee\"");
            assertThat(page.substring(assignee, page.indexOf("</dd>", assignee))).contains("张伟");
            // No account: the login is shown as it is.
            int responder = page.indexOf("id=\"order-first-responder\"");
            assertThat(page.substring(responder, page.indexOf("</dd>", responder))).contains("agent");
        }

        @Test
        void acceptsWithTheLoadedVersionAndComesBack() throws Exception {
            WorkOrder order = repairForWang();

            mvc.perform(action(order, "accept").with(OrderDistrict.butler()).with(csrf()))
                    .andExpect(redirectedUrl("/orders/" + order.id())).andExpect(flash().attribute("actionDone", "accept"));

            assertThat(reload(order.id()).status()).isEqualTo(OrderStatus.ACCEPTED);
        }

        @Test
        @DisplayName("no lost update: a page loaded before someone else's change gets the conflict message")
        void refusesAStaleVersionWithAClearMessage() throws Exception {
            WorkOrder loaded = repairForWang();
            orders.accept(loaded.id(), OrderDistrict.member(StaffRole.BRANCH_DISPATCHER, "dispatcher"));

            String page = html(action(loaded, "accept"), OrderDistrict.butler(), status().isConflict());

            assertThat(page).contains("id=\"action-error\"", "此工单刚被他人更新（dispatcher 接单），请看清最新情况后再操作。");
            WorkOrder now = reload(loaded.id());
            assertThat(now.timeline()).as("nothing was written twice").hasSize(loaded.timeline().size() + 1);
        }

        @Test
        @DisplayName("a refused step shows the domain's Chinese reason")
        void showsTheReasonOfARefusedStep() throws Exception {
            WorkOrder order = repairForWang();

            String page = html(action(order, "check-in"), OrderDistrict.butler(), status().isConflict());

            assertThat(page).contains("id=\"action-error\"", "工单已派单、尚未接单，不能到场签到。");
            assertThat(reload(order.id()).status()).isEqualTo(OrderStatus.DISPATCHED);
        }

        @Test
        void refusesAResultWithoutWords() throws Exception {
            WorkOrder order = repairForWang();
            var butler = OrderDistrict.member(StaffRole.BUTLER, "butler");
            orders.accept(order.id(), butler);
            orders.checkIn(order.id(), butler);

            String page = html(action(reload(order.id()), "resolve").param("note", " "), OrderDistrict.butler(),
                    status().isBadRequest());

            assertThat(page).contains("请填写处理结果。");
        }

        @Test
        void carriesARefusalBackToTheListItCameFrom() throws Exception {
            WorkOrder order = repairForWang();

            mvc.perform(action(order, "check-in").param("back", "/my-orders").with(OrderDistrict.butler()).with(csrf()))
                    .andExpect(redirectedUrl("/my-orders"))
                    .andExpect(flash().attribute("actionError", "工单已派单、尚未接单，不能到场签到。"));
        }

        @Test
        void neverRedirectsToAnotherSite() throws Exception {
            WorkOrder order = repairForWang();

            mvc.perform(action(order, "accept").param("back", "//evil.example/").with(OrderDistrict.butler()).with(csrf()))
                    .andExpect(redirectedUrl("/orders/" + order.id()));
        }

        @Test
        @DisplayName("R-BUTLER-4: a recorded answer with a forbidden expression is flagged")
        void rButler4_flagsForbiddenExpressions() throws Exception {
            WorkOrder order = repairForWang();
            var butler = OrderDistrict.member(StaffRole.BUTLER, "butler");
            orders.accept(order.id(), butler);
            orders.checkIn(order.id(), butler);
            orders.resolve(order.id(), "楼道管线我不管，找物业", butler);

            String page = html(get("/orders/" + order.id()), OrderDistrict.agent(), status().isOk());

            assertThat(page).contains("class=\"notice-bad forbidden-flag\"", "含服务忌语：我不管（R-BUTLER-4）");
        }

        @Test
        @DisplayName("R-SYS-2: an order outside the person's scope is not found")
        void hidesOrdersOutsideTheScope() throws Exception {
            WorkOrder order = repairForWang();

            html(get("/orders/" + order.id()), OrderDistrict.as(StaffRole.BUTLER, "butler2"), status().isNotFound());
        }
    }

    @Nested
    @DisplayName("我的工单")
    class MyOrders {

        @Test
        @DisplayName("R-SUP-5: open orders with live countdowns and the one-tap next step")
        void listsOpenOrdersWithCountdownsAndOneTapSteps() throws Exception {
            WorkOrder order = repairForWang();

            String page = html(get("/my-orders"), OrderDistrict.butler(), status().isOk());

            assertThat(page).contains("id=\"card-" + order.id() + "\"", "工测花园12号楼2单元301", "data-countdown",
                    "id=\"action-accept-" + order.id() + "\"", "name=\"back\" value=\"/my-orders\"", "id=\"replies-none\"");
        }

        @Test
        @DisplayName("R-SUP-5: an overdue order keeps its breached deadline on the card, first, until someone is on site")
        void keepsAnOverdueDeadlineOnTheCardAfterTheBreachIsRecorded() throws Exception {
            WorkOrder late = orders.register(new NewOrder(Channel.HOTLINE_968111, OrderKind.REPAIR, Urgency.GENERAL,
                    district.wang, null, null, null, "暖气不热，四十分钟前来电", PageTestConfiguration.NOW.minusSeconds(40 * 60),
                    null, null, null), OrderDistrict.member(StaffRole.HOTLINE_AGENT, "agent"));
            WorkOrder onTime = repairForWang();
            assertThat(watch.recordBreaches(100)).extracting(Breach::orderId).contains(late.id());

            String page = html(get("/my-orders"), OrderDistrict.butler(), status().isOk());

            assertThat(page).contains("id=\"deadline-" + late.id() + "-ON_SITE\"", "id=\"deadline-" + onTime.id() + "-ON_SITE\"");
            assertThat(page.indexOf("id=\"card-" + late.id() + "\"")).isLessThan(page.indexOf("id=\"card-" + onTime.id() + "\""));

            orders.accept(late.id(), OrderDistrict.member(StaffRole.BUTLER, "butler"));
            orders.checkIn(late.id(), OrderDistrict.member(StaffRole.BUTLER, "butler"));
            assertThat(html(get("/my-orders"), OrderDistrict.butler(), status().isOk()))
                    .contains("id=\"card-" + late.id() + "\"", "id=\"action-resolve-" + late.id() + "\"")
                    .doesNotContain("id=\"deadline-" + late.id() + "-ON_SITE\"")
                    // R-TEMP-6: 测温 is a card step for a 室温投诉 only; a repair records one from the order page.
                    .doesNotContain("id=\"action-measure-" + late.id() + "\"");
        }

        @Test
        @DisplayName("R-SUP-1: the first responder sees the replies they owe")
        void rSup1_listsRepliesDue() throws Exception {
            WorkOrder order = repairForWang();

            String page = html(get("/my-orders"), OrderDistrict.agent(), status().isOk());

            assertThat(page).contains("id=\"reply-" + order.id() + "\"", "id=\"my-orders-empty\"");
        }
    }

    @Nested
    @DisplayName("派单队列")
    class Queue {

        @Test
        @DisplayName("R-BUTLER-5: an unmatched caller waits in the dispatcher's queue and is dispatched from it")
        void dispatchesFromTheQueue() throws Exception {
            WorkOrder order = unmatchedCall();

            String page = html(get("/orders/queue"), OrderDistrict.dispatcher(), status().isOk());
            assertThat(page).contains("id=\"queued-" + order.id() + "\"", "赵先生", "管家W01号")
                    .doesNotContain("管家W02号");

            mvc.perform(action(order, "dispatch").param("assignee", "butler").param("back", "/orders/queue")
                            .with(OrderDistrict.dispatcher()).with(csrf()))
                    .andExpect(redirectedUrl("/orders/queue"));
            WorkOrder dispatched = reload(order.id());
            assertThat(dispatched.status()).isEqualTo(OrderStatus.DISPATCHED);
            assertThat(dispatched.assignee()).isEqualTo("butler");
        }

        @Test
        @DisplayName("an unmatched caller is matched to a file by account number, which places the order in its area")
        void matchesACallerToAFile() throws Exception {
            WorkOrder order = unmatchedCall();

            mvc.perform(action(order, "match").param("customer", "W0001").param("back", "/orders/queue")
                            .with(OrderDistrict.dispatcher()).with(csrf()))
                    .andExpect(redirectedUrl("/orders/queue")).andExpect(flash().attribute("actionDone", "match"));
            WorkOrder matched = reload(order.id());
            assertThat(matched.customerId()).isEqualTo(district.wang);
            assertThat(matched.areaId()).isEqualTo(district.area1);
        }

        @Test
        void saysWhenNoFileMatches() throws Exception {
            WorkOrder order = unmatchedCall();

            String page = html(action(order, "match").param("customer", "X9999"), OrderDistrict.dispatcher(),
                    status().isBadRequest());

            assertThat(page).contains("没有找到“X9999”的用户档案。");
        }

        @Test
        void isForDispatchers() throws Exception {
            html(get("/orders/queue"), OrderDistrict.agent(), status().isForbidden());
        }
    }

    private WorkOrder resolved(OrderKind kind) {
        WorkOrder order = orders.register(NewOrder.hotline(kind, Urgency.GENERAL, district.wang, "暖气不热"),
                OrderDistrict.member(StaffRole.HOTLINE_AGENT, "agent"));
        var butler = OrderDistrict.member(StaffRole.BUTLER, "butler");
        orders.accept(order.id(), butler);
        orders.checkIn(order.id(), butler);
        return orders.resolve(order.id(), "更换了堵塞的阀门", butler);
    }

    @Nested
    @DisplayName("R-ANS-1: the customer's whole history")
    class History {

        @Test
        void rAns1_theOrderPageShowsEveryOrderOfTheCustomer() throws Exception {
            WorkOrder first = repairForWang();
            WorkOrder second = unmatchedCall();
            orders.matchCustomer(second.id(), district.wang, OrderDistrict.member(StaffRole.BRANCH_DISPATCHER, "dispatcher"));

            String page = html(get("/orders/" + second.id()), OrderDistrict.agent(), status().isOk());

            assertThat(page.substring(page.indexOf("id=\"history\""))).contains(first.number(), second.number(), "暖气片漏水");
        }
    }

    @Nested
    @DisplayName("回访")
    class Callbacks {

        @Test
        @DisplayName("R-SUP-2: a resolved order is called back from the list and moves on")
        void rSup2_recordsACallbackFromTheList() throws Exception {
            WorkOrder order = resolved(OrderKind.REPAIR);

            String page = html(get("/orders/callbacks"), OrderDistrict.agent(), status().isOk());
            assertThat(page).contains("id=\"due-" + order.id() + "\"", "处理结果：更换了堵塞的阀门",
                    "id=\"action-callback-" + order.id() + "\"");
            // Whom to call: the customer by name and address, the phone on the file (masked there, R-SYS-2).
            int whom = page.indexOf("id=\"whom-" + order.id() + "\"");
            assertThat(page.substring(whom, page.indexOf("</p>", whom)))
                    .contains("王建华", "工测花园12号楼2单元301", "href=\"/customers/" + district.wang + "\"")
                    .doesNotContain(OrderDistrict.WANG_PHONE);

            mvc.perform(post("/orders/" + order.id() + "/callback").param("version", String.valueOf(reload(order.id()).version()))
                            .param("reached", "true").param("satisfied", "true").param("comment", "已经热了")
                            .param("back", "/orders/callbacks").with(OrderDistrict.agent()).with(csrf()))
                    .andExpect(redirectedUrl("/orders/callbacks"));
            WorkOrder called = reload(order.id());
            assertThat(called.status()).isEqualTo(OrderStatus.CALLED_BACK);
            assertThat(called.callbacks()).singleElement().satisfies(c -> assertThat(c.comment()).isEqualTo("已经热了"));
        }

        @Test
        @DisplayName("R-HOME-1: the butler who visited is not offered the callback")
        void rHome1_theVisitorIsNotOfferedTheCallback() throws Exception {
            WorkOrder order = resolved(OrderKind.REPAIR);

            String page = html(get("/orders/" + order.id()), OrderDistrict.butler(), status().isOk());

            assertThat(page).doesNotContain("id=\"action-callback\"");
        }

        @Test
        @DisplayName("R-SUP-2: the market customer service department makes the spot check")
        void rSup2_marketServiceRecordsTheSpotCheck() throws Exception {
            WorkOrder order = resolved(OrderKind.COMPLAINT);
            var agent = OrderDistrict.member(StaffRole.HOTLINE_AGENT, "agent");
            orders.recordCallback(order.id(), true, true, null, agent);
            orders.selectForSpotCheck(order.id(), OrderDistrict.member(StaffRole.MARKET_SERVICE, "market"));
            var market = OrderDistrict.as(StaffRole.MARKET_SERVICE, "market");

            String page = html(get("/orders/callbacks"), market, status().isOk());
            assertThat(page).contains("id=\"spot-" + order.id() + "\"", "id=\"action-spot-check-" + order.id() + "\"");

            mvc.perform(post("/orders/" + order.id() + "/spot-check").param("version", String.valueOf(reload(order.id()).version()))
                            .param("reached", "true").param("satisfied", "false").param("back", "/orders/callbacks")
                            .with(market).with(csrf()))
                    .andExpect(redirectedUrl("/orders/callbacks"));
            assertThat(reload(order.id()).spotCheck().done()).isTrue();
        }

        @Test
        void isNotForButlers() throws Exception {
            html(get("/orders/callbacks"), OrderDistrict.butler(), status().isForbidden());
        }
    }
}
