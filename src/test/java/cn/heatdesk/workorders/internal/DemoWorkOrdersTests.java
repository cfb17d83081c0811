package cn.heatdesk.workorders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.workorders.OrderDetails;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.DeadlineStatus;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.OrderStatus;
import cn.heatdesk.workorders.domain.TrackedDeadline;
import cn.heatdesk.workorders.domain.WorkOrder;

/** Demo mode starts with a morning's work orders, entered through the real rules (see {@link DemoWorkOrders}). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class DemoWorkOrdersTests {

    @Autowired
    DemoWorkOrders demo;
    @Autowired
    WorkOrders workOrders;
    @Autowired
    DeadlineWatch watch;
    @Autowired
    StaffDirectory staff;
    @Autowired
    JdbcClient jdbc;

    StaffMember supervisor;
    Map<OrderKind, List<WorkOrder>> byKind;

    @BeforeEach
    void orders() {
        supervisor = staff.findByUsername("supervisor").orElseThrow();
        List<Long> ids = jdbc.sql("SELECT id FROM work_order ORDER BY id").query(Long.class).list();
        byKind = ids.stream().map(id -> workOrders.order(id, supervisor).order())
                .collect(Collectors.groupingBy(WorkOrder::kind));
    }

    @Test
    @DisplayName("R-BUTLER-5, R-SUP-1..3, R-ANS-1: nine orders in the states of a working morning, routed to the area's butler")
    void startsWithAMorningsOrdersInTheirStates() {
        assertThat(byKind.values().stream().mapToInt(List::size).sum()).isEqualTo(9);
        assertThat(byKind.get(OrderKind.REPAIR)).extracting(WorkOrder::status).containsExactlyInAnyOrder(
                OrderStatus.ON_SITE, OrderStatus.ACCEPTED, OrderStatus.RESOLVED, OrderStatus.CLOSED,
                OrderStatus.RECEIVED);
        assertThat(byKind.get(OrderKind.TEMPERATURE_COMPLAINT)).extracting(WorkOrder::status)
                .containsExactly(OrderStatus.ACCEPTED);
        assertThat(byKind.get(OrderKind.COMPLAINT)).extracting(WorkOrder::status)
                .containsExactly(OrderStatus.DISPATCHED);
        assertThat(byKind.get(OrderKind.LEAK_REPORT)).extracting(WorkOrder::status, WorkOrder::assignee)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OrderStatus.DISPATCHED, "butler"));
        assertThat(byKind.get(OrderKind.ENQUIRY)).extracting(WorkOrder::status).containsExactly(OrderStatus.CLOSED);

        StaffMember butler = staff.findByUsername("butler").orElseThrow();
        StaffMember agent = staff.findByUsername("agent").orElseThrow();
        StaffMember dispatcher = staff.findByUsername("dispatcher").orElseThrow();
        assertThat(workOrders.myOrders(butler)).extracting(WorkOrder::status).containsExactlyInAnyOrder(
                OrderStatus.ON_SITE, OrderStatus.ACCEPTED, OrderStatus.DISPATCHED, OrderStatus.RESOLVED,
                OrderStatus.DISPATCHED, OrderStatus.ACCEPTED);
        // R-SUP-1: the agent registered them all and owes every open one its answer, the resolved one included.
        assertThat(workOrders.myRepliesDue(agent)).hasSize(6).extracting(WorkOrder::status)
                .contains(OrderStatus.RESOLVED);
        assertThat(workOrders.callbacksDue(agent)).extracting(WorkOrder::status).containsExactly(OrderStatus.RESOLVED);
        assertThat(workOrders.dispatcherQueue(dispatcher)).extracting(WorkOrder::externalId)
                .singleElement().asString().startsWith("DEMO-12345-");
    }

    @Test
    @DisplayName("R-SUP-3: one on-site deadline is due within the warning lead, one is already overdue and breached once")
    void showsAWarningAndABreach() {
        Instant now = Instant.now();
        WorkOrder accepted = byKind.get(OrderKind.REPAIR).stream().filter(o -> o.status() == OrderStatus.ACCEPTED)
                .findFirst().orElseThrow();
        TrackedDeadline dueSoon = onSite(accepted);
        assertThat(dueSoon.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(dueSoon.due()).isAfter(now).isBefore(now.plus(Duration.ofMinutes(5)));

        WorkOrder unanswered = byKind.get(OrderKind.COMPLAINT).get(0);
        watch.recordBreaches(100);
        watch.recordBreaches(100);
        OrderDetails details = workOrders.order(unanswered.id(), supervisor);
        assertThat(details.breaches()).singleElement().satisfies(breach -> {
            assertThat(breach.rule()).isEqualTo(DeadlineRule.ON_SITE);
            assertThat(breach.responsibleUsername()).isEqualTo("butler");
        });
    }

    @Test
    void addsNothingWhenOrdersExist() throws Exception {
        demo.run(null);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM work_order").query(Long.class).single()).isEqualTo(9);
    }

    private TrackedDeadline onSite(WorkOrder order) {
        return workOrders.order(order.id(), supervisor).deadlines().stream()
                .filter(d -> d.rule() == DeadlineRule.ON_SITE).findFirst().orElseThrow();
    }
}
