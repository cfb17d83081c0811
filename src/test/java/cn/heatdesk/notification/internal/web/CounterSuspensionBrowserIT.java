package cn.heatdesk.notification.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.notification.OneTimeNotifications;
import cn.heatdesk.notification.domain.BusinessItem;
import cn.heatdesk.support.BrowserTestSupport;

/**
 * A suspension application at the counter in a real browser (R-NOTIFY-2/3, R-SUSPEND-1): find the customer, pick
 * 报停, tick the materials brought, see every missing one listed at once, save, open the notice and its PDF — on
 * the desk and on a phone-sized screen (390 px).
 */
@ActiveProfiles("demo")
class CounterSuspensionBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OneTimeNotifications notifications;

    String tag;
    long branch;
    long area;
    long community;
    long building;
    long unit;
    long household;

    @BeforeEach
    void insertAHousehold() {
        tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        CustomerFixtures f = new CustomerFixtures(jdbc);
        branch = f.branch("N" + tag, "告知" + tag + "分公司");
        area = f.area(branch, "NA" + tag, "告知" + tag + "片区", "N" + tag.substring(0, 4), null);
        community = f.community(area, "告知" + tag + "花园");
        building = f.building(community, "3号楼", true, LocalDate.of(2020, 5, 1));
        unit = f.unit(building, "1单元");
        household = f.household(area, unit, "NT" + tag, "502", "孙建国", "13712345678", null,
                "告知" + tag + "花园3号楼1单元502", "96.00", LocalDate.of(2020, 9, 1));
    }

    @AfterEach
    void removeIt() {
        List<Long> notices = jdbc.sql("SELECT id FROM notification_notice WHERE customer_id = :id")
                .param("id", household).query(Long.class).list();
        if (!notices.isEmpty()) {
            jdbc.sql("DELETE FROM notification_notice_line WHERE notice_id IN (:ids)").param("ids", notices).update();
            jdbc.sql("DELETE FROM notification_notice WHERE id IN (:ids)").param("ids", notices).update();
        }
        jdbc.sql("DELETE FROM customer_timeline WHERE customer_id = :id").param("id", household).update();
        jdbc.sql("DELETE FROM customer WHERE id = :id").param("id", household).update();
        jdbc.sql("DELETE FROM unit WHERE id = :id").param("id", unit).update();
        jdbc.sql("DELETE FROM building WHERE id = :id").param("id", building).update();
        jdbc.sql("DELETE FROM community WHERE id = :id").param("id", community).update();
        jdbc.sql("DELETE FROM area WHERE id = :id").param("id", area).update();
        jdbc.sql("DELETE FROM branch WHERE id = :id").param("id", branch).update();
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    @DisplayName("报停 at the counter: tick some materials → all missing listed → save → notice → PDF")
    void aCounterSuspensionWithAMissingMaterialsNotice() {
        BusinessItem suspension = notifications.item("SUSPENSION");
        List<String> m = suspension.materials();
        logInAs("market", "heatdesk-demo");

        open("/notify");
        driver().findElement(By.id("nav-notify"));
        driver().findElement(By.id("notify-q")).sendKeys("NT" + tag);
        driver().findElement(By.id("notify-q-submit")).click();
        waitForPage().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#customer-matches a"))).click();
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("chosen-customer")));
        driver().findElement(By.id("item-SUSPENSION")).click();

        WebElement window = waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("suspension-window")));
        assertThat(window.getText()).contains("报停申请截止日期", "开始前 30 日");
        assertThat(driver().findElement(By.id("chosen-customer")).getText()).contains("NT" + tag, "孙建国");

        driver().findElement(By.id("brought-0")).click();
        waitForPage().until(ExpectedConditions.textToBe(By.id("preview-count"), "还缺 3 项材料，一次告知："));
        driver().findElement(By.id("brought-2")).click();
        waitForPage().until(ExpectedConditions.textToBe(By.id("preview-count"), "还缺 2 项材料，一次告知："));
        assertThat(driver().findElement(By.id("preview-missing")).getText()).contains(m.get(1), m.get(3))
                .doesNotContain(m.get(0)).doesNotContain(m.get(2));
        screenshot("counter-suspension-1366");

        WebElement submit = driver().findElement(By.id("notice-submit"));
        submit.click();
        waitForPage().until(ExpectedConditions.stalenessOf(submit));

        String number = waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-number")))
                .getText();
        assertThat(number).matches("GZ\\d{12}");
        assertThat(driver().findElement(By.id("issued")).getText()).contains("已记录");
        assertThat(driver().findElement(By.id("notice-missing")).getText()).contains("共 2 项", m.get(1), m.get(3));
        assertThat(driver().findElement(By.id("notice-brought")).getText()).contains(m.get(0), m.get(2));
        assertThat(driver().findElement(By.id("notice-suspension")).getText()).contains("报停申请截止日期");
        screenshot("counter-suspension-notice-1366");

        String pdfHref = driver().findElement(By.id("notice-pdf")).getAttribute("href");
        assertThat(pdfHref).endsWith("/notify/notices/" + number + ".pdf");
        Object pdf = ((JavascriptExecutor) driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                    .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Type') + ' '
                        + String.fromCharCode(...new Uint8Array(b.slice(0, 5))) + ' ' + b.byteLength)))
                    .catch(e => done('failed ' + e));
                """, pdfHref);
        assertThat(pdf.toString()).startsWith("200 application/pdf %PDF-");
        assertThat(Long.parseLong(pdf.toString().substring(pdf.toString().lastIndexOf(' ') + 1))).isGreaterThan(1000);

        // The same notice on a phone-sized screen.
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 1800, "deviceScaleFactor", 1, "mobile", true));
        driver().navigate().refresh();
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-missing")));
        Object overflow = ((JavascriptExecutor) driver()).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;");
        assertThat(overflow).as("no sideways scrolling at 390 px").isEqualTo(Boolean.FALSE);
        screenshot("counter-suspension-notice-390");
    }
}
