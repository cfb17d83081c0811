package cn.heatdesk.workorders.internal.web;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.staff.SignedIn;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/**
 * The district the work order page tests use, inserted in each test's transaction (rolled back): 工测东分公司 ›
 * 工测一片区 (butler {@code butler}, 管家W01号) with 王建华 (phone 13812345678), and 工测西分公司 › 工测二片区
 * (butler {@code butler2}). The dispatcher {@code dispatcher} works for the east branch.
 */
final class OrderDistrict {

    static final String WANG_PHONE = "13812345678";

    final long east;
    final long area1;
    final long wang;

    OrderDistrict(JdbcClient jdbc) {
        CustomerFixtures f = new CustomerFixtures(jdbc);
        east = f.branch("WT1", "工测东分公司");
        long west = f.branch("WT2", "工测西分公司");
        area1 = f.area(east, "WA1", "工测一片区", "W01", "butler");
        f.area(west, "WA2", "工测二片区", "W02", "butler2");
        f.dispatcherOf("dispatcher", east);
        long unit = f.unit(f.building(f.community(area1, "工测花园"), "12号楼", true, LocalDate.of(2019, 6, 1)), "2单元");
        wang = f.household(area1, unit, "W0001", "301", "王建华", WANG_PHONE, null, "工测花园12号楼2单元301", "100.00",
                LocalDate.of(2021, 3, 1));
        f.status(wang, 2026, HeatingStatus.IN_SERVICE);
    }

    static StaffMember member(StaffRole role, String username) {
        return new StaffMember(role.ordinal() + 1, username, username + "的名字", role);
    }

    static RequestPostProcessor as(StaffRole role, String username) {
        return SignedIn.as(member(role, username));
    }

    static RequestPostProcessor agent() {
        return as(StaffRole.HOTLINE_AGENT, "agent");
    }

    static RequestPostProcessor butler() {
        return as(StaffRole.BUTLER, "butler");
    }

    static RequestPostProcessor dispatcher() {
        return as(StaffRole.BRANCH_DISPATCHER, "dispatcher");
    }
}
