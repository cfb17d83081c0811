package cn.heatdesk.customers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.customers.CustomerExports;
import cn.heatdesk.web.PageTest;

/**
 * Issue 3's "export any filtered list to Excel": the files are opened with POI and read back — Chinese
 * headers, the rows of the filtered, scoped list, phones masked (R-SYS-2), rates with their fractions.
 */
@PageTest
@Transactional
class CustomerExportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    PageDistrict district;

    @BeforeEach
    void district() {
        district = new PageDistrict(jdbc);
    }

    private MockHttpServletResponse download(MockHttpServletRequestBuilder request, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse();
    }

    /** Every row of a sheet as the cells' displayed text. */
    private static List<List<String>> rows(XSSFWorkbook workbook, String sheetName) {
        Sheet sheet = workbook.getSheet(sheetName);
        assertThat(sheet).as(sheetName).isNotNull();
        DataFormatter text = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? "" : text.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static XSSFWorkbook open(MockHttpServletResponse response) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    @Test
    @DisplayName("R-SYS-2: search results export with Chinese headers and masked phones")
    void exportsSearchResultsWithMaskedPhones() throws Exception {
        MockHttpServletResponse response = download(get("/customers/export").param("q", "12号楼2单元"),
                PageDistrict.agent());

        assertThat(response.getContentType()).isEqualTo(CustomerExports.CONTENT_TYPE);
        try (XSSFWorkbook workbook = open(response)) {
            List<List<String>> rows = rows(workbook, "查询结果");
            assertThat(rows.get(0)).containsExactly("户号", "户主/单位", "联系电话（已隐藏）", "地址", "供热片区", "管家",
                    "用户类型", "2026-2027 供暖季状态");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1)).containsExactly("P0001", "王建华", "138****5678", "页测花园12号楼2单元301", "页测一片区",
                    "管家P01号", "居民用户", "用热");
            assertThat(rows.get(2)).contains("P0002", "李秀英", "139****5678", "未开户");
            assertThat(rows.toString()).doesNotContain("13812345678", "13900005678");
            assertThat(rows(workbook, "说明").toString()).contains("12号楼2单元", "2 条", "agent的名字", "2026-12-01 10:00",
                    "个人信息");
        }
    }

    @Test
    void namesTheFileInChineseWithAnAsciiFallback() throws Exception {
        MockHttpServletResponse response = download(get("/customers/export").param("q", "王"), PageDistrict.agent());

        // 用户档案查询-2026-12-01.xlsx, percent-encoded as UTF-8 (RFC 5987).
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"customers.xlsx\"; "
                + "filename*=UTF-8''%E7%94%A8%E6%88%B7%E6%A1%A3%E6%A1%88%E6%9F%A5%E8%AF%A2-2026-12-01.xlsx");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    @DisplayName("R-SYS-2: a butler's export holds only their area")
    void exportsOnlyTheButlersArea() throws Exception {
        try (XSSFWorkbook workbook = open(download(get("/customers/export").param("q", "王"), PageDistrict.butler()))) {
            assertThat(rows(workbook, "查询结果")).extracting(r -> r.get(0)).containsExactly("户号", "P0001");
        }
    }

    @Test
    @DisplayName("R-RATE-1..4: heating rates export with numerator, denominator, percentage and what follows")
    void exportsHeatingRatesOfTheFilter() throws Exception {
        MockHttpServletResponse response = download(get("/customers/heating-rates/export")
                .param("branch", String.valueOf(district.westBranch)), PageDistrict.agent());

        assertThat(response.getHeader("Content-Disposition")).contains("filename=\"heating-rates.xlsx\"",
                "filename*=UTF-8''%E7%94%A8%E7%83%AD%E7%8E%87-2026-2027");
        try (XSSFWorkbook workbook = open(response)) {
            List<List<String>> communities = rows(workbook, "小区用热率");
            assertThat(communities.get(0)).containsExactly("分公司", "供热片区", "小区", "用热户数", "总户数", "用热率（户数）",
                    "用热率", "是否应当供热（25%）");
            assertThat(communities).hasSize(3);
            assertThat(communities).contains(List.of("页测西分公司", "页测二片区", "页测公园", "1", "4", "1/4", "25.00%",
                    "达 25% 以上，供热企业应当供热"));
            assertThat(communities).anySatisfy(r -> assertThat(r).contains("页测新村", "6/25", "24.00%",
                    "不足 25%，由供热企业决定是否供热"));
            List<List<String>> units = rows(workbook, "单元用热率");
            assertThat(units.get(0)).contains("符合第二十二条条件", "应保证的室温（30%/70%）");
            assertThat(units).anySatisfy(r -> assertThat(r).contains("页测公园", "否", "1/4",
                    "不符合第二十二条条件，不能据用热率确定应保证的室温"));
            assertThat(rows(workbook, "说明").toString()).contains("页测西分公司", "已签订供用热协议的住户按协议约定执行");
        }
    }

    @Test
    void exportsTheThresholdUnitsWithTheirStandard() throws Exception {
        try (XSSFWorkbook workbook = open(download(get("/customers/heating-rates/export"), PageDistrict.butler()))) {
            List<List<String>> units = rows(workbook, "单元用热率");
            assertThat(units).contains(List.of("页测花园", "12号楼", "3单元", "是", "7", "10", "7/10", "70.00%",
                    "卧室、起居室不低于 18℃"));
            assertThat(units).anySatisfy(r -> assertThat(r).contains("5号楼", "2单元", "2/10", "20.00%",
                    "由供热企业决定是否供热（供热须签协议）"));
            assertThat(units.toString()).doesNotContain("页测公园");
        }
    }
}
