package cn.heatdesk.appointments;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/** A committed district per test with a random tag: one area with its butler, two households, a hotline agent. */
public final class AppointmentFixtures {

    public final String tag = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36, 36 * 36 * 36 * 36 * 36), 36);
    public final StaffMember agent = new StaffMember(1, "agent-" + tag, "李娜", StaffRole.HOTLINE_AGENT);
    public final StaffMember butler = new StaffMember(2, "butler-" + tag, "张伟", StaffRole.BUTLER);
    public final StaffMember otherButler = new StaffMember(3, "butler2-" + tag, "周敏", StaffRole.BUTLER);
    public final long area;
    public final long household;
    public final long neighbour;

    public AppointmentFixtures(JdbcClient jdbc) {
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long branch = f.branch("E" + tag, "东分公司" + tag);
        area = f.area(branch, "A1" + tag, "一片区" + tag, "1" + tag, butler.username());
        long otherArea = f.area(branch, "A2" + tag, "二片区" + tag, "2" + tag, otherButler.username());
        long unit = f.unit(f.building(f.community(area, "花园" + tag), "12号楼", true, LocalDate.of(2019, 6, 1)), "2单元");
        household = f.household(area, unit, "H" + tag, "301", "王建华", "13812345678", null,
                "花园" + tag + "12号楼2单元301", "100.00", LocalDate.of(2021, 3, 1));
        neighbour = f.household(area, unit, "N" + tag, "302", "赵敏", "13812345679", null,
                "花园" + tag + "12号楼2单元302", "90.00", LocalDate.of(2021, 3, 1));
        long unit2 = f.unit(f.building(f.community(otherArea, "公园" + tag), "1号楼", false, null), "1单元");
        f.household(otherArea, unit2, "O" + tag, "101", "王小明", "13611112222", null, "公园" + tag + "1号楼1单元101",
                "70", LocalDate.of(2015, 1, 1));
    }
}
