package cn.heatdesk.fieldservice.inspections.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.support.BrowserTestSupport;

/**
 * R-BUTLER-3 on a phone (390 px): the demo butler starts an inspection, records a finding in a household's
 * indoor system, follows the link to the rectification notice, records the delivery, and the PDF link
 * answers application/pdf. The district is inserted with unique names and removed afterwards.
 */
@ActiveProfiles("demo")
class InspectionBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    String tag;
    long branch;
    long area;
    long community;
    long building;
    long unit;

    @BeforeEach
    void insertADistrict() {
        tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        CustomerFixtures f = new CustomerFixtures(jdbc);
        branch = f.branch("X" + tag, "巡检" + tag + "分公司");
        area = f.area(branch, "XA" + tag, "巡检" + tag + "片区", "X" + tag.substring(0, 4), "butler");
        community = f.community(area, "巡检" + tag + "花园");
        building = f.building(community, "3号楼", true, LocalDate.of(2021, 5, 1));
        unit = f.unit(building, "1单元");
    }

    @AfterEach
    void removeTheDistrict() {
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        List<Long> rounds = jdbc.sql("SELECT id FROM inspection_round WHERE area_id = ?").param(area).query(Long.class).list();
        if (!rounds.isEmpty()) {
            String findings = "SELECT id FROM inspection_finding WHERE round_id IN (:r)";
            jdbc.sql("DELETE FROM rectification_notice WHERE finding_id IN (" + findings + ")").param("r", rounds).update();
            jdbc.sql("DELETE FROM repair_plan_item WHERE finding_id IN (" + findings + ")").param("r", rounds).update();
            jdbc.sql("DELETE FROM inspection_finding WHERE round_id IN (:r)").param("r", rounds).update();
            jdbc.sql("DELETE FROM inspection_round WHERE area_id = ?").param(area).update();
        }
        jdbc.sql("DELETE FROM building_notice WHERE building_id = ?").param(building).update();
        jdbc.sql("DELETE FROM unit WHERE id = ?").param(unit).update();
        jdbc.sql("DELETE FROM building WHERE id = ?").param(building).update();
        jdbc.sql("DELETE FROM community WHERE id = ?").param(community).update();
        jdbc.sql("DELETE FROM area WHERE id = ?").param(area).update();
        jdbc.sql("DELETE FROM branch WHERE id = ?").param(branch).update();
    }

    @Test
    @DisplayName("R-BUTLER-3: finding → rectification notice → delivery → the PDF link answers application/pdf")
    void rButler3_findingToNoticeToPdf() throws Exception {
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        logInAs("butler", "heatdesk-demo");

        open("/inspections");
        new Select(driver().findElement(By.id("round-area"))).selectByValue(String.valueOf(area));
        driver().findElement(By.id("round-submit")).click();
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("finding-new")));

        new Select(driver().findElement(By.id("finding-location"))).selectByValue("INDOOR_SYSTEM");
        new Select(driver().findElement(By.id("finding-building"))).selectByValue(String.valueOf(building));
        driver().findElement(By.id("finding-description")).sendKeys("卧室暖气片接口漏水");
        driver().findElement(By.id("finding-addressee")).sendKeys("3号楼1单元101 王建华");
        driver().findElement(By.id("finding-submit")).click();
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("recorded-notice")));
        assertThat(driver().findElement(By.id("finding-recorded")).getText()).contains("用户自有");
        screenshot("inspection-finding-phone");

        driver().findElement(By.id("recorded-notice")).click();
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("delivery-form")));
        assertThat(driver().findElement(By.id("notice-addressee")).getText()).isEqualTo("3号楼1单元101 王建华");
        driver().findElement(By.id("delivery-submit")).click();
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("delivery-recorded")));
        assertThat(driver().findElement(By.id("delivery-recorded")).getText()).contains("当面送达", "3号楼1单元101 王建华");
        Number overflow = (Number) ((ChromeDriver) driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
        screenshot("inspection-notice-phone");

        String pdfHref = driver().findElement(By.id("notice-pdf")).getAttribute("href");
        Cookie session = driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfHref))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    }
}
