package cn.heatdesk.staff.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffRole;

/**
 * Demo mode only: one account per role with a published password, created once and kept across
 * restarts, and a startup banner saying where to sign in.
 */
@Component
@Profile("demo")
@Order(DemoStaff.ORDER)
class DemoStaff implements ApplicationRunner {

    static final int ORDER = 0;

    static final String PASSWORD = "heatdesk-demo";

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", "王建国 (管理员)", StaffRole.ADMINISTRATOR),
            new DemoLogin("agent", "李娜 (热线坐席)", StaffRole.HOTLINE_AGENT),
            new DemoLogin("butler", "张伟 (片区管家)", StaffRole.BUTLER),
            new DemoLogin("dispatcher", "刘洋 (分公司调度)", StaffRole.BRANCH_DISPATCHER),
            new DemoLogin("market", "陈静 (市场客服部)", StaffRole.MARKET_SERVICE),
            new DemoLogin("production", "赵强 (生产管理部门)", StaffRole.PRODUCTION_MANAGEMENT),
            new DemoLogin("supervisor", "孙丽 (监督主管)", StaffRole.SUPERVISOR));

    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

    private final StaffDirectory directory;
    private final Environment environment;

    DemoStaff(StaffDirectory directory, Environment environment) {
        this.directory = directory;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        createMissingAccounts();
    }

    /** Idempotent: the demo database is a file that survives restarts. */
    int createMissingAccounts() {
        int created = 0;
        for (DemoLogin login : LOGINS) {
            if (directory.findByUsername(login.username()).isEmpty()) {
                directory.createAccount(login.username(), login.displayName(), login.role(), PASSWORD);
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demo staff accounts.", created);
        }
        return created;
    }

    @EventListener(ApplicationReadyEvent.class)
    void printLogins() {
        log.info("\n{}", banner());
    }

    String banner() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String rule = "=".repeat(72);
        StringBuilder text = new StringBuilder()
                .append(rule).append('\n')
                .append("  HeatDesk 供热服务台 · 演示模式 (demo profile) — not for production\n")
                .append("  打开 Open:  http://localhost:").append(port).append('\n')
                .append("  演示账号 Demo logins — 密码 password: ").append(PASSWORD).append('\n')
                .append('\n')
                .append("    ").append(pad("用户名", 12)).append(pad("角色", 14)).append("姓名\n");
        for (DemoLogin login : LOGINS) {
            text.append("    ").append(pad(login.username(), 12)).append(pad(login.role().label(), 14))
                    .append(login.displayName()).append('\n');
        }
        return text.append(rule).toString();
    }

    /** Pads to a terminal width, counting Chinese characters as two columns. */
    private static String pad(String text, int columns) {
        int width = text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
        return text + " ".repeat(Math.max(1, columns - width));
    }

    record DemoLogin(String username, String displayName, StaffRole role) {
    }
}
