package cn.heatdesk.web;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.policy.NewSeasonOverride;
import cn.heatdesk.policy.PolicyAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The home page at the fixed time of {@link PageTestConfiguration}: 2026-12-01 10:00 in Zibo. */
@PageTest
class HomePageTests {

    @Autowired
    MockMvc mvc;

    private String home(Cookie... cookies) throws Exception {
        var request = get("/");
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Nested
    @WithMockUser(username = "butler", roles = "BUTLER")
    class Season {

        @Test
        @DisplayName("R-SEASON-4: names today's phase and season in big words, with the day of heating")
        void namesTodaysPhaseSeasonAndDayOfHeating() throws Exception {
            String html = home();

            assertThat(html).contains("今天是 2026-12-01", "集中供热期", "2026-2027 供暖季")
                    .containsPattern("供热第</span>\\s*<strong class=\"big-number\">17</strong>")
                    .contains("共 121 天", "距 2027-03-15 供热结束还有 104 天");
        }

        @Test
        @DisplayName("R-SEASON-1, R-SEASON-2: shows the commissioning and heating dates in force")
        void showsTheDatesInForce() throws Exception {
            assertThat(home()).contains("2026-11-08 至 2026-11-14", "2026-11-15 至 2027-03-15",
                    "按规定日期执行，没有紧急调度调整", "现在是运行期");
        }

        @Test
        @DisplayName("R-SUSPEND-1: shows the last day to apply for suspension for the coming season")
        void showsTheLastDayToApplyForSuspension() throws Exception {
            assertThat(home()).contains("2027-2028 供暖季报停最晚办理日", "2027-10-15", "还有 318 天");
        }
    }

    /** The government moves the 2026-2027 dates (R-SEASON-3); each test is rolled back. */
    @Nested
    @Transactional
    @WithMockUser(username = "agent", roles = "HOTLINE_AGENT")
    class EmergencyDispatch {

        @Autowired
        PolicyAdministration administration;

        private void moveThisSeason(String commissioningStart, String heatingStart) {
            administration.addSeasonOverride(new NewSeasonOverride(2026, LocalDate.parse(commissioningStart),
                    LocalDate.parse(heatingStart), LocalDate.parse("2027-03-20"), "淄博市紧急调度通知〔2026〕8号", "气温偏高"),
                    "admin");
        }

        @Test
        @DisplayName("R-SEASON-3: names the override's document beside the dates in force")
        void showsTheOverrideAndItsDocument() throws Exception {
            moveThisSeason("2026-11-01", "2026-11-10");

            assertThat(home()).contains("已按市政府紧急调度调整", "淄博市紧急调度通知〔2026〕8号", "气温偏高",
                            "2026-11-10 至 2027-03-20", "2026-11-01 至 2026-11-09")
                    .containsPattern("供热第</span>\\s*<strong class=\"big-number\">22</strong>");
        }

        @Test
        @DisplayName("R-SEASON-2, R-SEASON-3: heating put off to 5 Dec leaves today in commissioning, 4 days to go")
        void countsTheDaysToAPostponedHeatingStart() throws Exception {
            moveThisSeason("2026-11-08", "2026-12-05");

            assertThat(home()).contains("热调试期", "2026-2027 供暖季", "距供热开始还有")
                    .containsPattern("<strong class=\"big-number\">4</strong>\\s*<span>天（2026-12-05 开始供热）</span>");
        }

        @Test
        @DisplayName("R-SEASON-4, R-SUSPEND-1: before a late commissioning it is off season, and suspension has closed")
        void countsTheDaysToALateCommissioning() throws Exception {
            moveThisSeason("2026-12-10", "2026-12-15");

            assertThat(home()).contains("非供暖期", "距 2026-2027 供暖季热调试开始还有", "现在是非运行期",
                            "2026-2027 供暖季报停最晚办理日", "2026-11-14", "本季报停已截止")
                    .containsPattern("<strong class=\"big-number\">9</strong>");
        }
    }

    @Nested
    class Shell {

        @Test
        @WithMockUser(username = "butler", roles = "BUTLER")
        @DisplayName("R-SYS-2: a butler's menu has the calculator but not policy administration")
        void showsOnlyWhatTheRoleMayUse() throws Exception {
            assertThat(home()).contains("id=\"nav-home\"", "id=\"nav-calculator\"", "片区管家")
                    .doesNotContain("id=\"nav-policies\"", "/admin/policies");
        }

        @Test
        @WithMockUser(username = "admin", roles = "ADMINISTRATOR")
        void showsPolicyAdministrationToAnAdministrator() throws Exception {
            assertThat(home()).contains("id=\"nav-policies\"", "系统管理员");
        }

        @Test
        @WithMockUser(roles = "HOTLINE_AGENT")
        void givesHtmxTheCsrfTokenAndOffersASignOutForm() throws Exception {
            assertThat(home()).contains("<meta name=\"_csrf\"", "<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">",
                            "hx-headers=\"{&quot;X-CSRF-TOKEN&quot;: &quot;")
                    .containsPattern("<form class=\"logout\" action=\"/logout\" method=\"post\"><input type=\"hidden\" name=\"_csrf\"");
        }

        @Test
        @WithMockUser(roles = "HOTLINE_AGENT")
        @DisplayName("R-SYS-5: English on request, remembered in a cookie; Chinese by default")
        void switchesToEnglishAndRemembersTheChoice() throws Exception {
            MvcResult english = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn();
            Cookie language = english.getResponse().getCookie("heatdesk-lang");

            assertThat(english.getResponse().getContentAsString()).contains("lang=\"en\"", "Heating period", "Sign out");
            assertThat(language).isNotNull();
            assertThat(home(language)).contains("Heating period").doesNotContain("集中供热期");
            assertThat(home()).contains("lang=\"zh-CN\"", "集中供热期", "退出登录");
        }
    }
}
