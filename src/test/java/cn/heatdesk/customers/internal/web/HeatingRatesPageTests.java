package cn.heatdesk.customers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.web.PageTest;

/** 用热率: every rate with numerator and denominator (R-RATE-1), on both sides of each threshold (R-RATE-2..4). */
@PageTest
@Transactional
class HeatingRatesPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    PageDistrict district;

    @BeforeEach
    void district() {
        district = new PageDistrict(jdbc);
    }

    private String html(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** The table row whose id is given, up to its end. */
    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private String unitRow(String page, String name) {
        int at = page.indexOf(name);
        assertThat(at).as(name).isNotNegative();
        int start = page.lastIndexOf("<tr", at);
        return page.substring(start, page.indexOf("</tr>", at));
    }

    @Test
    void showsTheFiltersTheChartAndBothTables() throws Exception {
        String page = html(get("/customers/heating-rates"), PageDistrict.agent());

        assertThat(page).startsWith("<!DOCTYPE html>").contains("id=\"rates-season\"", "id=\"rates-branch\"",
                "id=\"rates-area\"", "id=\"rates-community\"", "id=\"rates-chart\"", "/echarts.min.js\"",
                "id=\"community-rates\"", "id=\"unit-rates\"", "id=\"rates-agreement-note\"", "id=\"rates-export\"");
    }

    @Test
    @DisplayName("R-RATE-2: exactly 25 % must be supplied; 24 % is the company's decision — both flagged as close")
    void showsCommunityRatesOnBothSidesOf25Percent() throws Exception {
        String page = html(get("/customers/heating-rates"), PageDistrict.agent());

        assertThat(row(page, "community-" + district.parkCommunity)).contains("1/4 = 25.00%", "供热企业应当供热",
                "near-threshold", "再少 1 户就低于 25%");
        assertThat(page).contains("6/25 = 24.00%", "还差 1 户达到 25%", "不足 25%，由供热企业决定是否供热");
        assertThat(row(page, "community-" + district.gardenCommunity)).contains("13/32 = 40.62%")
                .doesNotContain("near-threshold");
    }

    @Test
    @DisplayName("R-RATE-3: 70 % and 30 % owe 18 °C (no agreement), 20 % leaves it to the company")
    void showsUnitRatesAtTheThresholds() throws Exception {
        String page = html(get("/customers/heating-rates"), PageDistrict.agent());

        assertThat(unitRow(page, "页测花园 12号楼 3单元")).contains("7/10 = 70.00%", "卧室、起居室不低于 18℃",
                "再少 1 户就低于 70%");
        assertThat(unitRow(page, "页测花园 5号楼 1单元")).contains("3/10 = 30.00%", "卧室、起居室不低于 18℃");
        assertThat(unitRow(page, "页测花园 5号楼 2单元")).contains("2/10 = 20.00%", "由供热企业决定是否供热");
    }

    @Test
    @DisplayName("R-RATE-4: a building without the Article 22 conditions owes no standard by rate")
    void saysWhenNoStandardFollowsFromTheRate() throws Exception {
        String page = html(get("/customers/heating-rates"), PageDistrict.agent());

        assertThat(unitRow(page, "页测公园 1号楼 1单元")).contains("1/4 = 25.00%", "不符合", "不能据用热率确定应保证的室温")
                .doesNotContain("near-threshold");
    }

    @Test
    void answersAFilterChangeWithTheFragmentOnly() throws Exception {
        String fragment = html(get("/customers/heating-rates").param("community", String.valueOf(district.parkCommunity))
                .header("HX-Request", "true"), PageDistrict.agent());

        assertThat(fragment.strip()).startsWith("<div id=\"rates\"");
        assertThat(fragment).doesNotContain("<html").contains("1/4 = 25.00%").doesNotContain("13/32", "6/25")
                .contains("community=" + district.parkCommunity);
    }

    @Test
    void dropsAnAreaThatIsNotInTheChosenBranch() throws Exception {
        String page = html(get("/customers/heating-rates").param("branch", String.valueOf(district.eastBranch))
                .param("area", String.valueOf(district.area2)), PageDistrict.agent());

        assertThat(page).contains("13/32 = 40.62%").doesNotContain("1/4 = 25.00%", "页测二片区（");
    }

    @Test
    @DisplayName("R-SYS-2: a butler sees and may filter only their own area's communities")
    void scopesTheListsAndTheFiltersToTheButlersArea() throws Exception {
        String page = html(get("/customers/heating-rates"), PageDistrict.butler());

        assertThat(page).contains("13/32 = 40.62%").doesNotContain("页测公园", "页测新村", "页测西分公司");
        assertThat(page).as("one branch and one area need no select").doesNotContain("id=\"rates-branch\"",
                "id=\"rates-area\"");
    }

    @Test
    void asksForAnotherAreasCommunityGivesNothingOfIt() throws Exception {
        String page = html(get("/customers/heating-rates").param("community", String.valueOf(district.parkCommunity)),
                PageDistrict.butler());

        assertThat(page).doesNotContain("1/4 = 25.00%", "页测公园");
    }
}
