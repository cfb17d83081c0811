package cn.heatdesk.customers;

import static cn.heatdesk.staff.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.support.H2Test;

/** The import API's contract: status codes, problem details, downloads (R-SYS-4, R-SYS-2). */
@SpringBootTest
@H2Test
class CustomerImportApiTest {

    static final StaffMember ADMIN = new StaffMember(801, "api-import-admin", "管理员", StaffRole.ADMINISTRATOR);
    static final StaffMember MARKET = new StaffMember(802, "api-import-market", "陈静", StaffRole.MARKET_SERVICE);
    static final StaffMember OTHER = new StaffMember(803, "api-import-other", "吴芳", StaffRole.MARKET_SERVICE);
    static final StaffMember BUTLER = new StaffMember(804, "api-import-butler", "张伟", StaffRole.BUTLER);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, content);
    }

    /** A file that validates but names a community nobody has: the job ends FAILED with one error. */
    static MockMultipartFile unknownCommunity() {
        return file("户.csv", ImportFiles.csv(List.of(ImportFiles.household("API-1", "没有这个小区", "101"))));
    }

    @AfterEach
    void removeJobs() {
        jdbc.sql("DELETE FROM customer_import_job WHERE imported_by LIKE 'api-import-%'").update();
    }

    long startAndFinish(StaffMember member) throws Exception {
        String body = mvc.perform(multipart("/api/v1/customers/imports").file(unknownCommunity()).with(as(member)))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        awaitFinished(id, member);
        return id;
    }

    void awaitFinished(long id, StaffMember member) {
        await().atMost(Duration.ofSeconds(30)).until(() -> JsonPath.<Boolean>read(
                mvc.perform(get("/api/v1/customers/imports/" + id).with(as(member))).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8), "$.finished"));
    }

    @Nested
    @DisplayName("POST /api/v1/customers/imports")
    class Start {

        @Test
        void answers202WithTheQueuedJobAndWhereToPollIt() throws Exception {
            String body = mvc.perform(multipart("/api/v1/customers/imports").file(unknownCommunity()).with(as(MARKET)))
                    .andExpect(status().isAccepted())
                    .andExpect(header().string("Location", startsWith("/api/v1/customers/imports/")))
                    .andExpect(jsonPath("$.id").isNumber())
                    .andExpect(jsonPath("$.fileName").value("户.csv"))
                    .andExpect(jsonPath("$.status").isString())
                    .andExpect(jsonPath("$.importedBy").value(MARKET.username()))
                    .andExpect(jsonPath("$.createdAt").value(containsString("+08:00")))
                    .andExpect(jsonPath("$.errorReport").value(containsString("/errors.xlsx")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            awaitFinished(((Number) JsonPath.read(body, "$.id")).longValue(), MARKET);
        }

        @Test
        void answers401WithoutCredentials() throws Exception {
            mvc.perform(multipart("/api/v1/customers/imports").file(unknownCommunity()))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("UNAUTHORIZED"));
        }

        @Test
        @DisplayName("R-SYS-2: a butler may not import: 403")
        void answers403ToARoleThatDoesNotImport() throws Exception {
            mvc.perform(multipart("/api/v1/customers/imports").file(unknownCommunity()).with(as(BUTLER)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"))
                    .andExpect(jsonPath("$.detail").value(containsString("无权导入")));
        }

        @Test
        @DisplayName("R-SYS-4: an empty file is 400 naming the field")
        void answers400ForAnEmptyFile() throws Exception {
            mvc.perform(multipart("/api/v1/customers/imports").file(file("空.csv", new byte[0])).with(as(MARKET)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("EMPTY_FILE"))
                    .andExpect(jsonPath("$.field").value("file"));
        }

        @Test
        @DisplayName("R-SYS-4: a file that is neither .xlsx nor .csv is 400")
        void answers400ForAnotherFileType() throws Exception {
            mvc.perform(multipart("/api/v1/customers/imports").file(file("户.txt", "户号".getBytes(StandardCharsets.UTF_8)))
                            .with(as(MARKET)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("UNSUPPORTED_FILE_TYPE"))
                    .andExpect(jsonPath("$.field").value("file"));
            mvc.perform(multipart("/api/v1/customers/imports").file(file("旧.xls", new byte[] { 1, 2 })).with(as(MARKET)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString(".xls")));
        }

        @Test
        @DisplayName("R-SYS-4: an .xlsx that cannot be opened is 400")
        void answers400ForAnUnreadableWorkbook() throws Exception {
            mvc.perform(multipart("/api/v1/customers/imports")
                            .file(file("坏.xlsx", "户号,小区".getBytes(StandardCharsets.UTF_8))).with(as(MARKET)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("UNREADABLE_FILE"))
                    .andExpect(jsonPath("$.field").value("file"));
        }

        @Test
        @DisplayName("R-SYS-4: a binary file named .csv is 400")
        void answers400ForABinaryCsv() throws Exception {
            mvc.perform(multipart("/api/v1/customers/imports").file(file("x.csv", new byte[] { 'a', 0, 'b' }))
                            .with(as(MARKET)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("UNREADABLE_FILE"));
        }

        @Test
        @DisplayName("R-SYS-4: a file over 50 MB is 400")
        void answers400ForAFileOverFiftyMegabytes() throws Exception {
            byte[] big = new byte[50 * 1024 * 1024 + 1];
            java.util.Arrays.fill(big, (byte) 'a');
            mvc.perform(multipart("/api/v1/customers/imports").file(file("大.csv", big)).with(as(MARKET)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("FILE_TOO_LARGE"))
                    .andExpect(jsonPath("$.field").value("file"));
        }

        @Test
        void answers400WithoutTheFilePart() throws Exception {
            mvc.perform(multipart("/api/v1/customers/imports").file(new MockMultipartFile("upload", "a.csv", null,
                            new byte[] { 'a' })).with(as(MARKET)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MISSING_FIELD"))
                    .andExpect(jsonPath("$.field").value("file"));
        }

        @Test
        void answers415ForAJsonBody() throws Exception {
            mvc.perform(post("/api/v1/customers/imports").contentType(MediaType.APPLICATION_JSON).content("{}")
                            .accept(MediaType.APPLICATION_JSON).with(as(MARKET)))
                    .andExpect(status().isUnsupportedMediaType());
        }
    }

    @Nested
    @DisplayName("GET /api/v1/customers/imports/{id}")
    class Poll {

        @Test
        void answers200WithTheOutcome() throws Exception {
            long id = startAndFinish(MARKET);

            mvc.perform(get("/api/v1/customers/imports/" + id).with(as(MARKET)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("FAILED"))
                    .andExpect(jsonPath("$.statusLabel").value("失败"))
                    .andExpect(jsonPath("$.finished").value(true))
                    .andExpect(jsonPath("$.interrupted").value(false))
                    .andExpect(jsonPath("$.errorCount").value(1))
                    .andExpect(jsonPath("$.totalRows").value(1))
                    .andExpect(jsonPath("$.message").value(containsString("没有导入任何数据")));
            mvc.perform(get("/api/v1/customers/imports/" + id + "/errors").with(as(MARKET)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].row").value(2))
                    .andExpect(jsonPath("$[0].column").value("小区"))
                    .andExpect(jsonPath("$[0].message").value(containsString("系统中没有小区")));
        }

        @Test
        @DisplayName("R-SYS-2: another user's import is 404; an administrator sees it")
        void answers404ForAnotherUsersImportButNotToAnAdministrator() throws Exception {
            long id = startAndFinish(MARKET);

            mvc.perform(get("/api/v1/customers/imports/" + id).with(as(OTHER)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("NOT_FOUND"));
            mvc.perform(get("/api/v1/customers/imports/" + id + "/errors.xlsx").with(as(OTHER)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/customers/imports/" + id).with(as(ADMIN)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.importedBy").value(MARKET.username()));
        }

        @Test
        void answers404ForAnUnknownImportAnd400ForANonNumericId() throws Exception {
            mvc.perform(get("/api/v1/customers/imports/987654321").with(as(ADMIN)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/customers/imports/abc").with(as(ADMIN)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("id"));
        }

        @Test
        void answers401WithoutCredentials() throws Exception {
            mvc.perform(get("/api/v1/customers/imports/1")).andExpect(status().isUnauthorized());
        }
    }

    @Nested
    class Downloads {

        @Test
        @DisplayName("R-SYS-4: the error report downloads as .xlsx")
        void servesTheErrorReportAsAWorkbook() throws Exception {
            long id = startAndFinish(MARKET);

            byte[] body = mvc.perform(get("/api/v1/customers/imports/" + id + "/errors.xlsx").with(as(MARKET)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .andExpect(header().string("Content-Disposition", containsString("attachment")))
                    .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(body).startsWith('P', 'K');
        }

        @Test
        void servesTheTemplateAsXlsxAndCsv() throws Exception {
            byte[] xlsx = mvc.perform(get("/api/v1/customers/import-template.xlsx").with(as(BUTLER)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(xlsx).startsWith('P', 'K');
            byte[] csv = mvc.perform(get("/api/v1/customers/import-template.csv").with(as(BUTLER)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/csv"))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF户号,小区,楼号,单元,房号,户主姓名");
        }

        @Test
        void wantsCredentialsForTheTemplate() throws Exception {
            mvc.perform(get("/api/v1/customers/import-template.xlsx")).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void describesTheImportApiInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/customers/imports")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/customers/imports/{id}")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/customers/imports/{id}/errors.xlsx")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/customers/import-template.xlsx")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/customers/import-template.csv")))
                .andExpect(jsonPath("$.paths['/api/v1/customers/imports'].post.responses", hasKey("202")));
    }
}
