package cn.heatdesk.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.notification.domain.ItemField;
import cn.heatdesk.notification.domain.Referral;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

/**
 * A district committed outside any test transaction, named by a random tag so that tests sharing one database never
 * collide: a household in the butler's area, another in a second area, and the staff who work with them.
 */
public final class NotificationFixtures {

    public final String tag = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36, 36 * 36 * 36 * 36 * 36), 36)
            .toUpperCase();
    public final StaffMember clerk = new StaffMember(1, "clerk-" + tag, "赵敏", StaffRole.MARKET_SERVICE);
    public final StaffMember agent = new StaffMember(2, "agent-" + tag, "李娜", StaffRole.HOTLINE_AGENT);
    public final StaffMember butler = new StaffMember(3, "butler-" + tag, "张伟", StaffRole.BUTLER);
    public final StaffMember otherButler = new StaffMember(4, "butler2-" + tag, "周敏", StaffRole.BUTLER);
    public final StaffMember supervisor = new StaffMember(5, "supervisor-" + tag, "孙丽", StaffRole.SUPERVISOR);
    public final StaffMember admin = new StaffMember(6, "admin-" + tag, "管理员", StaffRole.ADMINISTRATOR);
    public final long household;
    public final String account;
    public final long area;

    public NotificationFixtures(JdbcClient jdbc) {
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long east = f.branch("E" + tag, "东分公司" + tag);
        long area1 = f.area(east, "A1" + tag, "一片区" + tag, "1" + tag, butler.username());
        area = area1;
        f.area(east, "A2" + tag, "二片区" + tag, "2" + tag, otherButler.username());
        long unit = f.unit(f.building(f.community(area1, "花园" + tag), "12号楼", true, LocalDate.of(2019, 6, 1)), "2单元");
        account = "N" + tag;
        household = f.household(area1, unit, account, "301", "王建华", "13812345678", null, "花园" + tag + "12号楼2单元301",
                "100.00", LocalDate.of(2021, 3, 1));
    }

    /** A new item of this test's own (the shared catalog stays as seeded). */
    public NewItemVersion item(String code, List<String> materials, String changeNote) {
        return new NewItemVersion(code, null, "测试事项" + tag, "测试依据", "当场办理", "提交、审核、办理", materials, "不收费",
                List.of("材料不全的"), List.of(new Referral("产权登记", "不动产登记中心", "市政务服务中心三楼")),
                Set.of(ItemField.FEES), changeNote);
    }
}
