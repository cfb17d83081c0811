package cn.heatdesk.customers.internal.web;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.staff.SignedIn;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/**
 * The district the customer page tests look at, inserted inside each test's transaction (rolled back):
 *
 * <ul>
 * <li>东分公司 › 一片区 (butler {@code butler}, 管家P01号) › 页测花园: 12号楼 (Article 22 met, opened
 * whole 2019-06-01) with 2单元 (王建华 in service, 李秀英 not connected) and 3单元 (7 of 10 in service:
 * exactly 70 %); 5号楼 (Article 22 met, no opening date) with 1单元 (3 of 10: exactly 30 %, one
 * household signed 2026-03-01, a date no fee policy covers) and 2单元 (2 of 10).</li>
 * <li>西分公司 › 二片区 (butler {@code butler2}, 管家P02号) › 页测公园 (1 of 4: exactly 25 %, 王小明
 * signed 2015) and 页测新村 (6 of 25: 24 %, one household short of 25 %).</li>
 * </ul>
 * The dispatcher {@code dispatcher} works for 东分公司.
 */
final class PageDistrict {

    static final int SEASON = 2026;

    final long wang;
    final long li;
    final long lateContract;
    final long xiaoming;
    final long gardenCommunity;
    final long parkCommunity;
    final long eastBranch;
    final long westBranch;
    final long area1;
    final long area2;

    PageDistrict(JdbcClient jdbc) {
        CustomerFixtures f = new CustomerFixtures(jdbc);
        eastBranch = f.branch("PT1", "页测东分公司");
        westBranch = f.branch("PT2", "页测西分公司");
        area1 = f.area(eastBranch, "PA1", "页测一片区", "P01", "butler");
        area2 = f.area(westBranch, "PA2", "页测二片区", "P02", "butler2");
        f.dispatcherOf("dispatcher", eastBranch);

        gardenCommunity = f.community(area1, "页测花园");
        long b12 = f.building(gardenCommunity, "12号楼", true, LocalDate.of(2019, 6, 1));
        long u2 = f.unit(b12, "2单元");
        wang = f.household(area1, u2, "P0001", "301", "王建华", "13812345678", "370303199001011234",
                "页测花园12号楼2单元301", "100.00", LocalDate.of(2021, 3, 1));
        f.status(wang, SEASON, HeatingStatus.IN_SERVICE);
        li = f.household(area1, u2, "P0002", "302", "李秀英", "13900005678", null, "页测花园12号楼2单元302", "88.50",
                LocalDate.of(2021, 3, 1));
        f.status(li, SEASON, HeatingStatus.NOT_CONNECTED);
        units(f, area1, f.unit(b12, "3单元"), "P03", "页测花园12号楼3单元", 10, 7);
        long b5 = f.building(gardenCommunity, "5号楼", true, null);
        long u51 = f.unit(b5, "1单元");
        units(f, area1, u51, "P51", "页测花园5号楼1单元", 9, 3);
        lateContract = f.household(area1, u51, "P0510", "1001", "孙晓", "13755550000", null, "页测花园5号楼1单元1001",
                "90", LocalDate.of(2026, 3, 1));
        units(f, area1, f.unit(b5, "2单元"), "P52", "页测花园5号楼2单元", 10, 2);

        parkCommunity = f.community(area2, "页测公园");
        long park1 = f.unit(f.building(parkCommunity, "1号楼", false, null), "1单元");
        xiaoming = f.household(area2, park1, "P9001", "101", "王小明", "13611112222", null, "页测公园1号楼1单元101", "70",
                LocalDate.of(2015, 1, 1));
        f.status(xiaoming, SEASON, HeatingStatus.IN_SERVICE);
        units(f, area2, park1, "P91", "页测公园1号楼1单元", 3, 0);
        long village = f.community(area2, "页测新村");
        units(f, area2, f.unit(f.building(village, "1号楼", true, null), "1单元"), "P81", "页测新村1号楼1单元", 25, 6);
    }

    /** {@code count} households numbered from 1, the first {@code inService} of them in service, the rest suspended. */
    private static void units(CustomerFixtures f, long area, long unit, String prefix, String address, int count,
                              int inService) {
        for (int i = 1; i <= count; i++) {
            String room = String.valueOf(200 + i);
            long id = f.household(area, unit, prefix + room, room, "住户" + prefix + room,
                    "1370" + prefix.substring(1) + String.format("%05d", i), null, address + room, "60", null);
            f.status(id, SEASON, i <= inService ? HeatingStatus.IN_SERVICE : HeatingStatus.SUSPENDED);
        }
    }

    /** Signs the request in as a staff member of the given role, the way the login form does. */
    static RequestPostProcessor as(StaffRole role, String username) {
        return SignedIn.as(new StaffMember(role.ordinal() + 1, username, username + "的名字", role));
    }

    static RequestPostProcessor agent() {
        return as(StaffRole.HOTLINE_AGENT, "agent");
    }

    static RequestPostProcessor butler() {
        return as(StaffRole.BUTLER, "butler");
    }

    static RequestPostProcessor supervisor() {
        return as(StaffRole.SUPERVISOR, "supervisor");
    }

    static RequestPostProcessor admin() {
        return as(StaffRole.ADMINISTRATOR, "admin");
    }
}
