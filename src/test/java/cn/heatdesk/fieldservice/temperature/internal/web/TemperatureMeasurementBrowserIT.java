package cn.heatdesk.fieldservice.temperature.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.support.BrowserTestSupport;

/**
 * A butler at the door with a phone (390 px): opens 入户测温 for a household of their area, enters two rooms and the
 * outdoor temperature, and sees the verdict per room, the work order opened for the cold bedroom with its 24-hour
 * test met, and the fee reduction (R-TEMP-3, R-TEMP-5, R-TEMP-6).
 *
 * <p>The household is inserted in the demo butler's own area with unique names (the in-memory database of the test
 * run is thrown away afterwards), so the test works with or without the demo data set.
 */
@ActiveProfiles("demo")
class TemperatureMeasurementBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CustomerFiles files;

    String tag;
    long household;

    @BeforeEach
    void insertAHousehold() {
        tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long branch = f.branch("M" + tag, "测温" + tag + "分公司");
        long area = f.area(branch, "MA" + tag, "测温" + tag + "片区", "M" + tag.substring(0, 4), "butler");
        long unit = f.unit(f.building(f.community(area, "测温" + tag + "花园"), "12号楼", true, LocalDate.of(2021, 5, 1)),
                "2单元");
        household = f.household(area, unit, "MT" + tag, "301", "赵" + tag, "13812345678", null,
                "测温" + tag + "花园12号楼2单元301", "100.00", LocalDate.of(2022, 3, 1));
        f.status(household, files.currentSeason(), HeatingStatus.IN_SERVICE);
    }

    @AfterEach
    void backToTheDesk() {
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    @DisplayName("390 px: 入户测温 → two rooms → verdict per room, the order with its 24-hour test met, the reduction")
    void aButlerEntersAMeasurementOnAPhoneAndSeesTheVerdict() {
        logInAs("butler", "heatdesk-demo");
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 2400, "deviceScaleFactor", 1, "mobile", true));
        open("/temperature/new?customerId=" + household + "&visitId=7");

        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("temp-form")));
        assertThat(driver().findElement(By.id("temp-address")).getText()).contains("测温" + tag + "花园12号楼2单元301");
        driver().findElement(By.id("instrument")).sendKeys("TES-1310 #07");
        new Select(driver().findElement(By.id("rooms0.roomType"))).selectByValue("LIVING_ROOM");
        driver().findElement(By.id("rooms0.celsius")).sendKeys("18.6");
        new Select(driver().findElement(By.id("rooms1.roomType"))).selectByValue("BEDROOM");
        driver().findElement(By.id("rooms1.roomName")).sendKeys("主卧");
        driver().findElement(By.id("rooms1.celsius")).sendKeys("16.8");
        driver().findElement(By.id("outdoorCelsius")).sendKeys("-3");
        driver().findElement(By.id("heatingFeeYuan")).sendKeys("2256.35");
        assertThat(((Number) ((ChromeDriver) driver()).executeScript(
                "return document.documentElement.scrollWidth")).intValue())
                .as("nothing wider than the phone").isLessThanOrEqualTo(390);
        screenshot("temperature-form-390");
        driver().findElement(By.id("temp-submit")).click();

        WebElement verdict = waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("temp-verdict")));
        assertThat(verdict.getText()).isEqualTo("不达标");
        assertThat(driver().findElement(By.id("room-result-0")).getText()).contains("起居室", "18.6℃", "达标");
        assertThat(driver().findElement(By.id("room-result-1")).getText()).contains("主卧", "16.8℃", "不达标");
        assertThat(driver().findElement(By.id("temp-order-link")).getText()).startsWith("已自动生成室温投诉工单 GD");
        assertThat(driver().findElement(By.id("temp-order-note")).getText()).contains("24 小时测温时限按时完成");
        assertThat(driver().findElement(By.id("temp-reduction-percent")).getText()).isEqualTo("减免供热费 20%");
        assertThat(driver().findElement(By.id("temp-reduction-amount")).getText()).contains("减免 451.27 元");
        assertThat(((Number) ((ChromeDriver) driver()).executeScript(
                "return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        screenshot("temperature-result-390");
    }
}
