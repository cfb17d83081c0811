package cn.heatdesk.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@ExtendWith(OutputCaptureExtension.class)
class DemoStaffTests {

    @Autowired
    DemoStaff demoStaff;

    @Autowired
    StaffDirectory directory;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @LocalServerPort
    int port;

    @Test
    void createsOneAccountPerRoleWithChineseNames() {
        assertThat(directory.findAll())
                .extracting(StaffMember::username, StaffMember::role)
                .containsExactlyInAnyOrder(
                        tuple("admin", StaffRole.ADMINISTRATOR),
                        tuple("agent", StaffRole.HOTLINE_AGENT),
                        tuple("butler", StaffRole.BUTLER),
                        tuple("dispatcher", StaffRole.BRANCH_DISPATCHER),
                        tuple("market", StaffRole.MARKET_SERVICE),
                        tuple("production", StaffRole.PRODUCTION_MANAGEMENT),
                        tuple("supervisor", StaffRole.SUPERVISOR));
        assertThat(directory.findByUsername("admin")).map(StaffMember::displayName).hasValue("王建国 (管理员)");
        assertThat(directory.findAll()).extracting(StaffMember::displayName)
                .allSatisfy(name -> assertThat(name).containsPattern("\\p{IsHan}"));
    }

    @Test
    void givesEveryDemoAccountThePublishedPassword() {
        assertThat(accounts.findAll())
                .allSatisfy(account -> assertThat(passwordEncoder.matches("heatdesk-demo", account.passwordHash()))
                        .as(account.username()).isTrue());
    }

    @Test
    void createsNothingWhenTheAccountsAlreadyExist() {
        assertThat(demoStaff.createMissingAccounts()).isZero();
        assertThat(directory.findAll()).hasSize(StaffRole.values().length);
    }

    @Test
    void printsTheAddressWithTheActualPortAndEveryLoginWithItsChineseRole(CapturedOutput output) {
        demoStaff.printLogins();

        assertThat(output).contains("http://localhost:" + port).contains("heatdesk-demo");
        for (StaffRole role : StaffRole.values()) {
            assertThat(output).contains(role.label());
        }
        assertThat(output).contains("admin", "agent", "butler", "dispatcher", "market", "production", "supervisor");
    }
}
