package cn.heatdesk.workorders.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerLabel;
import cn.heatdesk.customers.Organisation;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.workorders.NewOrder;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * Demo mode: a morning's work orders, so that a trial opens on a desk that is already working rather than on empty
 * lists. Every order goes through {@link WorkOrders} as staff would enter it, so its timeline, deadlines (R-SUP-3,
 * R-TEMP-6), audit records and routing (R-BUTLER-5) are the real ones; only the receipt times lie in the past:
 * <ul>
 * <li>a repair the butler reached in time (on site),</li>
 * <li>a repair due on site in about three minutes (the board's warning, an amber countdown),</li>
 * <li>a complaint nobody accepted, 42 minutes old: its on-site deadline is overdue, so the deadline watch records
 * the breach within a second of start-up and tells the supervisor,</li>
 * <li>a resolved repair waiting for its callback (R-SUP-2) and for the agent's reply (R-SUP-1),</li>
 * <li>a repair resolved, answered, called back and closed,</li>
 * <li>a 12345 order from a caller not in the files, in the dispatcher's queue (R-SYS-1),</li>
 * <li>an emergency leak just received,</li>
 * <li>an enquiry the agent answered at once and closed (R-ANS-1),</li>
 * <li>a temperature complaint accepted by the butler, with its 24-hour measurement deadline (R-TEMP-6).</li>
 * </ul>
 * The customers are households of the demo butler's areas after the first four (those have today's demo visits).
 * Idempotent: nothing is added when any work order exists.
 */
@Component
@Profile("demo")
@Order(40)
class DemoWorkOrders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkOrders.class);
    private static final int VISIT_HOUSEHOLDS = 4;
    private static final int ORDERS_WITH_CUSTOMERS = 8;

    private final WorkOrders workOrders;
    private final CustomerFiles customers;
    private final Organisation organisation;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoWorkOrders(WorkOrders workOrders, CustomerFiles customers, Organisation organisation, StaffDirectory staff,
                   JdbcClient jdbc, Clock clock) {
        this.workOrders = workOrders;
        this.customers = customers;
        this.organisation = organisation;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM work_order").query(Long.class).single() > 0) {
            return;
        }
        StaffMember agent = member("agent");
        StaffMember butler = member("butler");
        StaffMember market = member("market");
        List<Long> areas = organisation.areas().stream().filter(a -> butler.username().equals(a.butlerUsername()))
                .map(Organisation.Area::id).toList();
        List<CustomerLabel> households = customers.firstCustomersOf(areas, VISIT_HOUSEHOLDS + ORDERS_WITH_CUSTOMERS);
        if (households.size() < VISIT_HOUSEHOLDS + ORDERS_WITH_CUSTOMERS) {
            log.warn("Demo work orders not created: the demo butler's areas have only {} households.",
                    households.size());
            return;
        }
        List<CustomerLabel> h = households.subList(VISIT_HOUSEHOLDS, households.size());

        WorkOrder onSite = hotline(agent, OrderKind.REPAIR, Urgency.GENERAL, h.get(0), 18, "卫生间暖气片不热，前半片热后半片凉");
        workOrders.accept(onSite.id(), butler);
        workOrders.checkIn(onSite.id(), butler);

        WorkOrder dueSoon = hotline(agent, OrderKind.REPAIR, Urgency.GENERAL, h.get(1), 27,
                "家里暖气一直不热，老人在家，请尽快来人");
        workOrders.accept(dueSoon.id(), butler);

        WorkOrder cold = hotline(agent, OrderKind.TEMPERATURE_COMPLAINT, Urgency.GENERAL, h.get(7), 50,
                "卧室温度只有15度左右，要求入户测温");
        workOrders.accept(cold.id(), butler);

        hotline(agent, OrderKind.COMPLAINT, Urgency.GENERAL, h.get(2), 42, "前天报修至今无人上门，要求给个说法");

        WorkOrder resolved = hotline(agent, OrderKind.REPAIR, Urgency.GENERAL, h.get(3), 25, "客厅暖气阀门滴水");
        workOrders.accept(resolved.id(), butler);
        workOrders.checkIn(resolved.id(), butler);
        workOrders.resolve(resolved.id(), "更换阀芯，试压无渗漏，已向用户说明", butler);

        WorkOrder closed = hotline(agent, OrderKind.REPAIR, Urgency.GENERAL, h.get(4), 22, "暖气片需要放气，上面不热");
        workOrders.accept(closed.id(), butler);
        workOrders.checkIn(closed.id(), butler);
        workOrders.resolve(closed.id(), "排气后整组暖气片温度均匀", butler);
        workOrders.reply(closed.id(), "管家已上门排气，暖气恢复正常，如再有问题请随时来电", agent);
        workOrders.recordCallback(closed.id(), true, true, "师傅来得及时，暖气好了", market);
        workOrders.close(closed.id(), agent);

        String day = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
        workOrders.receiveFromCityHotline(new WorkOrders.CityHotlineOrder("DEMO-12345-" + day + "-0001", ago(6),
                OrderKind.REPAIR, "王女士", "13900001234", "柳泉路与华光路路口东北角小区，楼号不详",
                null, "家中暖气不热，已两天，请尽快处理"));

        hotline(agent, OrderKind.LEAK_REPORT, Urgency.EMERGENCY, h.get(5), 4, "楼道暖气管道漏水，水已流到一楼");

        WorkOrder enquiry = hotline(agent, OrderKind.ENQUIRY, Urgency.GENERAL, h.get(6), 0, "咨询今年供暖开始和结束的时间");
        workOrders.resolve(enquiry.id(), "已按现行文件告知用户本供暖季集中供热的起止日期", agent);
        workOrders.close(enquiry.id(), agent);

        log.info("Created 9 demo work orders (one of them already overdue: its breach is recorded within a second).");
    }

    private WorkOrder hotline(StaffMember agent, OrderKind kind, Urgency urgency, CustomerLabel customer,
                              int minutesAgo, String description) {
        return workOrders.register(new NewOrder(Channel.HOTLINE_968111, kind, urgency, customer.id(), null, null, null,
                description, minutesAgo == 0 ? null : ago(minutesAgo), null, null, null), agent);
    }

    private Instant ago(int minutes) {
        return Instant.now(clock).minus(Duration.ofMinutes(minutes));
    }

    private StaffMember member(String username) {
        return staff.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("demo account " + username + " is missing"));
    }
}
