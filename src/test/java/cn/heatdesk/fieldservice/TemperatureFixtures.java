package cn.heatdesk.fieldservice;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/**
 * A district committed outside any test transaction (measurements run the work order service's own transactions):
 * one area with its butler, a heated household in a compliant building, a suspended neighbour and a household of
 * another area; names carry a random tag so tests never collide.
 */
final class TemperatureFixtures {

    final String tag = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36, 36 * 36 * 36 * 36 * 36), 36);
    final StaffMember agent = new StaffMember(1, "agent-" + tag, "李娜", StaffRole.HOTLINE_AGENT);
    final StaffMember butler = new StaffMember(2, "butler-" + tag, "张伟", StaffRole.BUTLER);
    final StaffMember otherButler = new StaffMember(3, "butler2-" + tag, "周敏", StaffRole.BUTLER);
    final StaffMember dispatcher = new StaffMember(4, "dispatcher-" + tag, "刘洋", StaffRole.BRANCH_DISPATCHER);
    final long household;
    final long suspended;
    final String account;

    TemperatureFixtures(JdbcClient jdbc, int season) {
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long east = f.branch("E" + tag, "东分公司" + tag);
        long area = f.area(east, "A1" + tag, "一片区" + tag, "1" + tag, butler.username());
        long otherArea = f.area(east, "A2" + tag, "二片区" + tag, "2" + tag, otherButler.username());
        f.dispatcherOf(dispatcher.username(), east);
        long unit = f.unit(f.building(f.community(area, "花园" + tag), "12号楼", true, LocalDate.of(2019, 6, 1)), "2单元");
        account = "T" + tag;
        household = f.household(area, unit, account, "301", "王建华", "13812345678", null, "花园" + tag + "12号楼2单元301",
                "100.00", LocalDate.of(2021, 3, 1));
        f.status(household, season, HeatingStatus.IN_SERVICE);
        suspended = f.household(area, unit, "S" + tag, "302", "王小明", "13611112222", null, "花园" + tag + "12号楼2单元302",
                "80", LocalDate.of(2021, 3, 1));
        f.status(suspended, season, HeatingStatus.SUSPENDED);
        f.unit(f.building(f.community(otherArea, "公园" + tag), "1号楼", false, null), "1单元");
    }
}
