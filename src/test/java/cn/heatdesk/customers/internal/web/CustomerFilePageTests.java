package cn.heatdesk.customers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.PersonalField;
import cn.heatdesk.customers.RevealRecord;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.web.PageTest;

/**
 * 用户档案: the file as each role sees it (R-SYS-2 masking and scope), the logged reveal, the status
 * change as history, and the fee and repair answers by R-RATE-5's date.
 */
@PageTest
@Transactional
class CustomerFilePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CustomerFiles files;

    PageDistrict district;

    @BeforeEach
    void district() {
        district = new PageDistrict(jdbc);
    }

    private String html(MockHttpServletRequestBuilder request, RequestPostProcessor who, ResultMatcher expected)
            throws Exception {
        return mvc.perform(request.with(who).with(csrf()).accept(MediaType.TEXT_HTML)).andExpect(expected)
                .andReturn().getResponse().getContentAsString();
    }

    private String page(long id, RequestPostProcessor who) throws Exception {
        return html(get("/customers/" + id), who, status().isOk());
    }

    @Test
    void showsWhoWhereAndTheSeasonsStatusInTheHeader() throws Exception {
        String page = page(district.wang, PageDistrict.agent());

        assertThat(page).startsWith("<!DOCTYPE html>").contains("class=\"file-account\">P0001<", "王建华",
                "页测花园12号楼2单元301", "管家P01号", "页测一片区 · 页测东分公司", "id=\"file-status\"",
                "status-IN_SERVICE", "2026-2027 供暖季");
        assertThat(page).as("the next customer is one search away").contains("id=\"header-q\"");
    }

    @Test
    void offersTheNextStepsFromTheFileAndTheMeasurementOnlyToThoseWhoMeasure() throws Exception {
        String agentsPage = page(district.wang, PageDistrict.agent());
        assertThat(agentsPage).contains("id=\"file-appointment\" href=\"/appointments?customerId=" + district.wang + "\"",
                "id=\"file-notify\" href=\"/notify?customer=" + district.wang + "\"").doesNotContain("id=\"file-measure\"");

        assertThat(page(district.wang, PageDistrict.butler()))
                .contains("id=\"file-measure\"", "href=\"/temperature/new?customerId=" + district.wang + "\"");
    }

    @Test
    void showsBuildingAndHouseholdFacts() throws Exception {
        String page = page(district.wang, PageDistrict.agent());

        assertThat(page).contains("id=\"fact-area\">100.00 ㎡<", "id=\"fact-contract\">2021-03-01<",
                "id=\"fact-opening\">2019-06-01<", "未签订", "页测花园 12号楼");
    }

    @Test
    void showsTheEmptyTimelineInPlainWords() throws Exception {
        assertThat(page(district.wang, PageDistrict.agent()))
                .contains("id=\"timeline-empty\"", "暂无记录——以后的工单、测温、通知会显示在这里");
    }

    @Nested
    @DisplayName("R-FEE-3 and R-BOUND-3 by R-RATE-5's date")
    class FeeAndRepairs {

        @Test
        @DisplayName("R-RATE-5: a household in a building opened whole is quoted by the building's date, and says so")
        void quotesByTheBuildingsOpeningDate() throws Exception {
            String page = page(district.wang, PageDistrict.agent());

            // 2019-06-01 is before 2020-02-01: 淄政办发〔2008〕114号, 65 yuan/m² (R-FEE-2), not the contract's 90.
            assertThat(page).contains("id=\"fee-amount\">6500.00<", "淄政办发〔2008〕114号",
                    "按整楼开户日期 2019-06-01 确定适用的文件：单户开户按整楼开户的时间标准执行（R-RATE-5）。");
        }

        @Test
        void quotesByTheContractDateWhenTheBuildingHasNone() throws Exception {
            String page = page(district.xiaoming, PageDistrict.admin());

            assertThat(page).contains("id=\"fee-amount\">4550.00<", "按合同签订日期 2015-01-01 确定适用的文件：该楼没有登记整楼开户日期。");
        }

        @Test
        @DisplayName("R-BOUND-4: a date no policy covers gives the reason instead of a quote")
        void explainsWhyThereIsNoQuote() throws Exception {
            String page = page(district.lateContract, PageDistrict.agent());

            assertThat(page).contains("id=\"fee-problem\"", "算不出配套费", "2026-03-01 没有有效的供暖配套费政策")
                    .doesNotContain("id=\"fee-amount\"");
            assertThat(page).contains("id=\"repairs-problem\"", "2026-03-01 没有有效的产权分界政策")
                    .doesNotContain("id=\"repair-HEAT_SOURCE\"");
        }

        @Test
        @DisplayName("R-BOUND-2: before 2020 the company's part ends at the building-front valve")
        void listsWhoRepairsEachPointOfTheHeatPath() throws Exception {
            String page = page(district.wang, PageDistrict.agent());

            assertThat(page).contains("id=\"repair-HEAT_SOURCE\"", "id=\"repair-BUILDING_FRONT_VALVE\"",
                    "id=\"repair-ENTRY_PORT\"", "id=\"repair-METER\"", "id=\"repair-INDOOR_SYSTEM\"");
            assertThat(row(page, "repair-BUILDING_FRONT_VALVE")).contains("party-COMPANY");
            assertThat(page.substring(page.indexOf("id=\"repairs-basis\""))).contains("淄政办发〔2008〕114号");
            assertThat(row(page, "repair-INDOOR_SYSTEM")).contains("party-CUSTOMER");
            assertThat(page).doesNotContain("id=\"repair-VALVE_WELL\"");
        }

        private String row(String page, String id) {
            int start = page.indexOf("id=\"" + id + "\"");
            return page.substring(start, page.indexOf("</tr>", start));
        }
    }

    @Nested
    @DisplayName("R-SYS-2: personal data")
    class PersonalData {

        @Test
        void masksPhoneAndIdNumberForEveryRole() throws Exception {
            for (RequestPostProcessor who : new RequestPostProcessor[] { PageDistrict.agent(), PageDistrict.supervisor(),
                    PageDistrict.butler(), PageDistrict.admin() }) {
                String page = page(district.wang, who);
                assertThat(page).contains("138****5678", "370***********1234")
                        .doesNotContain("13812345678", "370303199001011234");
            }
        }

        @Test
        void offersAHotlineAgentThePhoneButNotTheIdNumber() throws Exception {
            String page = page(district.wang, PageDistrict.agent());

            assertThat(page).contains("id=\"reveal-PHONE\"", "显示完整号码", "hx-post=\"/customers/" + district.wang + "/reveal\"")
                    .doesNotContain("id=\"reveal-ID_NUMBER\"");
        }

        @Test
        void offersTheMarketServiceDepartmentTheIdNumberToo() throws Exception {
            assertThat(page(district.wang, PageDistrict.as(StaffRole.MARKET_SERVICE, "market")))
                    .contains("id=\"reveal-PHONE\"", "id=\"reveal-ID_NUMBER\"");
        }

        @Test
        void offersASupervisorNoRevealAndSaysWhy() throws Exception {
            String page = page(district.wang, PageDistrict.supervisor());

            assertThat(page).doesNotContain("id=\"reveal-PHONE\"", "id=\"reveal-purpose\"")
                    .contains("id=\"reveal-not-allowed\"");
        }

        @Test
        void revealsTheNumberInPlaceForHtmxAndLogsWhoWhyAndWhen() throws Exception {
            String fragment = html(post("/customers/" + district.wang + "/reveal").param("field", "PHONE")
                    .param("purpose", "回电联系用户").header("HX-Request", "true"), PageDistrict.butler(), status().isOk());

            assertThat(fragment.strip()).startsWith("<div class=\"personal revealed\" id=\"personal-PHONE\"");
            assertThat(fragment).contains("href=\"tel:13812345678\"", "已记录本次查看").doesNotContain("<html");
            RevealRecord logged = files.revealLog(0, 1).get(0);
            assertThat(logged.revealedBy()).isEqualTo("butler");
            assertThat(logged.customerId()).isEqualTo(district.wang);
            assertThat(logged.field()).isEqualTo(PersonalField.PHONE);
            assertThat(logged.purpose()).isEqualTo("回电联系用户");
            assertThat(logged.revealedAt()).isEqualTo(cn.heatdesk.web.PageTestConfiguration.NOW);
        }

        @Test
        void revealsTheNumberOnTheWholePageWithoutJavaScript() throws Exception {
            String page = html(post("/customers/" + district.wang + "/reveal").param("field", "ID_NUMBER"),
                    PageDistrict.as(StaffRole.MARKET_SERVICE, "market"), status().isOk());

            assertThat(page).startsWith("<!DOCTYPE html>").contains("id=\"full-ID_NUMBER\">370303199001011234<",
                    "138****5678");
        }

        @Test
        @DisplayName("R-SYS-2: a supervisor asking anyway gets the 403 page with the reason, and nothing is logged")
        void refusesASupervisorWithTheForbiddenPage() throws Exception {
            String page = html(post("/customers/" + district.wang + "/reveal").param("field", "PHONE"),
                    PageDistrict.supervisor(), status().isForbidden());

            assertThat(page).contains("没有权限使用这个功能", "监督/主管无权查看完整联系电话").doesNotContain("13812345678");
            assertThat(files.revealLog(0, 10)).isEmpty();
        }
    }

    @Nested
    @DisplayName("R-SYS-2: area scope")
    class Scope {

        @Test
        void answersAButlerOpeningAnotherAreasCustomerWithTheFriendly404() throws Exception {
            String page = html(get("/customers/" + district.xiaoming), PageDistrict.butler(), status().isNotFound());

            assertThat(page).contains("找不到这个页面").doesNotContain("王小明", "P9001");
        }

        @Test
        void answersAnUnknownIdWith404() throws Exception {
            html(get("/customers/999999"), PageDistrict.agent(), status().isNotFound());
        }

        @Test
        void refusesToRevealAnotherAreasNumberAsNotFound() throws Exception {
            html(post("/customers/" + district.xiaoming + "/reveal").param("field", "PHONE"), PageDistrict.butler(),
                    status().isNotFound());
            assertThat(files.revealLog(0, 10)).isEmpty();
        }

        @Test
        void letsTheButlerOfTheAreaOpenIt() throws Exception {
            assertThat(page(district.xiaoming, PageDistrict.as(StaffRole.BUTLER, "butler2"))).contains("王小明");
        }
    }

    @Nested
    @DisplayName("Heating status history")
    class StatusChange {

        private MockHttpServletRequestBuilder change(long id, String status, String reason) {
            return post("/customers/" + id + "/status").param("seasonStartYear", "2026").param("status", status)
                    .param("reason", reason);
        }

        @Test
        void offersTheFormToAButlerButNotToAHotlineAgent() throws Exception {
            assertThat(page(district.li, PageDistrict.butler())).contains("id=\"status-submit\"");
            assertThat(page(district.li, PageDistrict.agent())).doesNotContain("id=\"status-submit\"")
                    .contains("id=\"status-not-allowed\"");
        }

        @Test
        void changesTheStatusInPlaceAndShowsWhoWhenAndWhy() throws Exception {
            String fragment = html(change(district.li, "IN_SERVICE", "单户开户，已缴配套费").header("HX-Request", "true"),
                    PageDistrict.butler(), status().isOk());

            assertThat(fragment.strip()).startsWith("<section class=\"panel\" id=\"status-card\"");
            assertThat(fragment).doesNotContain("<html").contains("id=\"status-saved\"", "单户开户，已缴配套费",
                    "butler · 2026-12-01 10:00", "未开户</span> →");
            assertThat(fragment).as("the header's status and the timeline follow, out of band")
                    .contains("id=\"file-status\"", "hx-swap-oob=\"true\"", "status-IN_SERVICE", "id=\"timeline\"",
                            "供热状态变更");
        }

        @Test
        void redirectsAPlainPostBackToTheFile() throws Exception {
            mvc.perform(change(district.li, "SUSPENDED", "用户申请报停").with(PageDistrict.butler()).with(csrf())
                            .accept(MediaType.TEXT_HTML))
                    .andExpect(redirectedUrl("/customers/" + district.li + "#status-card"))
                    .andExpect(flash().attribute("statusSaved", true));

            assertThat(page(district.li, PageDistrict.butler())).contains("用户申请报停", "status-SUSPENDED");
        }

        @Test
        void keepsARefusedChangeInTheFormWithTheMessage() throws Exception {
            String fragment = html(change(district.li, "SUSPENDED", " ").header("HX-Request", "true"),
                    PageDistrict.butler(), status().isOk());

            assertThat(fragment).contains("id=\"status-error\"", "请检查「变更原因」", "请填写变更原因",
                    "id=\"status-SUSPENDED\" checked").doesNotContain("id=\"status-saved\"");
        }

        @Test
        void refusesAChangeToTheSameStatusWithTheReason() throws Exception {
            String fragment = html(change(district.wang, "IN_SERVICE", "再确认").header("HX-Request", "true"),
                    PageDistrict.butler(), status().isOk());

            assertThat(fragment).contains("id=\"status-error\"", "已经是“用热”", "再确认");
        }

        @Test
        @DisplayName("R-SYS-2: a hotline agent posting a change anyway gets 403")
        void refusesAHotlineAgent() throws Exception {
            html(change(district.li, "IN_SERVICE", "来电要求开户"), PageDistrict.agent(), status().isForbidden());

            assertThat(page(district.li, PageDistrict.agent())).doesNotContain("来电要求开户");
        }

        @Test
        void refusesAnotherAreasButlerAsNotFound() throws Exception {
            html(change(district.wang, "SUSPENDED", "报停"), PageDistrict.as(StaffRole.BUTLER, "butler2"),
                    status().isNotFound());
        }
    }
}
