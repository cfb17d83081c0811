package cn.heatdesk.workorders;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/**
 * A district committed outside any test transaction (orders are worked by several threads and transactions): two
 * branches with an area each, butlers named by a random tag so that tests never collide on unique columns.
 */
final class WorkOrderFixtures {

    final String tag = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36, 36 * 36 * 36 * 36 * 36), 36);
    final StaffMember agent = new StaffMember(1, "agent-" + tag, "李娜", StaffRole.HOTLINE_AGENT);
    final StaffMember butler = new StaffMember(2, "butler-" + tag, "张伟", StaffRole.BUTLER);
    final StaffMember otherButler = new StaffMember(3, "butler2-" + tag, "周敏", StaffRole.BUTLER);
    final StaffMember dispatcher = new StaffMember(4, "dispatcher-" + tag, "刘洋", StaffRole.BRANCH_DISPATCHER);
    final StaffMember supervisor = new StaffMember(5, "supervisor-" + tag, "孙丽", StaffRole.SUPERVISOR);
    final StaffMember callbackAgent = new StaffMember(6, "callback-" + tag, "陈静", StaffRole.HOTLINE_AGENT);
    final StaffMember marketService = new StaffMember(7, "market-" + tag, "赵敏", StaffRole.MARKET_SERVICE);
    final long east;
    final long area1;
    final long area2;
    final long household;
    final long otherAreaHousehold;
    final String account;

    WorkOrderFixtures(JdbcClient jdbc) {
        CustomerFixtures f = new CustomerFixtures(jdbc);
        east = f.branch("E" + tag, "东分公司" + tag);
        long west = f.branch("W" + tag, "西分公司" + tag);
        area1 = f.area(east, "A1" + tag, "一片区" + tag, "1" + tag, butler.username());
        area2 = f.area(west, "A2" + tag, "二片区" + tag, "2" + tag, otherButler.username());
        f.dispatcherOf(dispatcher.username(), east);
        long unit = f.unit(f.building(f.community(area1, "花园" + tag), "12号楼", true, LocalDate.of(2019, 6, 1)), "2单元");
        account = "H" + tag;
        household = f.household(area1, unit, account, "301", "王建华", "13812345678", null, "花园" + tag + "12号楼2单元301",
                "100.00", LocalDate.of(2021, 3, 1));
        long unit2 = f.unit(f.building(f.community(area2, "公园" + tag), "1号楼", false, null), "1单元");
        otherAreaHousehold = f.household(area2, unit2, "O" + tag, "101", "王小明", "13611112222", null,
                "公园" + tag + "1号楼1单元101", "70", LocalDate.of(2015, 1, 1));
    }
}
