package cn.heatdesk.policy.internal.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.web.PageTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 政策管理 as the administrator "admin"; every test is rolled back. */
@PageTest
@Transactional
@WithMockUser(username = "admin", roles = "ADMINISTRATOR")
class PolicyAdministrationPageTests {

    @Autowired
    MockMvc mvc;

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder feeVersion(String document, String from, String to, String residential) {
        return post("/admin/policies/fee").with(csrf()).param("document", document).param("article", "第二条")
                .param("effectiveFrom", from).param("effectiveTo", to)
                .param("residentialRate", residential).param("nonResidentialRate", "82");
    }

    /** Posts, expects the redirect with a notice, and returns the page the browser lands on. */
    private String saveAndFollow(MockHttpServletRequestBuilder request, String section) throws Exception {
        MvcResult saved = mvc.perform(request)
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/policies#" + section))
                .andReturn();
        return body(get("/admin/policies").flashAttrs(saved.getFlashMap()));
    }

    @Nested
    class Versions {

        @Test
        @DisplayName("R-FEE-4: lists each family's versions with documents, dates, rules in words and who added them")
        void listsTheVersionsOfEveryFamily() throws Exception {
            String html = body(get("/admin/policies"));

            assertThat(html).contains("id=\"fee-versions\"", "id=\"boundary-versions\"", "id=\"deadline-versions\"",
                    "淄政办发〔2008〕114号", "民用（住宅）：90.00 元/㎡", "居民用户：供热公司负责至入户端口（含）",
                    "有偿服务回访：24 小时（只计每天 08:00–20:00，其余时间不计时）",
                    "改约提前告知：运行期提前 1 小时，非运行期提前 1 天", "系统初始化", "长期有效");
            // R-TEMP-6: the seeded sample reduction tiers, listed like every family.
            assertThat(html).contains("id=\"reduction-versions\"", "低于应达室温 1℃ 及以上：减免供热费 20%",
                    "减免档次示例");
        }

        @Test
        @DisplayName("R-BOUND-4: warns when no fee or boundary version is in force today")
        void warnsWhenNoVersionIsInForceToday() throws Exception {
            String html = body(get("/admin/policies"));

            assertThat(html).contains("id=\"fee-none-in-force\"", "id=\"boundary-none-in-force\"")
                    .doesNotContain("id=\"deadline-none-in-force\"");
        }

        @Test
        @DisplayName("R-FEE-4, R-SYS-3: an added fee version is listed as in force, entered by the signed-in administrator")
        void addsAFeeVersionThatIsThenListed() throws Exception {
            String html = saveAndFollow(feeVersion("淄政办发〔2025〕3号", "2025-02-01", "", "92"), "fee-section");

            assertThat(html).contains("已保存供暖配套费新版本：淄政办发〔2025〕3号，有效期 2025-02-01 至 长期有效。",
                    "<strong>淄政办发〔2025〕3号</strong>", "民用（住宅）：92.00 元/㎡")
                    .doesNotContain("id=\"fee-none-in-force\"");
            assertThat(html).containsPattern("<tr id=\"version-\\d+\" class=\"in-force\">\\s*<td[^>]*><strong>淄政办发〔2025〕3号");
            assertThat(html).containsPattern("<span>admin</span><br>\\s*<span class=\"hint\">2026-12-01 10:00</span>");
        }

        @Test
        @DisplayName("R-FEE-4: an overlapping version is refused with the conflict beside the dates, the input kept")
        void refusesAnOverlappingVersionKeepingTheInput() throws Exception {
            String html = body(feeVersion("淄政办发〔2020〕9号", "2024-01-01", "2024-12-31", "91"));

            assertThat(html).contains("有效期与已有版本重叠，没有保存", "淄政办发〔2019〕14号", "重叠",
                    "<details class=\"add-form\" id=\"fee-add\" open=\"open\">",
                    "value=\"淄政办发〔2020〕9号\"", "name=\"effectiveFrom\" value=\"2024-01-01\"",
                    "name=\"residentialRate\" value=\"91\"");
            assertThat(html).containsPattern("id=\"fee-effectiveFrom\"[^>]*class=\"invalid\"");
        }

        @Test
        @DisplayName("R-SYS-4: a refused rate is explained beside its field")
        void explainsARefusedRateBesideTheField() throws Exception {
            String html = body(feeVersion("淄政办发〔2025〕3号", "2025-02-01", "", "-5"));

            assertThat(html).contains("请检查「民用（住宅）收费标准（元/㎡）」", "name=\"residentialRate\" value=\"-5\"")
                    .containsPattern("class=\"field-error\">收费标准必须是");
        }

        @Test
        void asksForTheDocument() throws Exception {
            assertThat(body(feeVersion("", "2025-02-01", "", "92")))
                    .contains("请填写「文件依据（文号）」", "<p class=\"field-error\">请填写这一项</p>");
        }

        @Test
        @DisplayName("R-BOUND-4: a boundary version is added with locations chosen from each path")
        void addsABoundaryVersion() throws Exception {
            String html = saveAndFollow(post("/admin/policies/boundary").with(csrf())
                    .param("document", "淄政办发〔2025〕4号").param("effectiveFrom", "2025-02-01")
                    .param("residentialCompanyUpTo", "METER").param("residentialCollectiveUpTo", "")
                    .param("institutionalCompanyUpTo", "VALVE_WELL"), "boundary-section");

            assertThat(html).contains("淄政办发〔2025〕4号", "居民用户：供热公司负责至计量装置（含）");
        }

        @Test
        void startsTheDeadlineFormWithTheNewestVersionsTerms() throws Exception {
            assertThat(body(get("/admin/policies"))).contains("name=\"onSiteMinutes\" value=\"30\"",
                    "name=\"paidServiceCallbackMinutes\" value=\"1440\"", "name=\"callbackCountedFrom\" value=\"08:00\"",
                    "name=\"rescheduleNoticeNonOperatingMinutes\" value=\"1440\"");
        }

        @Test
        @DisplayName("R-FEE-4: a new deadline version ends the open-ended one the day before")
        void aNewDeadlineVersionSupersedesTheOpenEndedOne() throws Exception {
            String html = saveAndFollow(post("/admin/policies/deadlines").with(csrf())
                    .param("document", "供热服务规定（2027修订）").param("effectiveFrom", "2027-01-01")
                    .param("onSiteMinutes", "20").param("emergencyReportMinutes", "10")
                    .param("generalReportMinutes", "120").param("temperatureTestMinutes", "1440")
                    .param("paidServiceCallbackMinutes", "1440").param("callbackCountedFrom", "08:00")
                    .param("callbackCountedTo", "20:00").param("rescheduleNoticeOperatingMinutes", "60")
                    .param("rescheduleNoticeNonOperatingMinutes", "1440"), "deadline-section");

            assertThat(html).contains("半小时到位：20 分钟", "2026-12-31");
        }
    }

    @Nested
    class EmergencyDispatch {

        @Test
        @DisplayName("R-SEASON-3: the override form starts with the season's published dates")
        void prefillsTheSeasonsDefaultDates() throws Exception {
            assertThat(body(get("/admin/policies"))).contains("name=\"seasonStartYear\" value=\"2026\"",
                    "name=\"commissioningStart\" value=\"2026-11-08\"", "name=\"heatingStart\" value=\"2026-11-15\"",
                    "name=\"heatingEnd\" value=\"2027-03-15\"");
        }

        @Test
        void refillsTheDatesForAnotherYearAsAFragment() throws Exception {
            String html = body(get("/admin/policies/season-override-form").param("seasonStartYear", "2028")
                    .param("heatingStart", "2026-11-15").param("document", "通知").header("HX-Request", "true"));

            assertThat(html.strip()).startsWith("<div id=\"override-dates\"");
            assertThat(html).contains("name=\"heatingStart\" value=\"2028-11-15\"", "2028-2029 供暖季现行日期")
                    .doesNotContain("name=\"seasonStartYear\"");
        }

        @Test
        void keepsTheTypedDatesWhileTheYearIsIncomplete() throws Exception {
            String html = body(get("/admin/policies/season-override-form").param("seasonStartYear", "")
                    .param("heatingStart", "2026-11-15").header("HX-Request", "true"));

            assertThat(html.strip()).startsWith("<div id=\"override-dates\"");
            assertThat(html).contains("name=\"heatingStart\" value=\"2026-11-15\"").doesNotContain("供暖季现行日期");
        }

        @Test
        @DisplayName("R-SEASON-3, R-SYS-3: an override is listed with its document and who entered it, and audited")
        void addsAnOverrideThatIsListedAndAudited() throws Exception {
            String html = saveAndFollow(post("/admin/policies/season-overrides").with(csrf())
                    .param("seasonStartYear", "2030").param("commissioningStart", "2030-11-01")
                    .param("heatingStart", "2030-11-08").param("heatingEnd", "2031-03-20")
                    .param("document", "淄博市人民政府紧急调度通知〔2030〕1号").param("reason", "寒潮提前"), "override-section");

            assertThat(html).contains("2030-2031 供暖季日期已按紧急调度调整：淄博市人民政府紧急调度通知〔2030〕1号。",
                    "id=\"override-table\"", "2030-11-08 至 2031-03-20", "寒潮提前", "在用");

            String audit = body(get("/admin/policies/audit").param("type", "SEASON_OVERRIDE"));
            assertThat(audit).contains("录入紧急调度日期", "admin", "淄博市人民政府紧急调度通知〔2030〕1号",
                    "<summary>变更前</summary>", "<summary>变更后</summary>", "&quot;heatingStart&quot; : &quot;2030-11-08&quot;");
        }

        @Test
        void refusesDatesOutsideTheSeason() throws Exception {
            String html = body(post("/admin/policies/season-overrides").with(csrf())
                    .param("seasonStartYear", "2030").param("commissioningStart", "2030-11-01")
                    .param("heatingStart", "2030-11-08").param("heatingEnd", "2031-08-20").param("document", "通知"));

            assertThat(html).contains("请检查「供热开始日期」", "2030-2031 供暖季内")
                    .contains("<details class=\"add-form\" id=\"override-add\" open=\"open\">");
        }
    }

    @Nested
    class AuditTrail {

        @Test
        @DisplayName("R-SYS-3: newest first, a page at a time; htmx paging gets the table alone")
        void listsNewestFirstAndPages() throws Exception {
            for (int year = 2041; year <= 2062; year++) {
                mvc.perform(feeVersion("测试文件" + year, year + "-01-01", year + "-12-31", "90"))
                        .andExpect(status().isFound());
            }

            String first = body(get("/admin/policies/audit"));
            assertThat(first).contains("第 1 页", "id=\"audit-older\"").doesNotContain("id=\"audit-newer\"");
            assertThat(first.indexOf("测试文件2062")).isPositive().isLessThan(first.indexOf("测试文件2061"));

            String second = body(get("/admin/policies/audit").param("page", "1").header("HX-Request", "true"));
            assertThat(second.strip()).startsWith("<div id=\"audit-table\">");
            assertThat(second).contains("第 2 页", "id=\"audit-newer\"", "测试文件2042");
        }
    }

    @Nested
    class Access {

        @Test
        @WithMockUser(username = "agent", roles = "HOTLINE_AGENT")
        @DisplayName("R-SYS-2: a hotline agent may not open policy administration")
        void refusesAHotlineAgent() throws Exception {
            mvc.perform(get("/admin/policies")).andExpect(status().isForbidden());
            mvc.perform(get("/admin/policies/audit")).andExpect(status().isForbidden());
            mvc.perform(feeVersion("淄政办发〔2025〕3号", "2025-02-01", "", "92")).andExpect(status().isForbidden());
        }
    }
}
