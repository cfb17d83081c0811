package cn.heatdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import cn.heatdesk.staff.StaffRole;

/** R-SYS-2: the menu shows what a role may open, and nothing else. */
class NavigationTests {

    private static List<String> keys(String... roles) {
        return Navigation.itemsFor(new CurrentStaff("someone", "某人", List.of(roles))).stream().map(NavItem::key)
                .toList();
    }

    @ParameterizedTest
    @EnumSource(StaffRole.class)
    @DisplayName("every staff role sees customers in some scope, so every role gets 用户档案 and 用热率")
    void givesEveryRoleTheCustomerPages(StaffRole role) {
        assertThat(keys(role.name())).contains("customers", "heatingRates");
    }

    @Test
    void givesOnlyAdministratorsThePersonalDataLog() {
        assertThat(keys("ADMINISTRATOR")).containsExactly("home", "customers", "heatingRates", "calculator", "notify",
                "customer-import", "policies", "reveals", "notification-items");
        assertThat(keys("SUPERVISOR")).doesNotContain("reveals", "policies", "notification-items");
    }

    @ParameterizedTest
    @EnumSource(StaffRole.class)
    @DisplayName("R-NOTIFY-2: every staff role may give a one-time notice (counter, phone, door)")
    void givesEveryRoleTheOneTimeNotification(StaffRole role) {
        assertThat(keys(role.name())).contains("notify");
    }

    @Test
    void givesAPrincipalWithoutAStaffRoleNoCustomerPages() {
        assertThat(keys("ACTUATOR")).containsExactly("home", "calculator");
    }
}
