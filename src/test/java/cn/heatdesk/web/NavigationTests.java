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
        assertThat(keys("ADMINISTRATOR")).containsExactly("home", "hotline", "my-orders", "appointments", "queue",
                "callbacks", "visit-follow-ups", "customers", "notify", "inspections", "repair-plan", "building-notices",
                "supervision", "assessment", "heatingRates", "calculator", "customer-import", "outdoor", "policies", "reveals",
                "notification-items");
        assertThat(keys("SUPERVISOR")).doesNotContain("reveals", "policies", "notification-items");
    }

    @ParameterizedTest
    @EnumSource(StaffRole.class)
    @DisplayName("R-NOTIFY-2: every staff role may give a one-time notice (counter, phone, door)")
    void givesEveryRoleTheOneTimeNotification(StaffRole role) {
        assertThat(keys(role.name())).contains("notify");
    }

    @Test
    void givesButlersTheirDayAndTheCallbackPeopleTheFollowUps() {
        assertThat(keys("BUTLER")).contains("visits", "appointments").doesNotContain("visit-follow-ups");
        assertThat(keys("HOTLINE_AGENT")).contains("appointments", "visit-follow-ups").doesNotContain("visits");
        assertThat(keys("MARKET_SERVICE")).contains("visit-follow-ups");
    }

    @ParameterizedTest
    @EnumSource(StaffRole.class)
    @DisplayName("R-BUTLER-2..3: every staff role sees inspections, the repair plan and building notices in its scope")
    void givesEveryRoleTheInspectionPages(StaffRole role) {
        assertThat(keys(role.name())).contains("inspections", "repair-plan", "building-notices");
    }

    @Test
    @DisplayName("R-TEMP-3: those who record outdoor temperatures get 室外温度; butlers measure from the customer file")
    void givesTheOutdoorTemperaturePageToThoseWhoRecordIt() {
        assertThat(keys("BRANCH_DISPATCHER")).contains("outdoor");
        assertThat(keys("PRODUCTION_MANAGEMENT")).contains("outdoor");
        assertThat(keys("BUTLER")).doesNotContain("outdoor");
        assertThat(keys("HOTLINE_AGENT")).doesNotContain("outdoor");
    }

    @Test
    void givesAPrincipalWithoutAStaffRoleNoCustomerPages() {
        assertThat(keys("ACTUATOR")).containsExactly("home", "calculator");
    }

    @Test
    @DisplayName("issue 4: the hotline desk for those who take calls, the queue for dispatchers, callbacks for those who call back")
    void givesEachRoleItsWorkOrderPages() {
        assertThat(keys("HOTLINE_AGENT")).contains("hotline", "my-orders", "callbacks").doesNotContain("queue");
        assertThat(keys("BUTLER")).contains("hotline", "my-orders").doesNotContain("queue", "callbacks");
        assertThat(keys("BRANCH_DISPATCHER")).contains("hotline", "my-orders", "queue", "callbacks");
        assertThat(keys("MARKET_SERVICE")).contains("callbacks").doesNotContain("queue");
        assertThat(keys("PRODUCTION_MANAGEMENT")).contains("my-orders").doesNotContain("hotline", "queue", "callbacks");
        assertThat(keys("SUPERVISOR")).contains("queue", "callbacks").doesNotContain("hotline");
    }

    @ParameterizedTest
    @EnumSource(value = StaffRole.class, names = { "SUPERVISOR", "MARKET_SERVICE", "BRANCH_DISPATCHER", "ADMINISTRATOR" })
    @DisplayName("R-SUP-5, R-SUP-6: those who supervise get 监督看板 and 考核")
    void givesSupervisingRolesTheBoardAndTheAssessment(StaffRole role) {
        assertThat(keys(role.name())).contains("supervision", "assessment");
    }

    @ParameterizedTest
    @EnumSource(value = StaffRole.class, names = { "HOTLINE_AGENT", "BUTLER", "PRODUCTION_MANAGEMENT" })
    void keepsTheBoardAndTheAssessmentFromOtherRoles(StaffRole role) {
        assertThat(keys(role.name())).doesNotContain("supervision", "assessment");
    }
}
