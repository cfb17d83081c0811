package cn.heatdesk.workorders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.workorders.domain.Actor;
import cn.heatdesk.workorders.domain.Caller;
import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.DeadlineStatus;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.OrderStatus;
import cn.heatdesk.workorders.domain.PlannedDeadline;
import cn.heatdesk.workorders.domain.Registration;
import cn.heatdesk.workorders.domain.TrackedDeadline;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;
import cn.heatdesk.workorders.domain.WorkOrderSnapshot;

/** Work orders and deadlines on a real database, written once and run on H2 and PostgreSQL; every test rolls back. */
@SpringBootTest
@Transactional
abstract class WorkOrderRepositoryContract {

    static final Instant T0 = Instant.parse("2026-12-10T02:00:00Z");
    static final Actor AGENT = Actor.staff("agent");
    static final Actor BUTLER = Actor.staff("butler");
    static final Actor CALLER_BACK = Actor.staff("callback");
    static final Actor MARKET = Actor.marketService("market");

    @Autowired
    WorkOrderRepository orders;
    @Autowired
    DeadlineRepository deadlines;
    @Autowired
    OrderNumbers numbers;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;

    WorkOrder newOrder(OrderKind kind, String externalId) {
        long id = orders.nextId();
        String number = numbers.take(LocalDate.of(2026, 12, 10));
        WorkOrder order = WorkOrder.register(new Registration(id, number,
                externalId == null ? Channel.HOTLINE_968111 : Channel.CITY_HOTLINE_12345, kind, Urgency.GENERAL, null,
                new Caller("王先生", "13800001111", "测试花园1号楼"), null, "家里暖气不热", externalId, T0, null, null,
                AGENT, T0));
        orders.insert(order);
        return order;
    }

    @Test
    void loadsAnOrderExactlyAsItWasSavedWithTimelineCallbacksReplyAndSpotCheck() {
        WorkOrder order = newOrder(OrderKind.COMPLAINT, null);
        walk(orders.findById(order.id()).orElseThrow(), o -> o.dispatchTo("butler", AGENT, T0.plusSeconds(60)));
        walk(orders.findById(order.id()).orElseThrow(), o -> o.accept(BUTLER, T0.plusSeconds(120)));
        walk(orders.findById(order.id()).orElseThrow(), o -> o.checkIn(BUTLER, T0.plusSeconds(600)));
        walk(orders.findById(order.id()).orElseThrow(), o -> o.resolve(BUTLER, T0.plusSeconds(900), "已排气"));
        walk(orders.findById(order.id()).orElseThrow(), o -> o.replyGiven(AGENT, T0.plusSeconds(960), "已处理"));
        walk(orders.findById(order.id()).orElseThrow(),
                o -> o.recordCallback(CALLER_BACK, T0.plusSeconds(1000), false, null, "无人接听"));
        walk(orders.findById(order.id()).orElseThrow(),
                o -> o.recordCallback(CALLER_BACK, T0.plusSeconds(1100), true, true, "满意"));
        walk(orders.findById(order.id()).orElseThrow(), o -> o.selectForSpotCheck(MARKET, T0.plusSeconds(1200)));
        WorkOrder before = orders.findById(order.id()).orElseThrow();
        walk(before, o -> o.recordSpotCheck(MARKET, T0.plusSeconds(1300), true, false, "仍有意见"));

        WorkOrder loaded = orders.findById(order.id()).orElseThrow();

        WorkOrderSnapshot s = loaded.snapshot();
        assertThat(s.status()).isEqualTo(OrderStatus.CALLED_BACK);
        assertThat(s.version()).isEqualTo(9);
        assertThat(s.timeline()).hasSize(10);
        assertThat(s.callbacks()).extracting(c -> c.reached()).containsExactly(false, true);
        assertThat(s.reply().text()).isEqualTo("已处理");
        assertThat(s.spotCheck().result().satisfied()).isFalse();
        assertThat(s.caller()).isEqualTo(new Caller("王先生", "13800001111", "测试花园1号楼"));
        WorkOrderSnapshot expected = before.snapshot();
        assertThat(s).usingRecursiveComparison().ignoringFields("version").isEqualTo(expected);
    }

    @Test
    void refusesToSaveACopyLoadedBeforeSomeoneElseSaved() {
        WorkOrder order = newOrder(OrderKind.REPAIR, null);
        WorkOrder mine = orders.findById(order.id()).orElseThrow();
        WorkOrder theirs = orders.findById(order.id()).orElseThrow();
        theirs.dispatchTo("butler", AGENT, T0.plusSeconds(60));
        orders.update(theirs);

        mine.dispatchTo("butler2", AGENT, T0.plusSeconds(61));

        assertThatThrownBy(() -> orders.update(mine)).isInstanceOf(ConflictException.class)
                .hasMessage("工单已被他人修改，请刷新后重试");
        assertThat(orders.findById(order.id()).orElseThrow().assignee()).isEqualTo("butler");
    }

    @Test
    void numbersOrdersByDayWithoutGaps() {
        String first = numbers.take(LocalDate.of(2031, 1, 2));
        String second = numbers.take(LocalDate.of(2031, 1, 2));
        String otherDay = numbers.take(LocalDate.of(2031, 1, 3));

        assertThat(first).isEqualTo("GD203101020001");
        assertThat(second).isEqualTo("GD203101020002");
        assertThat(otherDay).isEqualTo("GD203101030001");
    }

    /**
     * R-SYS-1 intake on several nodes: concurrent registrations each take their own number, the day's numbers have no
     * gaps, and a registration that rolls back gives its number back (PostgreSQL takes it in one upsert, H2 in three
     * statements; both run here).
     */
    @Test
    @DisplayName("R-SYS-1: concurrent registrations take distinct, gap-free order numbers; a rollback gives its number back")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void concurrentRegistrationsTakeDistinctGapFreeNumbersAndARollbackGivesItsNumberBack() throws Exception {
        LocalDate day = LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        TransactionTemplate inTransaction = new TransactionTemplate(transactionManager);
        jdbc.sql("DELETE FROM work_order_number WHERE order_day = :day").param("day", java.sql.Date.valueOf(day)).update();
        try {
            String first = inTransaction.execute(status -> numbers.take(day));
            String rolledBack = inTransaction.execute(status -> {
                status.setRollbackOnly();
                return numbers.take(day);
            });
            String again = inTransaction.execute(status -> numbers.take(day));
            assertThat(rolledBack).isEqualTo(again).isNotEqualTo(first);

            int threads = 8;
            int each = 25;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<String>>> taken = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    taken.add(pool.submit(() -> {
                        List<String> mine = new ArrayList<>();
                        for (int i = 0; i < each; i++) {
                            mine.add(inTransaction.execute(status -> numbers.take(day)));
                        }
                        return mine;
                    }));
                }
                Set<String> all = new TreeSet<>();
                for (Future<List<String>> future : taken) {
                    all.addAll(future.get(60, TimeUnit.SECONDS));
                }
                Set<String> expected = new TreeSet<>();
                for (int n = 3; n < 3 + threads * each; n++) {
                    expected.add(OrderNumbers.format(day, n));
                }
                assertThat(all).isEqualTo(expected);
            } finally {
                pool.shutdownNow();
            }
        } finally {
            jdbc.sql("DELETE FROM work_order_number WHERE order_day = :day").param("day", java.sql.Date.valueOf(day)).update();
        }
    }

    @Test
    @DisplayName("R-SYS-1: order numbers GD + day + at least four digits")
    void numbersKeepFourDigitsAndGrowAFifthPastNineThousandNineHundredNinetyNine() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        assertThat(OrderNumbers.format(day, 7)).isEqualTo("GD202611270007");
        assertThat(OrderNumbers.format(day, 9999)).isEqualTo("GD202611279999");
        assertThat(OrderNumbers.format(day, 12345)).isEqualTo("GD2026112712345");
    }

    @Test
    void keepsOneOrderPerCityHotlineNumber() {
        WorkOrder first = newOrder(OrderKind.ENQUIRY, "12345-A-1");

        assertThat(orders.findByExternalId("12345-A-1")).map(WorkOrder::id).contains(first.id());
        assertThatThrownBy(() -> newOrder(OrderKind.ENQUIRY, "12345-A-1")).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void breachesAnOverdueDeadlineOnlyWhileItIsOpen() {
        WorkOrder order = newOrder(OrderKind.REPAIR, null);
        // Due long before anything other test classes leave in a shared database, so it is first among the overdue.
        Instant start = Instant.parse("2001-02-03T04:05:06Z");
        TrackedDeadline open = TrackedDeadline.open(PlannedDeadline.countingFrom(DeadlineRule.ON_SITE, start, "agent"),
                start.plusSeconds(1800));
        long id = deadlines.insert(order.id(), null, open);

        List<DeadlineRepository.StoredDeadline> claimed = deadlines.claimOverdue(start.plusSeconds(1801), 10);

        assertThat(claimed).extracting(c -> c.deadline().id()).contains(id);
        assertThat(deadlines.markBreached(id, start.plusSeconds(1801))).isTrue();
        assertThat(deadlines.markBreached(id, start.plusSeconds(1802))).isFalse();
        assertThat(deadlines.forOrder(order.id())).singleElement()
                .satisfies(d -> assertThat(d.deadline().status()).isEqualTo(DeadlineStatus.BREACHED));
        assertThat(deadlines.claimOverdue(start.plusSeconds(1900), 10)).extracting(c -> c.deadline().id())
                .doesNotContain(id);
    }

    @Test
    void recordsABreachOncePerDeadline() {
        WorkOrder order = newOrder(OrderKind.REPAIR, null);
        TrackedDeadline d = TrackedDeadline.open(PlannedDeadline.countingFrom(DeadlineRule.ON_SITE, T0, "agent"),
                T0.plusSeconds(1800));
        long id = deadlines.insert(order.id(), null, d);
        deadlines.insertBreach(id, order.id(), d, T0.plusSeconds(1801), "scheduler", null);

        assertThatThrownBy(() -> deadlines.insertBreach(id, order.id(), d, T0.plusSeconds(1802), "scheduler", null))
                .isInstanceOf(DuplicateKeyException.class);
    }

    private void walk(WorkOrder order, java.util.function.Function<WorkOrder, cn.heatdesk.workorders.domain.Decision> step) {
        assertThat(step.apply(order).allowed()).isTrue();
        orders.update(order);
    }
}
