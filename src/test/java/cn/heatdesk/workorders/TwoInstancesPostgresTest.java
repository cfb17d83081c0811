package cn.heatdesk.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.HeatDeskApplication;
import cn.heatdesk.support.PostgresTestCondition;
import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * R-SUP-5 with two HeatDesk instances on one PostgreSQL database, each with its own scheduler polling every 50 ms:
 * every overdue deadline is breached, none twice. The only wait is for the pollers to finish, bounded and checked
 * by the database, never a timing assertion.
 */
@ExtendWith(PostgresTestCondition.class)
@Tag("postgres")
class TwoInstancesPostgresTest {

    static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(HeatDeskApplication.class)
                .profiles("test", "postgres-test")
                .run("--server.port=0", "--heatdesk.deadlines.scheduler.enabled=true",
                        "--heatdesk.deadlines.poll-interval-ms=50", "--heatdesk.deadlines.initial-delay-ms=0",
                        "--heatdesk.deadlines.batch-size=7");
    }

    @Test
    void twoInstancesRecordEveryBreachExactlyOnce() throws Exception {
        try (ConfigurableApplicationContext first = instance(); ConfigurableApplicationContext second = instance()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            WorkOrderFixtures f = new WorkOrderFixtures(jdbc);
            WorkOrders firstNode = first.getBean(WorkOrders.class);
            WorkOrders secondNode = second.getBean(WorkOrders.class);
            Instant longAgo = Instant.now(first.getBean(java.time.Clock.class)).minus(Duration.ofMinutes(45));
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                WorkOrders node = i % 2 == 0 ? firstNode : secondNode;
                WorkOrder order = node.register(new NewOrder(Channel.HOTLINE_968111, OrderKind.REPAIR, Urgency.GENERAL,
                        f.household, null, null, null, "暖气片漏水 " + i, longAgo, null, null, null), f.agent);
                ids.add(order.id());
            }

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (openOverdue(jdbc, ids) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(openOverdue(jdbc, ids)).isZero();
            for (long id : ids) {
                assertThat(count(jdbc, "SELECT COUNT(*) FROM deadline_breach WHERE order_id = :id", id)).isEqualTo(1);
                assertThat(count(jdbc, "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'WORK_ORDER' "
                        + "AND entity_id = CAST(:id AS VARCHAR(100)) AND action = 'DEADLINE_BREACHED'", id)).isEqualTo(1);
            }
        }
    }

    private static int openOverdue(JdbcClient jdbc, List<Long> ids) {
        return jdbc.sql("SELECT COUNT(*) FROM order_deadline WHERE status = 'OPEN' AND order_id IN (:ids)")
                .param("ids", ids).query(Integer.class).single();
    }

    private static int count(JdbcClient jdbc, String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Integer.class).single();
    }
}
