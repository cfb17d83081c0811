package cn.heatdesk.web;

import static cn.heatdesk.staff.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.assessment.Assessments;
import cn.heatdesk.assessment.domain.PeriodRange;
import cn.heatdesk.notification.NotificationFixtures;
import cn.heatdesk.notification.OneTimeNotifications;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.workorders.domain.Period;

/**
 * The company's zone is a setting ({@code heatdesk.zone}), not Beijing time written into the code: with Berlin
 * configured, days start at Berlin's midnight and times read on Berlin's wall clock. The page tests' fixed time,
 * 2026-12-01 02:00 UTC, is 03:00 in Berlin (10:00 in Beijing).
 */
@PageTest
@TestPropertySource(properties = "heatdesk.zone=Europe/Berlin")
class CompanyZonePageTests {

    static final StaffMember MARKET = new StaffMember(741, "zone-import-market", "陈静", StaffRole.MARKET_SERVICE);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Nested
    class HouseholdImport {

        long job;

        @BeforeEach
        void aFailedImportUploadedNow() {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO customer_import_job (file_name, file_format, file_size, status, imported_by, created_at,
                                                     heartbeat_at, total_rows, processed_rows, imported_rows,
                                                     error_count, stored_errors, message)
                    VALUES ('户.csv', 'CSV', 100, 'FAILED', :by, :at, :at, 1, 1, 0, 1, 1, '发现 1 处错误，没有导入任何数据')
                    """)
                    .param("by", MARKET.username()).param("at", Timestamp.from(PageTestConfiguration.NOW))
                    .update(key, "id");
            job = key.getKey().longValue();
            jdbc.sql("""
                    INSERT INTO customer_import_error (job_id, seq, row_number, column_name, cell_value, message)
                    VALUES (:id, 1, 2, '联系电话', '12345', '联系电话格式不正确')
                    """).param("id", job).update();
        }

        @AfterEach
        void removeIt() {
            jdbc.sql("DELETE FROM customer_import_job WHERE imported_by = :by").param("by", MARKET.username()).update();
        }

        @Test
        void showsWhenAnImportWasUploadedOnTheConfiguredWallClock() throws Exception {
            String html = mvc.perform(get("/customers/import/" + job).with(as(MARKET))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

            assertThat(html).contains(MARKET.username() + " 于 2026-12-01 03:00:00 上传")
                    .doesNotContain("2026-12-01 10:00");
        }

        @Test
        void namesTheConfiguredClockInTheFooterInsteadOfBeijingTime() throws Exception {
            String html = mvc.perform(get("/customers/import/" + job).with(as(MARKET))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

            assertThat(html).contains("页面上的时间均为中欧时间（Europe/Berlin）").doesNotContain("北京时间");
        }

        @Test
        void givesTheApiItsTimesWithTheConfiguredOffset() throws Exception {
            mvc.perform(get("/api/v1/customers/imports/" + job).with(as(MARKET))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.createdAt").value("2026-12-01T03:00:00+01:00"));
        }

        @Test
        void datesTheErrorReportOnTheConfiguredWallClock() throws Exception {
            byte[] xlsx = mvc.perform(get("/customers/import/" + job + "/errors.xlsx").with(as(MARKET)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet summary = workbook.getSheet("概要");
                assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("上传时间");
                assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("2026-12-01 03:00:00");
            }
        }
    }

    @Nested
    @Transactional
    class OneTimeNotification {

        @Autowired
        OneTimeNotifications notifications;

        @Test
        void showsWhenANoticeWasGivenOnTheConfiguredWallClock() throws Exception {
            NotificationFixtures f = new NotificationFixtures(jdbc);
            String location = mvc.perform(post("/notify/notices").param("item", "SUSPENSION")
                            .param("customer", String.valueOf(f.household)).param("channel", "COUNTER")
                            .param("brought", notifications.item("SUSPENSION").materials().get(0))
                            .with(as(f.clerk)).with(csrf()).accept(MediaType.TEXT_HTML))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            String number = location.substring("/notify/notices/".length());

            String page = mvc.perform(get("/notify/notices/" + number).with(as(f.clerk)).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("<dd id=\"notice-at\">2026-12-01 03:00</dd>");
            mvc.perform(get("/api/v1/notification/notices/" + number).with(as(f.clerk))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.issuedAt").value("2026-12-01T03:00:00+01:00"));
        }
    }

    @Nested
    class Assessment {

        @Autowired
        Assessments assessments;

        @Test
        @DisplayName("R-SUP-6: this month's assessment counts from midnight on the configured wall clock")
        void countsTheMonthFromMidnightOnTheConfiguredWallClock() {
            Period month = assessments.periodFor(PeriodRange.THIS_MONTH, null, null);

            assertThat(month.from()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(month.start()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
            assertThat(month.end()).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
        }

        @Test
        @DisplayName("R-SUP-6, R-SEASON-1: the season's assessment counts from midnight on the configured wall clock")
        void countsTheSeasonFromMidnightOnTheConfiguredWallClock() {
            Period season = assessments.periodFor(PeriodRange.SEASON, null, null);

            // The 2026-2027 season: commissioning from 8 November (R-SEASON-2), heating to 15 March.
            assertThat(season.start()).isEqualTo(Instant.parse("2026-11-07T23:00:00Z"));
            assertThat(season.end()).isEqualTo(Instant.parse("2027-03-15T23:00:00Z"));
        }
    }
}
