package cn.heatdesk.policy.internal.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.heatdesk.web.PageTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 政策计算器: each card answers a plain form post with the whole page and an htmx post with its result
 * box alone; errors stay inside the card, in Chinese, naming the field.
 */
@PageTest
@WithMockUser(roles = "HOTLINE_AGENT")
class PolicyCalculatorPageTests {

    @Autowired
    MockMvc mvc;

    /** A plain form post: the whole page comes back. */
    private String page(MockHttpServletRequestBuilder request) throws Exception {
        String html = body(request.with(csrf()));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("id=\"nav-calculator\"");
        return html;
    }

    /** An htmx post: only the card's result box comes back. */
    private String fragment(MockHttpServletRequestBuilder request, String resultId) throws Exception {
        String html = body(request.with(csrf()).header("HX-Request", "true"));
        assertThat(html.strip()).startsWith("<div id=\"" + resultId + "\"").doesNotContain("<html", "<form");
        return html;
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void showsAllSixCardsWithTheirStableIds() throws Exception {
        String html = body(get("/policy/calculator"));

        assertThat(html).contains("id=\"season-at\"", "id=\"season-submit\"", "id=\"season-result\"",
                "id=\"fee-useType\"", "id=\"fee-areaM2\"", "id=\"fee-contractDate\"", "id=\"fee-submit\"",
                "id=\"fee-result\"", "id=\"resp-customerKind\"", "id=\"resp-location\"", "id=\"resp-contractDate\"",
                "id=\"resp-submit\"", "id=\"resp-result\"", "id=\"rate-communityHouseholds\"",
                "id=\"rate-unitInService\"", "id=\"rate-article22ConditionsMet\"", "id=\"rate-submit\"",
                "id=\"rate-result\"", "id=\"temp-at\"", "id=\"temp-roomType\"", "id=\"temp-celsius\"",
                "id=\"temp-submit\"", "id=\"temp-result\"", "id=\"deadline-rule\"", "id=\"deadline-from\"",
                "id=\"deadline-submit\"", "id=\"deadline-result\"");
        assertThat(html).contains("hx-post=\"/policy/calculator/fee\"", "hx-target=\"#fee-result\"",
                "action=\"/policy/calculator/fee#fee\"");
    }

    @Test
    void prefillsTimesWithNowInShanghai() throws Exception {
        assertThat(body(get("/policy/calculator"))).contains("name=\"at\" value=\"2026-12-01T10:00\"");
    }

    @Test
    void saysItsTimesAreBeijingTimeInTheDefaultZone() throws Exception {
        assertThat(body(get("/policy/calculator"))).contains("时间均为北京时间。", "页面上的时间均为北京时间");
    }

    @Test
    void sendsAReloadedAnswerUrlBackToTheCalculator() throws Exception {
        mvc.perform(get("/policy/calculator/fee")).andExpect(redirectedUrl("/policy/calculator"));
    }

    @Nested
    class ConnectionFee {

        private MockHttpServletRequestBuilder quote(String area, String contractDate) {
            return post("/policy/calculator/fee").param("useType", "RESIDENTIAL").param("areaM2", area)
                    .param("contractDate", contractDate);
        }

        @Test
        @DisplayName("R-FEE-1: 100 m² residential signed 2021-05-01 costs 9000.00 under 淄政办发〔2019〕14号 (whole page)")
        void quotesTheFeeOnTheWholePage() throws Exception {
            String html = page(quote("100", "2021-05-01"));

            assertThat(html).contains("<span id=\"fee-amount\">9000.00</span>",
                    "<strong id=\"fee-document\">淄政办发〔2019〕14号</strong>", "90.00 元/㎡ × 100 ㎡");
            assertThat(html).contains("name=\"areaM2\" value=\"100\"", "name=\"contractDate\" value=\"2021-05-01\"");
        }

        @Test
        @DisplayName("R-FEE-1: the same quote for htmx is the result box alone")
        void quotesTheFeeInTheResultBoxForHtmx() throws Exception {
            assertThat(fragment(quote("100", "2021-05-01"), "fee-result"))
                    .contains("9000.00", "淄政办发〔2019〕14号", "有效期 2020-02-01 至 2025-01-31");
        }

        @Test
        @DisplayName("R-FEE-2: a contract signed before 2020-02-01 pays 65 yuan/m² under 淄政办发〔2008〕114号")
        void quotesTheOlderRateBeforeFebruary2020() throws Exception {
            assertThat(fragment(quote("100", "2020-01-31"), "fee-result")).contains("6500.00", "淄政办发〔2008〕114号");
        }

        @Test
        @DisplayName("R-BOUND-4: 2026-03-01 has no fee policy; the answer names the nearest, the 2019 version")
        void answersNoPolicyInForceNamingTheNearestVersion() throws Exception {
            String html = fragment(quote("100", "2026-03-01"), "fee-result");

            assertThat(html).contains("没有适用的政策", "2026-03-01 没有有效的供暖配套费政策", "淄政办发〔2019〕14号",
                    "2020-02-01 至 2025-01-31").doesNotContain("fee-amount");
        }

        @Test
        @DisplayName("R-FEE-3, R-SYS-4: an area with three decimals is refused inside the card, naming the field")
        void refusesAnAreaWithThreeDecimalsNamingTheField() throws Exception {
            String html = page(quote("1.234", "2021-05-01"));

            assertThat(html).contains("请检查「建筑面积（㎡）」", "建筑面积最多保留两位小数", "name=\"areaM2\" value=\"1.234\"");
            assertThat(html).containsPattern("id=\"fee-areaM2\"[^>]*class=\"invalid\"");
        }

        @Test
        @DisplayName("R-SYS-4: an area that is not a number is refused, never a 500")
        void refusesAnAreaThatIsNotANumber() throws Exception {
            assertThat(fragment(quote("一百", "2021-05-01"), "fee-result"))
                    .contains("请检查「建筑面积（㎡）」", "格式不对");
        }

        @Test
        void asksForAMissingArea() throws Exception {
            assertThat(fragment(quote("", "2021-05-01"), "fee-result")).contains("请检查「建筑面积（㎡）」", "请填写建筑面积");
        }
    }

    @Nested
    class Responsibility {

        private MockHttpServletRequestBuilder ask(String kind, String location, String contractDate) {
            return post("/policy/calculator/responsibility").param("customerKind", kind).param("location", location)
                    .param("contractDate", contractDate);
        }

        @Test
        @DisplayName("R-BOUND-1: since 2020-02-01 the company repairs up to the household entry port")
        void companyRepairsTheEntryPortUnderThe2019Rules() throws Exception {
            String html = fragment(ask("RESIDENTIAL", "ENTRY_PORT", "2021-05-01"), "resp-result");

            assertThat(html).contains("供热公司负责维修", "淄政办发〔2019〕14号", "第十条");
        }

        @Test
        @DisplayName("R-BOUND-2, R-BOUND-3: before 2020-02-01 the building's shared pipes belong to the owners")
        void ownersRepairTheSharedPipesUnderThe2008Rules() throws Exception {
            String html = page(ask("RESIDENTIAL", "BUILDING_PIPES", "2019-05-01"));

            assertThat(html).contains("业主共有，由业主负责维修", "淄政办发〔2008〕114号", "第十一条");
        }

        @Test
        @DisplayName("R-BOUND-3: the meter is the customer's, with advice on what to offer")
        void theMeterIsTheCustomers() throws Exception {
            assertThat(fragment(ask("RESIDENTIAL", "METER", "2021-05-01"), "resp-result"))
                    .contains("用户自有，由用户负责维修", "整改通知书", "有偿服务");
        }

        @Test
        void offersOnlyTheLocationsOnTheChosenCustomersPath() throws Exception {
            String html = body(get("/policy/calculator/locations").param("customerKind", "INSTITUTIONAL")
                    .header("HX-Request", "true"));

            assertThat(html.strip()).startsWith("<select id=\"resp-location\"");
            assertThat(html).contains("阀门井/总阀门井", "单位自有管网").doesNotContain("入户端口", "楼前阀门");
        }

        @Test
        void refusesALocationOffTheCustomersPath() throws Exception {
            assertThat(fragment(ask("INSTITUTIONAL", "METER", "2021-05-01"), "resp-result"))
                    .contains("请检查「故障位置」", "不在单位用户的供热路径上");
        }
    }

    @Nested
    class HeatingRate {

        private MockHttpServletRequestBuilder rate(String unitInService, boolean article22, boolean agreement) {
            MockHttpServletRequestBuilder request = post("/policy/calculator/heating-rate")
                    .param("communityHouseholds", "40").param("communityInService", "12")
                    .param("unitHouseholds", "10").param("unitInService", unitInService)
                    .param("_article22ConditionsMet", "on").param("_agreementSigned", "on");
            if (article22) {
                request.param("article22ConditionsMet", "true");
            }
            if (agreement) {
                request.param("agreementSigned", "true");
            }
            return request;
        }

        @Test
        @DisplayName("R-RATE-1..3: both rates as N/M = xx.xx%; exactly 70% owes 18 °C (the Decision)")
        void showsBothRatesAndTheTemperatureOwed() throws Exception {
            String html = fragment(rate("7", true, true), "rate-result");

            assertThat(html).contains("12/40 = 30.00%", "达 25% 以上，供热企业应当供热", "7/10 = 70.00%",
                    "卧室、起居室不低于 18℃");
        }

        @Test
        @DisplayName("R-RATE-3: between 30% and 70% a signed agreement decides")
        void anAgreementDecidesBetweenThirtyAndSeventyPercent() throws Exception {
            assertThat(page(rate("5", true, true))).contains("5/10 = 50.00%", "按供用热协议约定的温度");
        }

        @Test
        @DisplayName("R-RATE-4: without the Article 22 conditions no temperature is owed by the rate")
        void owesNothingWithoutTheArticle22Conditions() throws Exception {
            assertThat(fragment(rate("9", false, false), "rate-result")).contains("不能据用热率确定应保证的室温");
        }

        @Test
        void refusesMoreHouseholdsInServiceThanThereAre() throws Exception {
            assertThat(fragment(rate("11", true, false), "rate-result"))
                    .contains("请检查「单元用热户数」", "用热户数必须在 0 与总户数（10）之间");
        }
    }

    @Nested
    class Temperature {

        private MockHttpServletRequestBuilder judge(String at, String celsius, String outdoor) {
            return post("/policy/calculator/temperature").param("at", at).param("roomType", "BEDROOM")
                    .param("celsius", celsius).param("outdoorCelsius", outdoor)
                    .param("envelopeCompliant", "true").param("_envelopeCompliant", "on")
                    .param("indoorSystemNormal", "true").param("_indoorSystemNormal", "on");
        }

        @Test
        @DisplayName("R-TEMP-1, R-TEMP-3: 16.5 °C in a bedroom in the heating period is not compliant")
        void judgesAColdBedroomNotCompliant() throws Exception {
            String html = fragment(judge("2026-12-20T21:00", "16.5", "-3"), "temp-result");

            assertThat(html).contains("不达标", "18℃", "须为该户开工单跟进");
        }

        @Test
        @DisplayName("R-TEMP-1, R-TEMP-4: below Zibo's design outdoor temperature the reading is exempt, naming the condition")
        void exemptsAReadingBelowTheDesignOutdoorTemperature() throws Exception {
            String html = page(judge("2026-12-20T21:00", "16.5", "-8"));

            assertThat(html).contains("不计为不达标", "室外温度低于供热系统最低设计温度");
        }

        @Test
        @DisplayName("R-TEMP-4: the card shows the city's design outdoor temperature and its source")
        void showsTheDesignOutdoorTemperatureAndItsSource() throws Exception {
            assertThat(body(get("/policy/calculator")))
                    .contains("淄博供暖室外计算温度 -7.4℃（依据：GB 50736-2012 附录A 淄博 供暖室外计算温度）");
        }

        @Test
        @DisplayName("R-TEMP-3: outside the heating period the standard does not apply")
        void doesNotApplyOutsideTheHeatingPeriod() throws Exception {
            assertThat(fragment(judge("2026-07-01T21:00", "16.5", "20"), "temp-result")).contains("不适用室温标准");
        }

        @Test
        void asksForAMissingReading() throws Exception {
            assertThat(fragment(judge("2026-12-20T21:00", "", "-3"), "temp-result")).contains("请填写「室内温度（℃）」");
        }
    }

    @Nested
    class Deadlines {

        private MockHttpServletRequestBuilder due(String rule, String from) {
            return post("/policy/calculator/deadline").param("rule", rule).param("from", from);
        }

        @Test
        @DisplayName("R-SUP-3: on site within 30 minutes")
        void onSiteWithinHalfAnHour() throws Exception {
            assertThat(fragment(due("ON_SITE", "2026-12-01T03:15"), "deadline-result"))
                    .contains("2026-12-01 03:45", "时限 30 分钟");
        }

        @Test
        @DisplayName("R-ANS-4: a paid-service callback counts only 08:00–20:00")
        void paidServiceCallbackCountsOnlyDaytime() throws Exception {
            assertThat(page(due("PAID_SERVICE_CALLBACK", "2026-11-20T19:00")))
                    .contains("2026-11-22 19:00", "时限 24 小时", "只计每天 08:00–20:00");
        }

        @Test
        @DisplayName("R-APPT-4: in the operating period a changed visit is announced an hour before")
        void reschedulingInTheOperatingPeriodNeedsAnHour() throws Exception {
            assertThat(fragment(due("RESCHEDULE_NOTICE", "2026-12-05T09:00"), "deadline-result"))
                    .contains("最晚在此时间前通知用户改约", "2026-12-05 08:00", "处于运行期", "1 小时");
        }

        @Test
        @DisplayName("R-APPT-4: outside it, a day before")
        void reschedulingOutsideTheOperatingPeriodNeedsADay() throws Exception {
            assertThat(fragment(due("RESCHEDULE_NOTICE", "2027-07-05T09:00"), "deadline-result"))
                    .contains("2027-07-04 09:00", "处于非运行期", "1 天");
        }
    }

    @Nested
    class SeasonPhase {

        private MockHttpServletRequestBuilder at(String localTime) {
            return post("/policy/calculator/season").param("at", localTime);
        }

        @Test
        @DisplayName("R-SEASON-2, R-SEASON-4: 23:30 on 14 Nov in Zibo is still commissioning")
        void lateOnTheFourteenthIsCommissioning() throws Exception {
            assertThat(fragment(at("2026-11-14T23:30"), "season-result")).contains("热调试期", "2026-2027 供暖季");
        }

        @Test
        @DisplayName("R-SEASON-1: ten past midnight on 15 Nov in Zibo (still the 14th in UTC) is heating")
        void justAfterMidnightOnTheFifteenthIsHeating() throws Exception {
            assertThat(page(at("2026-11-15T00:10"))).contains("id=\"season-phase\"")
                    .containsPattern("id=\"season-phase\">\\s*<span>集中供热期</span>");
        }

        @Test
        @DisplayName("R-SEASON-4: off season names the next season and its dates")
        void offSeasonNamesTheNextSeason() throws Exception {
            assertThat(fragment(at("2027-07-01T12:00"), "season-result"))
                    .contains("非供暖期", "下一个供暖季是 2027-2028", "2027-11-15 至 2028-03-15");
        }
    }

    @Test
    @DisplayName("R-SYS-5: the calculator in English")
    void speaksEnglishOnRequest() throws Exception {
        assertThat(body(get("/policy/calculator").param("lang", "en")))
                .contains("Policy calculator", "Connection fee", "Calculate fee");
    }
}
