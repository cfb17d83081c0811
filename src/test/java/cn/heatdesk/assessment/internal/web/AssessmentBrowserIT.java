package cn.heatdesk.assessment.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.assessment.AssessmentRecords;
import cn.heatdesk.assessment.NewAssessmentRecord;
import cn.heatdesk.assessment.domain.AssessmentKind;
import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.support.BrowserTestSupport;
import cn.heatdesk.workorders.NewOrder;
import cn.heatdesk.workorders.WorkOrders;
import cn.heatdesk.workorders.domain.OrderKind;
import cn.heatdesk.workorders.domain.Urgency;

/**
 * 监督看板 and 考核 in a real browser (R-SUP-5, R-SUP-6): both render with their ECharts charts drawn, the board fits
 * a phone-sized screen, and the Excel export downloads in the signed-in session.
 */
class AssessmentBrowserIT extends BrowserTestSupport {

    private static final String PASSWORD = "a-long-test-password";

    @Autowired
    StaffDirectory staff;
    @Autowired
    WorkOrders workOrders;
    @Autowired
    AssessmentRecords records;
    @Autowired
    JdbcClient jdbc;

    StaffMember supervisor;
    String tag;

    @BeforeEach
    void district() {
        tag = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36, 36 * 36 * 36 * 36 * 36), 36);
        StaffMember butler = staff.createAccount("bbutler-" + tag, "张伟", StaffRole.BUTLER, PASSWORD);
        supervisor = staff.createAccount("bsup-" + tag, "孙丽", StaffRole.SUPERVISOR, PASSWORD);
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long area = f.area(f.branch("BE" + tag, "东分公司" + tag), "BA" + tag, "一片区" + tag, "9" + tag, butler.username());
        long unit = f.unit(f.building(f.community(area, "花园" + tag), "12号楼", true, LocalDate.of(2019, 6, 1)), "2单元");
        long household = f.household(area, unit, "B" + tag, "301", "王建华", "13812345678", null, "花园" + tag + "12号楼",
                "100.00", LocalDate.of(2021, 3, 1));
        workOrders.register(NewOrder.hotline(OrderKind.COMPLAINT, Urgency.GENERAL, household, "暖气不热"), supervisor);
        records.record(new NewAssessmentRecord(AssessmentKind.CONFIRMED_COMPLAINT, butler.username(), area, "回访核实属实",
                null, null, null, null), supervisor);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver();
    }

    private void waitForChart(String id) {
        waitForPage().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " svg")));
    }

    @Test
    void rSup5_theBoardDrawsItsChartsAndFitsAPhone() {
        logInAs(supervisor.username(), PASSWORD);
        open("/supervision");

        waitForChart("board-open-chart");
        assertThat(driver().findElement(By.id("board")).getAttribute("hx-trigger")).isEqualTo("every 60s");
        assertThat(driver().findElement(By.id("board-open")).getText()).contains("一片区" + tag);
        screenshot("supervision-board");

        driver().manage().window().setSize(new Dimension(390, 844));
        try {
            open("/supervision");
            waitForChart("board-open-chart");
            screenshot("supervision-board-390");
            Long overflow = (Long) js().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal overflow at 390 px").isLessThanOrEqualTo(0L);
        } finally {
            driver().manage().window().setSize(new Dimension(1366, 900));
        }
    }

    @Test
    void rSup6_theAssessmentDrawsItsChartsSwitchesTabsAndExports() {
        logInAs(supervisor.username(), PASSWORD);
        open("/assessment");

        waitForChart("assessment-breach-chart");
        waitForChart("assessment-satisfaction-chart");
        assertThat(driver().findElement(By.id("assessment-table")).getText()).contains("张伟（bbutler-" + tag + "）");
        screenshot("assessment-person");

        driver().findElement(By.id("tab-unit")).click();
        waitForPage().until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessment-table"), "一片区" + tag));
        waitForChart("assessment-breach-chart");
        screenshot("assessment-unit");

        String href = driver().findElement(By.id("assessment-export")).getAttribute("href");
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) js().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' }).then(function (r) {
                    return r.arrayBuffer().then(function (body) {
                        var bytes = new Uint8Array(body);
                        done({ status: r.status, type: r.headers.get('Content-Type'),
                               disposition: r.headers.get('Content-Disposition'), size: bytes.length,
                               zip: String.fromCharCode(bytes[0], bytes[1]) });
                    });
                }).catch(function (e) { done({ error: String(e) }); });
                """, href);
        assertThat(download).containsEntry("status", 200L)
                .containsEntry("type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .containsEntry("zip", "PK");
        assertThat((String) download.get("disposition")).contains("attachment", ".xlsx");
        assertThat((Long) download.get("size")).isGreaterThan(1000L);
    }
}
