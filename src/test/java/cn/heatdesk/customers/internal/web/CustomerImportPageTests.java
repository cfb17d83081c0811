package cn.heatdesk.customers.internal.web;

import static cn.heatdesk.staff.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.customers.CustomerImports;
import cn.heatdesk.customers.ImportFiles;
import cn.heatdesk.customers.ImportJob;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.web.PageTest;
import cn.heatdesk.web.PageTestConfiguration;

/**
 * 导入用户档案 (R-SYS-4): the full page, the job box that htmx polls every second until the job has
 * finished, the upload with and without htmx, and who may use it.
 */
@PageTest
class CustomerImportPageTests {

    static final StaffMember MARKET = new StaffMember(701, "page-import-market", "陈静", StaffRole.MARKET_SERVICE);
    static final StaffMember OTHER = new StaffMember(702, "page-import-other", "吴芳", StaffRole.MARKET_SERVICE);
    static final StaffMember BUTLER = new StaffMember(703, "page-import-butler", "张伟", StaffRole.BUTLER);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CustomerImports imports;

    long branch;
    long area;

    @BeforeEach
    void community() {
        CustomerFixtures f = new CustomerFixtures(jdbc);
        branch = f.branch("PIB", "页面导入分公司");
        area = f.area(branch, "PIA", "页面导入片区", "P77", null);
        f.unit(f.building(f.community(area, "页面导入小区"), "7号楼", true, null), "1单元");
    }

    @AfterEach
    void removeEverything() {
        String customers = "SELECT id FROM customer WHERE area_id = :a";
        jdbc.sql("DELETE FROM customer_status_change WHERE customer_id IN (" + customers + ")").param("a", area).update();
        jdbc.sql("DELETE FROM customer_season_status WHERE customer_id IN (" + customers + ")").param("a", area).update();
        jdbc.sql("DELETE FROM customer WHERE area_id = :a").param("a", area).update();
        jdbc.sql("DELETE FROM unit WHERE building_id IN (SELECT b.id FROM building b JOIN community c ON c.id = b.community_id"
                + " WHERE c.area_id = :a)").param("a", area).update();
        jdbc.sql("DELETE FROM building WHERE community_id IN (SELECT id FROM community WHERE area_id = :a)")
                .param("a", area).update();
        jdbc.sql("DELETE FROM community WHERE area_id = :a").param("a", area).update();
        jdbc.sql("DELETE FROM area WHERE id = :a").param("a", area).update();
        jdbc.sql("DELETE FROM branch WHERE id = :b").param("b", branch).update();
        jdbc.sql("DELETE FROM customer_import_job WHERE imported_by LIKE 'page-import-%'").update();
    }

    String body(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String fragment(long job) throws Exception {
        String html = body(get("/customers/import/" + job).header("HX-Request", "true").with(as(MARKET)));
        assertThat(html.strip()).startsWith("<section id=\"import-job\"").doesNotContain("<html", "id=\"import-form\"");
        return html;
    }

    static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, content);
    }

    static byte[] oneHousehold() {
        return ImportFiles.csv(List.of(ImportFiles.household("PAGE-1", "页面导入小区", "301")));
    }

    long insertJob(String status, int total, int processed, int errors) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO customer_import_job (file_name, file_format, file_size, status, imported_by, created_at,
                                                 heartbeat_at, total_rows, processed_rows, imported_rows, error_count,
                                                 stored_errors, message)
                VALUES ('华润中央公园.xlsx', 'XLSX', 100, :status, :by, :at, :at, :total, :processed, :imported, :errors,
                        :errors, :message)
                """)
                .param("status", status).param("by", MARKET.username())
                .param("at", Timestamp.from(PageTestConfiguration.NOW)).param("total", total)
                .param("processed", processed).param("imported", status.equals("SUCCEEDED") ? total : 0)
                .param("errors", errors).param("message", errors > 0 ? "发现 " + errors + " 处错误，没有导入任何数据" : null)
                .update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 1; i <= errors; i++) {
            jdbc.sql("""
                    INSERT INTO customer_import_error (job_id, seq, row_number, column_name, cell_value, message)
                    VALUES (:id, :seq, :row, '联系电话', '12345', '联系电话格式不正确')
                    """).param("id", id).param("seq", i).param("row", i + 1).update();
        }
        return id;
    }

    @Test
    @DisplayName("R-SYS-4: the page offers the upload form, the template downloads and the documented columns")
    void showsTheUploadFormTheTemplateAndItsColumns() throws Exception {
        String html = body(get("/customers/import").with(as(MARKET)));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("导入用户档案", "id=\"nav-customer-import\"")
                .contains("id=\"import-form\"", "enctype=\"multipart/form-data\"", "hx-post=\"/customers/import\"",
                        "hx-encoding=\"multipart/form-data\"", "hx-target=\"#import-job\"", "name=\"_csrf\"",
                        "id=\"import-file\"", "accept=\".xlsx,.csv\"", "id=\"import-submit\"")
                .contains("href=\"/customers/import/template.xlsx\"", "href=\"/customers/import/template.csv\"")
                .contains("<strong>户号</strong>", "<strong>供热面积（㎡）</strong>", "<strong>约定室温（℃）</strong>",
                        "用热 / 报停 / 未开户")
                .contains("id=\"import-job\"", "选择文件并开始导入后，这里显示进度和结果。")
                .doesNotContain("hx-trigger=\"every 1s\"");
    }

    @Test
    @DisplayName("R-SYS-2: a butler may not import: 403, and no menu entry")
    void refusesRolesThatDoNotImport() throws Exception {
        mvc.perform(get("/customers/import").with(as(BUTLER))).andExpect(status().isForbidden());
        mvc.perform(multipart("/customers/import").file(file("a.csv", oneHousehold())).with(csrf()).with(as(BUTLER)))
                .andExpect(status().isForbidden());
        assertThat(body(get("/").with(as(BUTLER)))).doesNotContain("nav-customer-import");
    }

    @Test
    @DisplayName("R-SYS-4: a running job's box polls itself every second and shows the progress")
    void pollsARunningJobEverySecond() throws Exception {
        long id = insertJob("VALIDATING", 100_000, 40_000, 0);

        String html = fragment(id);

        assertThat(html).contains("hx-get=\"/customers/import/" + id + "\"", "hx-trigger=\"every 1s\"",
                "hx-swap=\"outerHTML\"", "id=\"import-progress\"", "value=\"20\"", "校验中",
                "已校验 40,000 行，共约 100,000 行", "华润中央公园.xlsx", "page-import-market 于 2026-12-01 10:00:00 上传");
    }

    @Test
    @DisplayName("R-SYS-4: a finished job's box stops polling and says how many households were imported")
    void stopsPollingWhenTheJobHasSucceeded() throws Exception {
        long id = insertJob("SUCCEEDED", 1_234, 1_234, 0);

        String html = fragment(id);

        assertThat(html).contains("id=\"import-result\"", "1,234 户已导入").doesNotContain("hx-trigger", "hx-get");
    }

    @Test
    @DisplayName("R-SYS-4: a failed job shows its first 100 errors and links the full report")
    void showsTheFirstHundredErrorsAndTheFullReport() throws Exception {
        long id = insertJob("FAILED", 150, 150, 150);

        String html = fragment(id);

        assertThat(html).contains("导入失败，没有导入任何数据", "发现 150 处错误", "共 150 处错误，下面列出前 100 处",
                "href=\"/customers/import/" + id + "/errors.xlsx\"").doesNotContain("hx-trigger");
        assertThat(html.split("联系电话格式不正确", -1)).hasSize(101);
        assertThat(html).contains("<td data-label=\"行号\">101</td>").doesNotContain("<td data-label=\"行号\">102</td>");
        byte[] report = mvc.perform(get("/customers/import/" + id + "/errors.xlsx").with(as(MARKET)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(report).startsWith('P', 'K');
    }

    @Test
    @DisplayName("R-SYS-4: an upload through htmx answers with the job box, which ends with the households imported")
    void uploadsWithHtmxAndFollowsTheJobToItsEnd() throws Exception {
        var response = mvc.perform(multipart("/customers/import").file(file("一户.csv", oneHousehold()))
                        .header("HX-Request", "true").with(csrf()).with(as(MARKET)))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Push-Url", org.hamcrest.Matchers.startsWith("/customers/import/")))
                .andReturn().getResponse();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8).strip()).startsWith("<section id=\"import-job\"")
                .contains("一户.csv");
        long id = Long.parseLong(response.getHeader("HX-Push-Url").substring("/customers/import/".length()));

        ImportJob job = await().atMost(Duration.ofSeconds(30)).until(() -> imports.job(id, MARKET), ImportJob::finished);

        assertThat(job.importedRows()).isEqualTo(1);
        assertThat(fragment(id)).contains("1 户已导入");
    }

    @Test
    void uploadsWithoutJavaScriptAndLandsOnTheJobsPage() throws Exception {
        String location = mvc.perform(multipart("/customers/import").file(file("一户.csv", oneHousehold()))
                        .with(csrf()).with(as(MARKET)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/customers/import/\\d+");
        long id = Long.parseLong(location.substring("/customers/import/".length()));
        await().atMost(Duration.ofSeconds(30)).until(() -> imports.job(id, MARKET), ImportJob::finished);

        assertThat(body(get(location).with(as(MARKET)))).startsWith("<!DOCTYPE html>").contains("id=\"import-job\"",
                "一户.csv", "id=\"import-form\"");
    }

    @Test
    @DisplayName("R-SYS-4: a bad upload is explained in the job box, in Chinese")
    void explainsABadUploadInTheJobBox() throws Exception {
        String empty = body(multipart("/customers/import").file(file("空.csv", new byte[0]))
                .header("HX-Request", "true").with(csrf()).with(as(MARKET)));
        assertThat(empty).contains("id=\"import-upload-error\"", "这个文件不能导入", "是空的");

        String wrongType = body(multipart("/customers/import").file(file("户.docx", new byte[] { 1 }))
                .with(csrf()).with(as(MARKET)));
        assertThat(wrongType).startsWith("<!DOCTYPE html>").contains("只能导入 .xlsx 或 .csv 文件");

        String none = body(multipart("/customers/import").header("HX-Request", "true").with(csrf()).with(as(MARKET)));
        assertThat(none).contains("请选择要导入的 .xlsx 或 .csv 文件");
    }

    @Test
    @DisplayName("R-SYS-2: another staff member's import is not found")
    void answers404ForAnotherStaffMembersJob() throws Exception {
        long id = insertJob("SUCCEEDED", 1, 1, 0);

        mvc.perform(get("/customers/import/" + id).with(as(OTHER)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsTheRecentImports() throws Exception {
        long id = insertJob("SUCCEEDED", 12, 12, 0);

        assertThat(body(get("/customers/import").with(as(MARKET))))
                .contains("href=\"/customers/import/" + id + "\"", "12 户", "已完成");
    }

    @Test
    void servesTheTemplatesFromThePage() throws Exception {
        byte[] xlsx = mvc.perform(get("/customers/import/template.xlsx").with(as(MARKET)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith('P', 'K');
        String csv = mvc.perform(get("/customers/import/template.csv").with(as(MARKET)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF户号,小区");
    }

    @Test
    @DisplayName("R-SYS-5: the page speaks English on request")
    void speaksEnglish() throws Exception {
        assertThat(body(get("/customers/import").param("lang", "en").with(as(MARKET))))
                .contains("Import customer files", "Start import", "Excel template (.xlsx)");
    }

    @Test
    void redirectsAnAnonymousVisitorToSignIn() throws Exception {
        mvc.perform(get("/customers/import")).andExpect(redirectedUrl("/login"));
    }
}
