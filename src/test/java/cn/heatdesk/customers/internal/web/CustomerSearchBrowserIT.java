package cn.heatdesk.customers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.support.BrowserTestSupport;

/**
 * A hotline agent's main journey in a real browser: type into the header's search box, see the results
 * drop down, press Enter to open the first, read the fee quote and who repairs what.
 *
 * <p>The district is inserted here with unique names and removed afterwards, so the test works with or
 * without the demo data set.
 */
@ActiveProfiles("demo")
class CustomerSearchBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CustomerFiles files;

    String tag;
    String community;
    long branch;
    long area;
    long communityId;
    long building;
    final List<Long> units = new ArrayList<>();
    final List<Long> customers = new ArrayList<>();

    @BeforeEach
    void insertASmallDistrict() {
        tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        community = "浏览" + tag + "花园";
        int season = files.currentSeason();
        CustomerFixtures f = new CustomerFixtures(jdbc);
        branch = f.branch("B" + tag, "浏览" + tag + "分公司");
        area = f.area(branch, "BA" + tag, "浏览" + tag + "片区", "B" + tag.substring(0, 4), null);
        communityId = f.community(area, community);
        building = f.building(communityId, "12号楼", true, LocalDate.of(2021, 5, 1));
        long unit = f.unit(building, "2单元");
        units.add(unit);
        long first = f.household(area, unit, "BT" + tag + "1", "301", "王建华", "13812345678", null,
                community + "12号楼2单元301", "100.00", LocalDate.of(2022, 3, 1));
        long second = f.household(area, unit, "BT" + tag + "2", "302", "李秀英", "13900005678", null,
                community + "12号楼2单元302", "88.50", LocalDate.of(2022, 3, 1));
        customers.addAll(List.of(first, second));
        f.status(first, season, HeatingStatus.IN_SERVICE);
        f.status(second, season, HeatingStatus.SUSPENDED);
    }

    @AfterEach
    void removeTheDistrict() {
        for (String table : List.of("personal_data_reveal", "customer_timeline", "customer_status_change",
                "customer_season_status")) {
            jdbc.sql("DELETE FROM " + table + " WHERE customer_id IN (:ids)").param("ids", customers).update();
        }
        jdbc.sql("DELETE FROM customer WHERE id IN (:ids)").param("ids", customers).update();
        jdbc.sql("DELETE FROM unit WHERE id IN (:ids)").param("ids", units).update();
        jdbc.sql("DELETE FROM building WHERE id = :id").param("id", building).update();
        jdbc.sql("DELETE FROM community WHERE id = :id").param("id", communityId).update();
        jdbc.sql("DELETE FROM area WHERE id = :id").param("id", area).update();
        jdbc.sql("DELETE FROM branch WHERE id = :id").param("id", branch).update();
    }

    /** Renders the page as a phone would (375 px wide, tall enough to see the whole page), or back as a desk. */
    private void viewport(int width, int height, boolean mobile) {
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    @AfterEach
    void backToTheDesk() {
        ((ChromeDriver) driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    @DisplayName("search in the header → Enter opens the first result → fee quote and 谁来修")
    void findsACustomerFromTheHeaderAndOpensTheFile() {
        logInAs("agent", "heatdesk-demo");

        WebElement box = driver().findElement(By.id("header-q"));
        box.sendKeys(community + "12号楼2单元");
        WebElement firstResult = waitForPage().until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#header-search-results #result-0")));
        assertThat(firstResult.getText()).contains("BT" + tag + "1", "王建华", "138****5678", "用热");
        assertThat(driver().findElement(By.id("header-search-results")).getText()).contains("李秀英", "报停")
                .doesNotContain("13812345678");
        screenshot("customer-search-header-1366");

        box.sendKeys(Keys.ENTER);

        WebElement account = waitForPage().until(
                ExpectedConditions.visibilityOfElementLocated(By.className("file-account")));
        assertThat(account.getText()).isEqualTo("BT" + tag + "1");
        assertThat(driver().findElement(By.id("file-status")).getText()).contains("用热");
        // R-RATE-5: the building opened whole on 2021-05-01, under 淄政办发〔2019〕14号: 90 yuan/m².
        assertThat(driver().findElement(By.id("fee-amount")).getText()).isEqualTo("9000.00");
        assertThat(driver().findElement(By.id("fee-date")).getText()).contains("2021-05-01", "R-RATE-5");
        assertThat(driver().findElement(By.id("repair-ENTRY_PORT")).getText()).contains("入户端口", "供热公司");
        assertThat(driver().findElement(By.id("repair-METER")).getText()).contains("用户自有");
        assertThat(driver().findElement(By.id("repair-BUILDING_PIPES")).getText()).contains("楼内公共管道");
        assertThat(driver().findElement(By.id("repairs-basis")).getText()).contains("淄政办发〔2019〕14号");
        screenshot("customer-file-1366");

        viewport(375, 2600, true);
        driver().navigate().refresh();
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("fee-amount")));
        screenshot("customer-file-375");
    }

    @Test
    @DisplayName("R-SYS-2: 显示完整号码 shows the number in place and the server logs it")
    void revealsAPhoneNumberInPlace() {
        logInAs("agent", "heatdesk-demo");
        open("/customers/" + customers.get(0));

        assertThat(driver().findElement(By.id("masked-PHONE")).getText()).isEqualTo("138****5678");
        driver().findElement(By.id("reveal-PHONE")).click();

        WebElement full = waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("full-PHONE")));
        assertThat(full.getText()).isEqualTo("13812345678");
        assertThat(full.getAttribute("href")).isEqualTo("tel:13812345678");
        assertThat(files.revealLog(0, 1).get(0).customerId()).isEqualTo(customers.get(0));
    }

    @Test
    void opensTheFirstResultWithEnterOnTheSearchPageAndWorksOnAPhone() {
        logInAs("agent", "heatdesk-demo");
        viewport(375, 900, true);
        open("/customers");

        WebElement box = driver().findElement(By.id("q"));
        box.sendKeys("BT" + tag);
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results #result-1")));
        assertThat(driver().getCurrentUrl()).as("the address follows the query").contains("q=BT" + tag);
        screenshot("customer-search-375");

        box.sendKeys(Keys.ENTER);

        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.className("file-account")));
        assertThat(driver().getCurrentUrl()).endsWith("/customers/" + customers.get(0));
    }
}
