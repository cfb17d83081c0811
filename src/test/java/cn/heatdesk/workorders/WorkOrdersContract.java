package cn.heatdesk.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.audit.AuditRecord;
import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.DeadlineStatus;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.OrderStatus;
import cn.heatdesk.workorders.domain.TimelineEvent;
import cn.heatdesk.workorders.domain.TrackedDeadline;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;
import cn.heatdesk.workorders.internal.DeadlineWatch;

/**
 * The work order service on a real database, run on H2 and PostgreSQL. Nothing rolls back: orders are worked by
 * several transactions and threads, so each test builds its own district with unique names.
 */
@SpringBootTest
@Import(WorkOrderTestConfig.class)
abstract class WorkOrdersContract {

    @Autowired
    WorkOrders workOrders;
    @Autowired
    AuditTrail audit;
    @Autowired
    CustomerFiles customerFiles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    DeadlineWatch watch;

    WorkOrderFixtures f;

    @BeforeEach
    void district() {
        f = new WorkOrderFixtures(jdbc);
    }

    WorkOrder complaintOfTheHousehold() {
        return workOrders.register(NewOrder.hotline(OrderKind.COMPLAINT, Urgency.GENERAL, f.household, "暖气不热"), f.agent);
    }

    WorkOrder unmatchedRepair() {
        return workOrders.register(NewOrder.unmatchedCaller(Channel.HOTLINE_968111, OrderKind.REPAIR, Urgency.GENERAL,
                "路人", "13700001111", "某路口", "井盖冒汽"), f.agent);
    }

    @Test
    void rSup5_tellsWhichOrdersAreOverdueUntilSomeoneIsOnSite() {
        WorkOrder late = complaintOfTheHousehold();
        WorkOrder later = unmatchedRepair();
        clock.advance(Duration.ofMinutes(31));
        WorkOrder fresh = complaintOfTheHousehold();

        assertThat(workOrders.overdue(List.of(late.id(), later.id(), fresh.id())))
                .containsExactlyInAnyOrder(late.id(), later.id());
        assertThat(workOrders.overdue(List.of())).isEmpty();

        workOrders.accept(late.id(), f.butler);
        workOrders.checkIn(late.id(), f.butler);
        assertThat(workOrders.overdue(List.of(late.id(), later.id(), fresh.id()))).containsExactly(later.id());
    }

    @Test
    @DisplayName("R-SUP-4, R-SUP-5: an appointment after the breach releases the on-site deadline; the breach stands")
    void rSup4_anAppointmentAfterTheBreachReleasesTheDeadlineButKeepsTheBreach() {
        WorkOrder late = complaintOfTheHousehold();
        clock.advance(Duration.ofMinutes(31));
        assertThat(watch.recordBreaches(100)).extracting(Breach::orderId).contains(late.id());
        assertThat(workOrders.overdue(List.of(late.id()))).containsExactly(late.id());

        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        workOrders.accept(late.id(), f.butler);
        workOrders.agreeAppointment(late.id(), now.plus(Duration.ofHours(2)), f.butler);

        OrderDetails details = workOrders.order(late.id(), f.agent);
        // The missed half hour stays a breach, no longer owed; the appointment is the new on-site target (R-SUP-4).
        assertThat(details.deadlines()).filteredOn(d -> d.status() == DeadlineStatus.BREACHED).singleElement()
                .satisfies(d -> {
                    assertThat(d.rule()).isEqualTo(DeadlineRule.ON_SITE);
                    assertThat(d.withdrawnAt()).isEqualTo(now);
                    assertThat(d.stillOwed()).isFalse();
                });
        assertThat(details.deadlines()).filteredOn(TrackedDeadline::stillOwed).singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(now.plus(Duration.ofHours(2))));
        assertThat(details.breaches()).hasSize(1);
        assertThat(workOrders.overdue(List.of(late.id()))).isEmpty();
    }

    @Test
    void walksAComplaintFromReceiptToClosingWithDeadlinesAuditAndTheCustomersTimeline() {
        WorkOrder registered = complaintOfTheHousehold();
        long id = registered.id();

        assertThat(registered.number()).matches("GD\\d{8}\\d{4,}");
        assertThat(registered.status()).isEqualTo(OrderStatus.DISPATCHED);
        assertThat(registered.assignee()).isEqualTo(f.butler.username());
        TrackedDeadline onSite = workOrders.order(id, f.agent).deadlines().get(0);
        assertThat(onSite.rule()).isEqualTo(DeadlineRule.ON_SITE);
        assertThat(onSite.responsibleUsername()).isEqualTo(f.butler.username());
        assertThat(onSite.due()).isEqualTo(registered.receivedAt().plus(Duration.ofMinutes(30)));

        clock.advance(Duration.ofMinutes(1));
        workOrders.accept(id, f.butler);
        clock.advance(Duration.ofMinutes(10));
        workOrders.checkIn(id, f.butler);
        clock.advance(Duration.ofMinutes(20));
        workOrders.resolve(id, "已排气，室温恢复", f.butler);
        workOrders.reply(id, "已上门处理完毕", f.agent);
        clock.advance(Duration.ofMinutes(30));
        workOrders.recordCallback(id, true, true, "满意", f.callbackAgent);
        WorkOrder closed = workOrders.close(id, f.agent);

        assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(closed.timeline()).extracting(e -> e.what()).containsExactly(TimelineEvent.REGISTERED,
                TimelineEvent.DISPATCHED, TimelineEvent.ACCEPTED, TimelineEvent.CHECKED_IN, TimelineEvent.RESOLVED,
                TimelineEvent.REPLY_GIVEN, TimelineEvent.CALLED_BACK, TimelineEvent.CLOSED);
        OrderDetails details = workOrders.order(id, f.supervisor);
        assertThat(details.deadlines()).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.MET));
        assertThat(details.breaches()).isEmpty();
        List<AuditRecord> trail = audit.forEntity("WORK_ORDER", String.valueOf(id));
        assertThat(trail).extracting(AuditRecord::action).containsExactly("WORK_ORDER_REGISTERED",
                "WORK_ORDER_ACCEPTED", "WORK_ORDER_CHECKED_IN", "WORK_ORDER_RESOLVED", "WORK_ORDER_REPLY_GIVEN",
                "WORK_ORDER_CALLED_BACK", "WORK_ORDER_CLOSED");
        assertThat(trail.get(1).before()).contains("\"status\":\"DISPATCHED\"");
        assertThat(trail.get(1).after()).contains("\"status\":\"ACCEPTED\"");
        assertThat(customerFiles.file(f.household, f.agent).timeline())
                .anySatisfy(entry -> assertThat(entry.reference()).isEqualTo(registered.number()));
    }

    @Test
    void rSup2_listsResolvedOrdersForCallbackAndDrawnOrdersForTheSpotCheckUntilEachIsDone() {
        WorkOrder order = complaintOfTheHousehold();
        long id = order.id();
        workOrders.accept(id, f.butler);
        workOrders.checkIn(id, f.butler);
        assertThat(workOrders.callbacksDue(f.supervisor)).extracting(WorkOrder::id).doesNotContain(id);
        workOrders.resolve(id, "已排气", f.butler);

        assertThat(workOrders.callbacksDue(f.supervisor)).extracting(WorkOrder::id).contains(id);
        workOrders.recordCallback(id, false, null, "无人接听", f.callbackAgent);
        assertThat(workOrders.callbacksDue(f.supervisor)).extracting(WorkOrder::id).contains(id);
        workOrders.recordCallback(id, true, true, "满意", f.callbackAgent);
        assertThat(workOrders.callbacksDue(f.supervisor)).extracting(WorkOrder::id).doesNotContain(id);

        assertThat(workOrders.spotCheckQueue(f.marketService)).extracting(WorkOrder::id).doesNotContain(id);
        workOrders.selectForSpotCheck(id, f.marketService);
        assertThat(workOrders.spotCheckQueue(f.marketService)).extracting(WorkOrder::id).contains(id);
        workOrders.recordSpotCheck(id, true, true, "二次回访满意", f.marketService);
        assertThat(workOrders.spotCheckQueue(f.marketService)).extracting(WorkOrder::id).doesNotContain(id);
    }

    @Test
    void rAns1_showsTheCustomersWholeHistoryNewestFirstWhoeverHandledIt() {
        WorkOrder first = complaintOfTheHousehold();
        clock.advance(Duration.ofMinutes(5));
        WorkOrder second = complaintOfTheHousehold();
        unmatchedRepair();

        assertThat(workOrders.customerOrders(f.household, f.agent)).extracting(WorkOrder::id)
                .containsExactly(second.id(), first.id());
    }

    @Test
    void refusesATransitionTheOrderIsNotReadyForWithAReadableMessage() {
        WorkOrder order = unmatchedRepair();

        assertThatThrownBy(() -> workOrders.accept(order.id(), f.agent)).isInstanceOf(ConflictException.class)
                .hasMessage("工单尚未派单，不能接单。");
        workOrders.dispatch(order.id(), f.butler.username(), f.dispatcher);
        assertThatThrownBy(() -> workOrders.accept(order.id(), f.agent)).isInstanceOf(ForbiddenException.class)
                .hasMessage("只有处理人（" + f.butler.username() + "）或调度可以接单。");
        assertThat(audit.forEntity("WORK_ORDER", String.valueOf(order.id()))).hasSize(2);
    }

    @Test
    void leavesAnUnmatchedCallerInTheDispatchersQueue() {
        WorkOrder order = unmatchedRepair();

        assertThat(order.status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(order.assignee()).isNull();
        assertThat(workOrders.dispatcherQueue(f.dispatcher)).extracting(WorkOrder::id).contains(order.id());
        assertThat(workOrders.dispatcherQueue(f.butler)).isEmpty();
    }

    @Test
    void routesACallAboutAnotherButlersAreaToThatAreasButler() {
        WorkOrder order = workOrders.register(NewOrder.hotline(OrderKind.REPAIR, Urgency.GENERAL,
                f.otherAreaHousehold, "阀门漏水"), f.butler);

        assertThat(order.assignee()).isEqualTo(f.otherButler.username());
        assertThat(order.firstResponder()).isEqualTo(f.butler.username());
        assertThat(workOrders.myOrders(f.otherButler)).extracting(WorkOrder::id).contains(order.id());
    }

    @Test
    void keepsTheFirstResponderAcrossReassignmentAndHandsTheDeadlineOver() {
        WorkOrder order = complaintOfTheHousehold();

        workOrders.reassign(order.id(), f.otherButler.username(), "本片区管家休假", f.dispatcher);

        OrderDetails details = workOrders.order(order.id(), f.otherButler);
        assertThat(details.order().firstResponder()).isEqualTo(f.agent.username());
        assertThat(details.order().assignee()).isEqualTo(f.otherButler.username());
        assertThat(details.deadlines()).singleElement()
                .satisfies(d -> assertThat(d.responsibleUsername()).isEqualTo(f.otherButler.username()));
        assertThat(workOrders.myRepliesDue(f.agent)).extracting(WorkOrder::id).contains(order.id());
        assertThat(workOrders.myOrders(f.butler)).extracting(WorkOrder::id).doesNotContain(order.id());
    }

    @Test
    void answersAnOrderOutsideThePersonsAreaAsNotFound() {
        WorkOrder order = complaintOfTheHousehold();

        assertThatThrownBy(() -> workOrders.order(order.id(), f.otherButler)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workOrders.accept(order.id(), f.otherButler)).isInstanceOf(NotFoundException.class);
        assertThat(workOrders.order(order.id(), f.dispatcher).order().id()).isEqualTo(order.id());
    }

    @Test
    void recordsALateCheckInAsABreachAgainstTheButlerAndTheirArea() {
        WorkOrder order = complaintOfTheHousehold();
        workOrders.accept(order.id(), f.butler);
        clock.advance(Duration.ofMinutes(45));

        workOrders.checkIn(order.id(), f.butler);

        OrderDetails details = workOrders.order(order.id(), f.agent);
        assertThat(details.deadlines()).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.BREACHED));
        assertThat(details.breaches()).singleElement().satisfies(b -> {
            assertThat(b.responsibleUsername()).isEqualTo(f.butler.username());
            assertThat(b.responsibleAreaId()).isEqualTo(f.area1);
            assertThat(b.responsibleUnit()).isEqualTo("一片区" + f.tag);
        });
    }

    @Test
    void letsExactlyOneOfFiftyConcurrentDispatchesWinAndLosesNothing() throws Exception {
        WorkOrder order = unmatchedRepair();
        int people = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < people; i++) {
                String assignee = "butler-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        workOrders.dispatch(order.id(), assignee, f.supervisor);
                        return "won:" + assignee;
                    } catch (ConflictException e) {
                        return "conflict";
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(outcomes).filteredOn(o -> o.startsWith("won:")).hasSize(1);
            assertThat(outcomes).filteredOn("conflict"::equals).hasSize(people - 1);
            String winner = outcomes.stream().filter(o -> o.startsWith("won:")).findFirst().orElseThrow().substring(4);
            OrderDetails stored = workOrders.order(order.id(), f.supervisor);
            assertThat(stored.order().version()).isEqualTo(1);
            assertThat(stored.order().assignee()).isEqualTo(winner);
            assertThat(stored.order().timeline()).extracting(e -> e.what())
                    .containsExactly(TimelineEvent.REGISTERED, TimelineEvent.DISPATCHED);
            assertThat(stored.deadlines()).singleElement()
                    .satisfies(d -> assertThat(d.responsibleUsername()).isEqualTo(winner));
            assertThat(audit.forEntity("WORK_ORDER", String.valueOf(order.id()))).extracting(AuditRecord::action)
                    .containsExactly("WORK_ORDER_REGISTERED", "WORK_ORDER_DISPATCHED");
        } finally {
            pool.shutdownNow();
        }
    }

    Instant now() {
        return clock.instant();
    }
}
