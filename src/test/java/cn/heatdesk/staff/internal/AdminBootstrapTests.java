package cn.heatdesk.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.HeatDeskApplication;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.support.H2Test;

@SpringBootTest
@H2Test
// A context, and so an in-memory database, of its own: it assumes no other test class wrote staff or districts.
@org.springframework.test.context.TestPropertySource(properties = "heatdesk.test.own-database=AdminBootstrapTests")
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

    @Autowired
    StaffDirectory directory;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    AdminBootstrap bootstrap(String username, String password) {
        return new AdminBootstrap(directory, username, password);
    }

    @Nested
    class WithAConfiguredPassword {

        @Test
        void createsTheFirstAdministratorWithThatPassword() {
            bootstrap("chief", "correct-horse-battery").createFirstAdministratorIfNone();

            assertThat(directory.findByUsername("chief")).map(StaffMember::role).hasValue(StaffRole.ADMINISTRATOR);
            String hash = accounts.findByUsername("chief").orElseThrow().passwordHash();
            assertThat(hash).startsWith("{bcrypt}");
            assertThat(passwordEncoder.matches("correct-horse-battery", hash)).isTrue();
        }

        @Test
        void acceptsAPasswordOfExactlyTwelveCharacters() {
            bootstrap("admin", "twelve-chars").createFirstAdministratorIfNone();

            assertThat(directory.hasEnabledAdministrator()).isTrue();
        }

        @Test
        void refusesAPasswordOfElevenCharacters() {
            assertThatThrownBy(() -> bootstrap("admin", "eleven-char"))
                    .isInstanceOf(AdminPasswordTooShortException.class)
                    .hasMessageContaining("HEATDESK_ADMIN_PASSWORD")
                    .hasMessageContaining("at least 12");
        }

        @Test
        void createsNoSecondAdministratorWhenAnEnabledOneExists() {
            directory.createAccount("first", "第一位管理员", StaffRole.ADMINISTRATOR, "first-admin-password");

            bootstrap("second", "second-admin-password").createFirstAdministratorIfNone();

            assertThat(directory.findAll()).extracting(StaffMember::username).containsExactly("first");
        }

        @Test
        void refusesToTurnAnExistingNonAdministratorIntoTheAdministrator() {
            directory.createAccount("admin", "张伟", StaffRole.BUTLER, "butler-password");

            assertThatThrownBy(() -> bootstrap("admin", "admin-password-1").createFirstAdministratorIfNone())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("HEATDESK_ADMIN_USERNAME");
            assertThat(directory.findByUsername("admin")).map(StaffMember::role).hasValue(StaffRole.BUTLER);
        }
    }

    @Nested
    class WithoutAConfiguredPassword {

        @Test
        void startsWithNoAccountAtAllSoThereIsNoDefaultPassword() {
            assertThat(directory.findAll()).isEmpty();
        }

        @Test
        void createsNoAccountAndWarnsHowToCreateAnAdministrator(CapturedOutput output) {
            bootstrap("admin", "").createFirstAdministratorIfNone();

            assertThat(directory.findAll()).isEmpty();
            assertThat(output).contains("WARN").contains("No enabled administrator account exists")
                    .contains("HEATDESK_ADMIN_PASSWORD");
        }
    }

    @Nested
    class AtStartup {

        @Test
        void theApplicationRefusesToStartWithAShortPasswordAndSaysWhy(CapturedOutput output) {
            SpringApplicationBuilder application = new SpringApplicationBuilder(HeatDeskApplication.class)
                    .profiles("test");

            assertThatThrownBy(() -> application.run("--heatdesk.admin.password=too-short", "--server.port=0").close())
                    .hasRootCauseInstanceOf(AdminPasswordTooShortException.class);
            assertThat(output).contains("APPLICATION FAILED TO START")
                    .contains("HEATDESK_ADMIN_PASSWORD")
                    .contains("has 9 characters")
                    .doesNotContain("too-short");
        }
    }
}
