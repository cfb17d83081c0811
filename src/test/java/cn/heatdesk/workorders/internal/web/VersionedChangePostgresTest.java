package cn.heatdesk.workorders.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.support.PostgresTest;
import cn.heatdesk.workorders.NewOrder;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.TimelineEvent;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * No lost update from the pages, on PostgreSQL: ten people post the same step from pages loaded at the same version
 * at once; one wins, the others get the conflict, and the timeline has the step once.
 */
@SpringBootTest
@PostgresTest
class VersionedChangePostgresTest {

    @Autowired
    WorkOrders orders;
    @Autowired
    VersionedChange versioned;
    @Autowired
    JdbcClient jdbc;

    @Test
    @org.junit.jupiter.api.DisplayName("R-SYS-3, issue 4: of ten simultaneous page posts one wins, nine are conflicts, nothing is lost")
    void oneOfManySimultaneousPagePostsWinsAndTheRestAreConflicts() throws Exception {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999), 36);
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long area = f.area(f.branch("V" + tag, "版测分公司" + tag), "VA" + tag, "版测片区" + tag, "V" + tag, "vbutler-" + tag);
        long unit = f.unit(f.building(f.community(area, "版测花园" + tag), "1号楼", true, LocalDate.of(2019, 6, 1)), "1单元");
        long customer = f.household(area, unit, "V" + tag, "101", "王建华", "13812345678", null, "版测花园" + tag + "1号楼1单元101",
                "80", LocalDate.of(2021, 3, 1));
        StaffMember agent = new StaffMember(1, "vagent-" + tag, "李娜", StaffRole.HOTLINE_AGENT);
        StaffMember butler = new StaffMember(2, "vbutler-" + tag, "张伟", StaffRole.BUTLER);
        WorkOrder order = orders.register(NewOrder.hotline(OrderKind.REPAIR, Urgency.GENERAL, customer, "暖气不热"), agent);
        long loaded = orders.order(order.id(), butler).order().version();

        int people = 10;
        ExecutorService pool = Executors.newFixedThreadPool(people);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Callable<String> post = () -> {
                start.await();
                try {
                    versioned.apply(order.id(), loaded, butler, () -> orders.accept(order.id(), butler));
                    return "won";
                } catch (ConflictException conflict) {
                    return "conflict";
                }
            };
            results.add(pool.submit(post));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes).containsOnly("won", "conflict").filteredOn("won"::equals).hasSize(1);
        WorkOrder after = orders.order(order.id(), butler).order();
        assertThat(after.timeline().stream().filter(e -> e.what() == TimelineEvent.ACCEPTED)).hasSize(1);
        assertThat(after.version()).isEqualTo(loaded + 1);
    }
}
