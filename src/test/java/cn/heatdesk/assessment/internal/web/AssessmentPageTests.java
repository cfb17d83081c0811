package cn.heatdesk.assessment.internal.web;

import static cn.heatdesk.staff.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.assessment.AssessmentRecords;
import cn.heatdesk.assessment.NewAssessmentRecord;
import cn.heatdesk.assessment.domain.AssessmentKind;
import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.web.PageTest;
import cn.heatdesk.web.PageTestConfiguration;
import cn.heatdesk.workorders.NewOrder;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.Channel;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.Urgency;
import cn.heatdesk.workorders.domain.WorkOrder;

/**
 * 考核, its Excel export, 登记确认投诉 and 监督看板 as pages (R-SUP-5, R-SUP-6, R-NOTIFY-6), at the page tests' fixed
 * time (1 December 2026, so “this month” is December 2026). Each test rolls back.
 */
@PageTest
@Transactional
class AssessmentPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffDirectory staff;
    @Autowired
    WorkOrders workOrders;
    @Autowired
    AssessmentRecords records;

    String tag;
    StaffMember butler;
    StaffMember supervisor;
    StaffMember dispatcher;
    long area;
    long otherArea;
    long household;

    @BeforeEach
    void district() {
        tag = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36, 36 * 36 * 36 * 36 * 36), 36);
        butler = staff.createAccount("pbutler-" + tag, "张伟", StaffRole.BUTLER, "a-long-test-password");
        supervisor = staff.createAccount("psup-" + tag, "孙丽", StaffRole.SUPERVISOR, "a-long-test-password");
        dispatcher = staff.createAccount("pdisp-" + tag, "刘洋", StaffRole.BRANCH_DISPATCHER, "a-long-test-password");
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long east = f.branch("PE" + tag, "东分公司" + tag);
        long west = f.branch("PW" + tag, "西分公司" + tag);
        area = f.area(east, "PA" + tag, "一片区" + tag, "7" + tag, butler.username());
        otherArea = f.area(west, "PB" + tag, "二片区" + tag, "8" + tag, null);
        f.dispatcherOf(dispatcher.username(), east);
        long unit = f.unit(f.building(f.community(area, "花园" + tag), "12号楼", true, LocalDate.of(2019, 6, 1)), "2单元");
        household = f.household(area, unit, "P" + tag, "301", "王建华", "13812345678", null, "花园" + tag + "12号楼2单元301",
                "100.00", LocalDate.of(2021, 3, 1));
    }

    private String html(MockHttpServletRequestBuilder request, StaffMember who) throws Exception {
        return mvc.perform(request.with(as(who)).accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private void complaintAgainstTheButler() {
        workOrders.register(NewOrder.hotline(OrderKind.COMPLAINT, Urgency.GENERAL, household, "暖气不热"), supervisor);
        records.record(new NewAssessmentRecord(AssessmentKind.CONFIRMED_COMPLAINT, butler.username(), area,
                "回访核实属实", null, null, null, null), supervisor);
    }

    @Test
    void rSup6_showsThePeriodPickerTabsChartsAndAPersonsLine() throws Exception {
        complaintAgainstTheButler();

        String page = html(get("/assessment"), supervisor);

        assertThat(page).startsWith("<!DOCTYPE html>").contains("id=\"assessment-range\"", "id=\"tab-person\"",
                "id=\"tab-unit\"", "id=\"assessment-breach-chart\"", "id=\"assessment-satisfaction-chart\"",
                "/echarts.min.js\"", "id=\"assessment-export\"", "2026-12-01 至 2026-12-31（共 31 天）");
        int line = page.indexOf("id=\"line-" + butler.username() + "\"");
        assertThat(line).isPositive();
        assertThat(page.substring(line, page.indexOf("</tr>", line))).contains("张伟（" + butler.username() + "）",
                "data-breaches=\"0\"", "data-complaints=\"1\"", "未接通过");
    }

    @Test
    void rSup6_theUnitTabShowsAreasWithTheirBranchAndATotal() throws Exception {
        complaintAgainstTheButler();

        String page = html(get("/assessment").param("view", "unit").param("range", "LAST_MONTH"), supervisor);
        assertThat(page).contains("2026-11-01 至 2026-11-30").doesNotContain("id=\"line-" + area + "\"");

        page = html(get("/assessment").param("view", "unit"), supervisor);
        int line = page.indexOf("id=\"line-" + area + "\"");
        assertThat(line).isPositive();
        assertThat(page.substring(line, page.indexOf("</tr>", line))).contains("一片区" + tag, "东分公司" + tag);
        assertThat(page).contains("id=\"line-total\"");
    }

    @Test
    void rSup6_ordersWithNobodyOnThemAreShownAsUnassignedInTheViewersLanguage() throws Exception {
        // An unmatched caller's order waits in the dispatcher's queue with no one assigned.
        workOrders.register(NewOrder.unmatchedCaller(Channel.HOTLINE_968111, OrderKind.REPAIR, Urgency.GENERAL, "李先生",
                "13900001111", "某小区5号楼", "暖气漏水"), supervisor);

        String chinese = html(get("/assessment"), supervisor);
        int line = chinese.indexOf("id=\"line-none\"");
        assertThat(line).isPositive();
        assertThat(chinese.substring(line, chinese.indexOf("</tr>", line))).contains("data-name=\"（未分派）\"",
                "<strong>（未分派）</strong>");

        String english = html(get("/assessment").param("lang", "en"), supervisor);
        line = english.indexOf("id=\"line-none\"");
        assertThat(line).isPositive();
        assertThat(english.substring(line, english.indexOf("</tr>", line))).contains("data-name=\"(unassigned)\"",
                "<strong>(unassigned)</strong>").doesNotContain("未分派");
    }

    @Test
    void answersHtmxWithTheReportFragmentAlone() throws Exception {
        String fragment = html(get("/assessment").param("range", "CUSTOM").param("from", "2026-11-15")
                .param("to", "2026-12-01").header("HX-Request", "true"), supervisor);

        assertThat(fragment).startsWith("<div id=\"report\"").doesNotContain("<html")
                .contains("2026-11-15 至 2026-12-01（共 17 天）");
    }

    @Test
    void aCustomPeriodWithoutItsDatesFallsBackToThisMonthWithAMessage() throws Exception {
        String page = html(get("/assessment").param("range", "CUSTOM").param("from", "2026-11-15"), supervisor);

        assertThat(page).contains("id=\"period-error\"", "请选择开始和结束日期", "2026-12-01 至 2026-12-31");
    }

    @Test
    void rSysTwo_aBranchDispatcherSeesOnlyTheirBranchsAreas() throws Exception {
        complaintAgainstTheButler();
        records.record(new NewAssessmentRecord(AssessmentKind.CONFIRMED_COMPLAINT, null, otherArea, "西边的投诉", null,
                null, null, null), supervisor);

        String page = html(get("/assessment").param("view", "unit"), dispatcher);

        assertThat(page).contains("id=\"line-" + area + "\"").doesNotContain("id=\"line-" + otherArea + "\"");
        assertThat(html(get("/assessment").param("view", "unit"), supervisor)).contains("id=\"line-" + otherArea + "\"");
    }

    @Test
    void rSysTwo_butlersAndHotlineAgentsMayNotOpenTheAssessmentOrTheBoard() throws Exception {
        for (String path : new String[] { "/assessment", "/assessment/export", "/assessment/complaints", "/supervision" }) {
            mvc.perform(get(path).with(as(butler)).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/supervision").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
    }

    @Test
    void rSup6_exportsTheTableAsAnExcelWorkbookWithBothCountsOfEveryShare() throws Exception {
        complaintAgainstTheButler();

        byte[] xlsx = mvc.perform(get("/assessment/export").param("range", "THIS_MONTH").with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("filename*=UTF-8''%E8%80%83%E6%A0%B8_2026-12-01_2026-12-31.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("个人考核");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("单位考核");
            assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("说明");
            Sheet people = workbook.getSheetAt(0);
            Row header = people.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("人员");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("受理工单");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("超时：半小时到位");
            Row butlerRow = null;
            for (Row row : people) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().contains(butler.username())) {
                    butlerRow = row;
                }
            }
            assertThat(butlerRow).as("the butler's row").isNotNull();
            int last = header.getLastCellNum() - 1;
            assertThat(header.getCell(last - 6).getStringCellValue()).isEqualTo("确认投诉");
            assertThat(butlerRow.getCell(last - 6).getNumericCellValue()).isEqualTo(1.0);
            assertThat(butlerRow.getCell(last - 1).getStringCellValue()).isEqualTo("0/0");
            assertThat(butlerRow.getCell(last).getStringCellValue()).isEqualTo("—");
            Sheet units = workbook.getSheetAt(1);
            Row total = units.getRow(units.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(workbook.getSheetAt(2).getRow(1).getCell(1).getStringCellValue()).isEqualTo("2026-12-01 至 2026-12-31");
        }
    }

    @Test
    void rNotify6_recordsAConfirmedNonNotificationFromTheComplaintsPage() throws Exception {
        String form = html(get("/assessment/complaints"), supervisor);
        assertThat(form).contains("id=\"complaint-form\"", "未按规定告知（R-NOTIFY-6）", "一片区" + tag);

        mvc.perform(post("/assessment/complaints").with(as(supervisor)).with(csrf())
                        .param("kind", "NON_NOTIFICATION").param("responsibleUsername", butler.username())
                        .param("responsibleAreaId", String.valueOf(area)).param("basis", "停热前未张贴通知，经核实属实")
                        .param("orderNumber", "GD202612010001"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/assessment/complaints"));

        String after = html(get("/assessment/complaints"), supervisor);
        assertThat(after).contains("停热前未张贴通知，经核实属实", "张伟 / 一片区" + tag, "（GD202612010001）");
        String table = html(get("/assessment"), supervisor);
        int line = table.indexOf("id=\"line-" + butler.username() + "\"");
        assertThat(table.substring(line, table.indexOf("</tr>", line))).contains("data-complaints=\"1\"");
    }

    @Test
    void showsTheReasonAndKeepsWhatWasTypedWhenTheBasisIsMissing() throws Exception {
        String page = mvc.perform(post("/assessment/complaints").with(as(supervisor)).with(csrf())
                        .param("kind", "CONFIRMED_COMPLAINT").param("responsibleUsername", butler.username())
                        .param("basis", " ").param("reference", "REF-" + tag).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"complaint-error\"", "请写明确认依据", "REF-" + tag);
    }

    @Test
    @DisplayName("R-SUP-5: the board links every order to its page and names people rather than their logins")
    void rSup5_theBoardLinksOrdersAndNamesPeople() throws Exception {
        WorkOrder dueSoon = workOrders.register(new NewOrder(Channel.HOTLINE_968111, OrderKind.COMPLAINT,
                Urgency.GENERAL, household, null, null, null, "暖气不热", PageTestConfiguration.NOW.minusSeconds(27 * 60),
                null, null, null), supervisor);

        String page = html(get("/supervision"), dispatcher);

        int table = page.indexOf("id=\"board-warnings\"");
        assertThat(page.substring(table, page.indexOf("</table>", table)))
                .contains("href=\"/orders/" + dueSoon.id() + "\"", dueSoon.number(), "张伟 / 一片区" + tag)
                .doesNotContain(butler.username());
    }

    @Test
    void rSup5_theBoardShowsItsFiguresListsAndChartsAndRefreshesEveryMinute() throws Exception {
        workOrders.register(NewOrder.hotline(OrderKind.COMPLAINT, Urgency.GENERAL, household, "暖气不热"), supervisor);

        String page = html(get("/supervision"), dispatcher);

        assertThat(page).contains("hx-trigger=\"every 60s\"", "id=\"tile-breaches\"", "id=\"tile-warnings\"",
                "id=\"tile-callbacks\"", "id=\"tile-open\"", "id=\"board-open-chart\"", "id=\"board-breach-chart\"",
                "/echarts.min.js\"");
        int open = page.indexOf("id=\"board-open\"");
        assertThat(page.substring(open, page.indexOf("</table>", open))).contains("一片区" + tag, "data-count=\"1\"");
        String fragment = html(get("/supervision").header("HX-Request", "true"), dispatcher);
        assertThat(fragment).startsWith("<div id=\"board\"").doesNotContain("<html");
    }
}
