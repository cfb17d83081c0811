package cn.heatdesk.staff.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffRole;

/**
 * Creates the first administrator from {@code heatdesk.admin.username}/{@code heatdesk.admin.password}
 * (HEATDESK_ADMIN_USERNAME/HEATDESK_ADMIN_PASSWORD). There is no default password: without the setting
 * and without an administrator, nobody can administer HeatDesk until one is configured.
 */
@Component
@Order(AdminBootstrap.ORDER)
class AdminBootstrap implements ApplicationRunner {

    /** After the demo accounts, so that demo mode never warns about a missing administrator. */
    static final int ORDER = DemoStaff.ORDER + 10;

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffDirectory directory;
    private final String username;
    private final String password;

    AdminBootstrap(StaffDirectory directory, @Value("${heatdesk.admin.username:admin}") String username,
            @Value("${heatdesk.admin.password:}") String password) {
        if (!password.isEmpty() && password.length() < StaffDirectory.MINIMUM_PASSWORD_LENGTH) {
            throw new AdminPasswordTooShortException(password.length(), StaffDirectory.MINIMUM_PASSWORD_LENGTH);
        }
        this.directory = directory;
        this.username = Usernames.normalize(username);
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        createFirstAdministratorIfNone();
    }

    void createFirstAdministratorIfNone() {
        if (directory.hasEnabledAdministrator()) {
            if (!password.isEmpty()) {
                log.info("An enabled administrator exists, so HEATDESK_ADMIN_PASSWORD is not used; "
                        + "it only creates the first administrator and can be removed.");
            }
            return;
        }
        if (password.isEmpty()) {
            log.warn("No enabled administrator account exists and none is configured. To create one, restart "
                    + "with HEATDESK_ADMIN_PASSWORD set to a password of at least {} characters "
                    + "(username from HEATDESK_ADMIN_USERNAME, default 'admin').",
                    StaffDirectory.MINIMUM_PASSWORD_LENGTH);
            return;
        }
        if (directory.findByUsername(username).isPresent()) {
            throw new IllegalStateException("Cannot create the first administrator: the username '" + username
                    + "' belongs to an account that is not an enabled administrator. "
                    + "Set HEATDESK_ADMIN_USERNAME to a free username.");
        }
        try {
            directory.createAccount(username, "系统管理员", StaffRole.ADMINISTRATOR, password);
        }
        catch (RuntimeException e) {
            // Another node sharing the database may have created it a moment ago.
            if (directory.hasEnabledAdministrator()) {
                log.info("Another instance created the first administrator meanwhile.");
                return;
            }
            throw e;
        }
        log.info("Created the administrator account '{}' from HEATDESK_ADMIN_PASSWORD. "
                + "The variable is no longer needed and can be removed.", username);
    }
}
