package cn.heatdesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.support.H2Test;

@SpringBootTest
@H2Test
@Transactional
class StaffDirectoryTests {

    @Autowired
    StaffDirectory directory;

    @Autowired
    UserDetailsService userDetailsService;

    @Nested
    class OpeningAnAccount {

        @Test
        void storesTheUsernameInLowerCaseAndFindsItIgnoringCaseAndBlanks() {
            StaffMember created = directory.createAccount(" Zhang.Wei ", "张伟", StaffRole.BUTLER, "butler-password");

            assertThat(created.username()).isEqualTo("zhang.wei");
            assertThat(directory.findByUsername("ZHANG.WEI ")).hasValue(created);
            assertThat(directory.findById(created.id())).hasValue(created);
        }

        @Test
        void refusesAPasswordShorterThanTwelveCharactersInChinese() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> directory.createAccount("li.na", "李娜", StaffRole.HOTLINE_AGENT, "short-pass1"))
                    .withMessage("密码至少需要 12 个字符");
        }

        @Test
        void refusesAUsernameThatIsTaken() {
            directory.createAccount("li.na", "李娜", StaffRole.HOTLINE_AGENT, "agent-password");

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> directory.createAccount("LI.NA", "李娜", StaffRole.BUTLER, "other-password"))
                    .withMessageContaining("用户名已被使用");
        }

        @Test
        void refusesAUsernameWithSpacesOrChineseCharacters() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> directory.createAccount("李 娜", "李娜", StaffRole.HOTLINE_AGENT, "agent-password"))
                    .withMessageContaining("用户名只能包含");
        }

        @Test
        void refusesABlankDisplayName() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> directory.createAccount("li.na", " ", StaffRole.HOTLINE_AGENT, "agent-password"))
                    .withMessage("姓名不能为空");
        }
    }

    @Nested
    class LookingUpMany {

        @Test
        void findsSeveralMembersInOneCallKeyedByTheUsernameAsGiven() {
            StaffMember zhang = directory.createAccount("zhang.wei", "张伟", StaffRole.BUTLER, "butler-password");
            StaffMember zhou = directory.createAccount("zhou.min", "周敏", StaffRole.BUTLER, "butler-password");

            Map<String, StaffMember> found = directory.findByUsernames(Arrays.asList("zhang.wei", " Zhou.Min", "nobody",
                    null));

            assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of("zhang.wei", zhang, " Zhou.Min", zhou));
        }

        @Test
        void findsNobodyForNoUsernames() {
            assertThat(directory.findByUsernames(List.of())).isEmpty();
        }

        @Test
        void namesPeopleByDisplayNameAndLeavesOutLoginsWithoutAnAccount() {
            directory.createAccount("sun.li", "孙丽", StaffRole.SUPERVISOR, "supervisor-password");

            assertThat(directory.displayNames(Arrays.asList("sun.li", "city-hotline", null)))
                    .containsExactlyEntriesOf(Map.of("sun.li", "孙丽"));
        }
    }

    @Nested
    class SigningIn {

        @Test
        void loadsTheRoleAsASpringAuthorityAndTheDisplayName() {
            directory.createAccount("chen.jing", "陈静", StaffRole.MARKET_SERVICE, "market-password");

            UserDetails user = userDetailsService.loadUserByUsername("Chen.Jing");

            assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .containsExactly("ROLE_MARKET_SERVICE");
            assertThat(user).isInstanceOfSatisfying(StaffPrincipal.class, principal -> {
                assertThat(principal.getDisplayName()).isEqualTo("陈静");
                assertThat(principal.getRole()).isEqualTo(StaffRole.MARKET_SERVICE);
            });
            assertThat(user.getPassword()).startsWith("{bcrypt}");
            assertThat(user.isEnabled()).isTrue();
        }

        @Test
        void knowsNoOneWithoutAnAccount() {
            assertThatExceptionOfType(UsernameNotFoundException.class)
                    .isThrownBy(() -> userDetailsService.loadUserByUsername("nobody"));
        }
    }

    @Test
    void everyRoleHasAChineseLabelAndASpringAuthority() {
        assertThat(StaffRole.values()).allSatisfy(role -> {
            assertThat(role.label()).containsPattern("\\p{IsHan}");
            assertThat(role.authority()).isEqualTo("ROLE_" + role.name());
        });
    }
}
