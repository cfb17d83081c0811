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

import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.web.PageTest;

/** 用户档案 search: the page, the htmx results fragment, the empty states and the scope (R-SYS-2). */
@PageTest
@Transactional
class CustomerSearchPageTests {

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

    @Test
    void showsTheSearchPageWithTheBoxAndTheHint() throws Exception {
        String page = html(get("/customers"), PageDistrict.agent());

        assertThat(page).startsWith("<!DOCTYPE html>").contains("id=\"q\"", "hx-trigger=\"input changed delay:250ms, search\"",
                "id=\"search-empty\"", "“12号楼2单元”");
        assertThat(page).as("the page's own box replaces the header's").doesNotContain("id=\"header-q\"");
    }

    @Test
    void findsByAnAddressFragmentOnTheFullPageWithPhonesMasked() throws Exception {
        String page = html(get("/customers").param("q", "12号楼2单元"), PageDistrict.agent());

        assertThat(page).startsWith("<!DOCTYPE html>").contains("P0001", "王建华", "P0002", "李秀英",
                "href=\"/customers/" + district.wang + "\"", "138****5678", "139****5678", "找到 2 户");
        assertThat(page).doesNotContain("13812345678", "13900005678");
    }

    @Test
    void answersHtmxWithTheResultsAloneCarryingTheQuery() throws Exception {
        String fragment = html(get("/customers").param("q", "5678").header("HX-Request", "true"), PageDistrict.agent());

        assertThat(fragment.strip()).startsWith("<div class=\"search-results\" data-query=\"5678\"");
        assertThat(fragment).doesNotContain("<html", "<form").contains("id=\"result-0\"", "id=\"result-1\"",
                "138****5678").doesNotContain("13812345678");
    }

    @Test
    void givesTheHeaderAFewResultsAndALinkToAllOfThem() throws Exception {
        String fragment = html(get("/customers").param("q", "页测花园").param("size", "8").header("HX-Request", "true"),
                PageDistrict.agent());

        assertThat(fragment).contains("id=\"result-7\"").doesNotContain("id=\"result-8\"")
                .contains("href=\"/customers?q=", "查看全部结果");
    }

    @Test
    void saysPlainlyWhatToTryWhenNothingIsFound() throws Exception {
        String fragment = html(get("/customers").param("q", "不存在的人").header("HX-Request", "true"),
                PageDistrict.agent());

        assertThat(fragment).contains("id=\"search-none\"", "没有找到「不存在的人」。可以试试户号、手机号后四位、户主姓名或“12号楼2单元”这样的地址片段。");
    }

    @Test
    @DisplayName("R-SYS-2: a butler finds only the customers of their own area")
    void scopesTheResultsToTheButlersArea() throws Exception {
        String page = html(get("/customers").param("q", "王"), PageDistrict.butler());

        assertThat(page).contains("王建华").doesNotContain("王小明");
    }

    @Test
    @DisplayName("R-SYS-2: a dispatcher without a branch is told why nothing shows")
    void tellsADispatcherWithoutABranchWhyNothingShows() throws Exception {
        String page = html(get("/customers").param("q", "王"), PageDistrict.as(StaffRole.BRANCH_DISPATCHER, "nobody"));

        assertThat(page).contains("id=\"search-no-scope\"").doesNotContain("王建华");
    }

    @Test
    void putsTheSearchBoxInTheHeaderOfOtherPages() throws Exception {
        String home = html(get("/"), PageDistrict.as(StaffRole.PRODUCTION_MANAGEMENT, "production"));

        assertThat(home).contains("id=\"header-q\"", "hx-get=\"/customers\"", "hx-target=\"#header-search-results\"",
                "id=\"nav-customers\"", "id=\"nav-heatingRates\"");
    }

    @Test
    void offersTheResultsAsAnExcelFile() throws Exception {
        assertThat(html(get("/customers").param("q", "王"), PageDistrict.agent()))
                .contains("href=\"/customers/export?q=%E7%8E%8B\"");
    }
}
