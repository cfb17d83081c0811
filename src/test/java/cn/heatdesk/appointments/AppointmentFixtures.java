package cn.heatdesk.appointments;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/**
 * A committed district per test with a random tag: one branch with two areas and their butlers, two households in
 * the first area and one in the second, a hotline agent and the branch's dispatcher.
 */
public final class AppointmentFixtures {

    public final String tag = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36, 36 * 36 * 36 * 36 * 36), 36);
    public final StaffMember agent = new StaffMember(1, "agent-" + tag, "李娜", StaffRole.HOTLINE_AGENT);
    public final StaffMember butler = new StaffMember(2, "butler-" + tag, "张伟", StaffRole.BUTLER);
    public final StaffMember otherButler = new StaffMember(3, "butler2-" + tag, "周敏", StaffRole.BUTLER);
    public final StaffMember dispatcher = new StaffMember(4, "dispatcher-" + tag, "孙丽", StaffRole.BRANCH_DISPATCHER);
    public final long branch;
    public final long area;
    public final long otherArea;
    public final long household;
    public final long neighbour;
    public final long otherAreasHousehold;

    private final CustomerFixtures customers;
    private final long unit;
    private final long otherUnit;
    private int households;

    public AppointmentFixtures(JdbcClient jdbc) {
        customers = new CustomerFixtures(jdbc);
        branch = customers.branch("E" + tag, "东分公司" + tag);
        customers.dispatcherOf(dispatcher.username(), branch);
        area = customers.area(branch, "A1" + tag, "一片区" + tag, "1" + tag, butler.username());
        otherArea = customers.area(branch, "A2" + tag, "二片区" + tag, "2" + tag, otherButler.username());
        unit = customers.unit(customers.building(customers.community(area, "花园" + tag), "12号楼", true,
                LocalDate.of(2019, 6, 1)), "2单元");
        household = customers.household(area, unit, "H" + tag, "301", "王建华", "13812345678", null,
                "花园" + tag + "12号楼2单元301", "100.00", LocalDate.of(2021, 3, 1));
        neighbour = customers.household(area, unit, "N" + tag, "302", "赵敏", "13812345679", null,
                "花园" + tag + "12号楼2单元302", "90.00", LocalDate.of(2021, 3, 1));
        otherUnit = customers.unit(customers.building(customers.community(otherArea, "公园" + tag), "1号楼", false, null),
                "1单元");
        otherAreasHousehold = customers.household(otherArea, otherUnit, "O" + tag, "101", "王小明", "13611112222",
                null, "公园" + tag + "1号楼1单元101", "70", LocalDate.of(2015, 1, 1));
    }

    /** One more household, in the first area or the second: owner 住户n, account Pn plus the tag, room 5nn. */
    public long anotherHousehold(boolean inOtherArea) {
        int n = ++households;
        String room = Integer.toString(500 + n);
        return inOtherArea
                ? customers.household(otherArea, otherUnit, "P" + n + tag, room, "住户" + n, null, null,
                        "公园" + tag + "1号楼1单元" + room, "80", LocalDate.of(2020, 1, 1))
                : customers.household(area, unit, "P" + n + tag, room, "住户" + n, null, null,
                        "花园" + tag + "12号楼2单元" + room, "80", LocalDate.of(2020, 1, 1));
    }
}
