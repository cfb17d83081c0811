package cn.heatdesk.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.DeadlineStatus;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;
import cn.heatdesk.workorders.internal.DeadlineWatch;

/**
 * R-SUP-5 on a real database: overdue deadlines breached exactly once, by competing pollers too, and found on
 * the first poll after a restart. The clock is moved by hand; nothing sleeps.
 */
@SpringBootTest
@Import(WorkOrderTestConfig.class)
abstract class DeadlineWatchContract {

    @Autowired
    WorkOrders workOrders;
    @Autowired
    DeadlineWatch watch;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    WorkOrderTestConfig.RecordingEscalations escalations;

    WorkOrderFixtures f;

    @BeforeEach
    void district() {
        f = new WorkOrderFixtures(jdbc);
        // Other tests in this context leave open deadlines: move past every one of them and breach them now, so
        // that this test's polls find only its own.
        clock.advance(Duration.ofDays(3));
        watch.poll();
        escalations.escalated.clear();
        escalations.warned.clear();
    }

    List<WorkOrder> repairs(int count) {
        List<WorkOrder> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            orders.add(workOrders.register(NewOrder.hotline(OrderKind.REPAIR, Urgency.GENERAL, f.household, "暖气漏水 " + i),
                    f.agent));
        }
        return orders;
    }

    @Test
    void recordsEachBreachOnceWhenTwoPollersCompete() throws Exception {
        List<WorkOrder> orders = repairs(40);
        clock.advance(Duration.ofMinutes(31));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Breach>>> pollers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                pollers.add(pool.submit(() -> {
                    start.await();
                    List<Breach> mine = new ArrayList<>();
                    List<Breach> batch;
                    do {
                        batch = watch.recordBreaches(3);
                        mine.addAll(batch);
                    } while (!batch.isEmpty());
                    return mine;
                }));
            }
            start.countDown();
            List<Breach> all = new ArrayList<>(pollers.get(0).get(60, TimeUnit.SECONDS));
            all.addAll(pollers.get(1).get(60, TimeUnit.SECONDS));

            Set<Long> orderIds = orders.stream().map(WorkOrder::id).collect(Collectors.toSet());
            assertThat(all).hasSize(40).extracting(Breach::orderId).containsExactlyInAnyOrderElementsOf(orderIds);
            assertThat(escalations.escalated).extracting(Breach::orderId).containsExactlyInAnyOrderElementsOf(orderIds);
            assertThat(workOrders.notifications(f.supervisor)).filteredOn(n -> orderIds.contains(n.orderId()))
                    .extracting(Notification::orderId).containsExactlyInAnyOrderElementsOf(orderIds);
            for (WorkOrder order : orders) {
                OrderDetails details = workOrders.order(order.id(), f.supervisor);
                assertThat(details.deadlines()).singleElement()
                        .satisfies(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.BREACHED));
                assertThat(details.breaches()).singleElement().satisfies(b -> {
                    assertThat(b.responsibleUsername()).isEqualTo(f.butler.username());
                    assertThat(b.responsibleUnit()).isEqualTo("一片区" + f.tag);
                });
                assertThat(audit.forEntity("WORK_ORDER", String.valueOf(order.id())))
                        .filteredOn(r -> r.action().equals("DEADLINE_BREACHED")).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void flagsEveryDeadlineThatFellDueWhileNoNodeWasRunningOnTheFirstPoll() {
        List<WorkOrder> orders = repairs(5);
        // Down for an hour: nothing polled; the watch keeps nothing in memory, so a fresh poll is a restart.
        clock.advance(Duration.ofHours(1));

        int breached = watch.poll();

        assertThat(breached).isEqualTo(5);
        assertThat(orders).allSatisfy(order -> assertThat(workOrders.order(order.id(), f.supervisor).breaches())
                .hasSize(1));
        assertThat(watch.poll()).isZero();
    }

    @Test
    void leavesADeadlineMetInTimeAloneAndWarnsOnceBeforeTheDueTime() {
        WorkOrder met = repairs(1).get(0);
        workOrders.accept(met.id(), f.butler);
        workOrders.checkIn(met.id(), f.butler);
        WorkOrder pending = repairs(1).get(0);
        clock.advance(Duration.ofMinutes(26));

        watch.poll();
        watch.poll();

        assertThat(escalations.warned).extracting(w -> w.orderId()).containsExactly(pending.id());
        clock.advance(Duration.ofMinutes(5));
        watch.poll();
        assertThat(escalations.escalated).extracting(Breach::orderId).containsExactly(pending.id());
        assertThat(workOrders.notifications(f.butler)).extracting(Notification::kind, Notification::orderId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BREACH", pending.id()),
                        org.assertj.core.groups.Tuple.tuple("WARNING", pending.id()));
        assertThat(workOrders.order(met.id(), f.supervisor).deadlines()).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.MET));
    }

    @Test
    void recordsABreachOnceWhenThePersonMeetsItLateAfterTheWatchFlaggedIt() {
        WorkOrder order = repairs(1).get(0);
        workOrders.accept(order.id(), f.butler);
        clock.advance(Duration.ofMinutes(40));
        watch.poll();

        workOrders.checkIn(order.id(), f.butler);

        OrderDetails details = workOrders.order(order.id(), f.supervisor);
        assertThat(details.breaches()).hasSize(1);
        assertThat(details.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeadlineStatus.BREACHED);
            assertThat(d.metAt()).isNotNull();
        });
    }
}
