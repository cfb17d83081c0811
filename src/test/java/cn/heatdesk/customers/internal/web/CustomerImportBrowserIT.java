package cn.heatdesk.customers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.customers.ImportColumn;
import cn.heatdesk.customers.ImportFiles;
import cn.heatdesk.support.BrowserTestSupport;

/**
 * The import page in a real browser (R-SYS-4): htmx uploads the file as multipart with the CSRF header,
 * the job box polls until the job has finished, and the address follows the job.
 */
@ActiveProfiles("demo")
class CustomerImportBrowserIT extends BrowserTestSupport {

    static final String COMMUNITY = "浏览器导入小区";

    @Autowired
    JdbcClient jdbc;

    long area;
    long branch;
    Path file;

    @BeforeEach
    void communityAndSignIn() throws IOException {
        CustomerFixtures f = new CustomerFixtures(jdbc);
        branch = f.branch("BRW", "浏览器导入分公司");
        area = f.area(branch, "BRW-A", "浏览器导入片区", "W88", null);
        f.unit(f.building(f.community(area, COMMUNITY), "7号楼", true, null), "1单元");
        file = Files.createTempFile("households-", ".csv");
        logInAs("market", "heatdesk-demo");
        open("/customers/import");
    }

    @AfterEach
    void removeCommunity() throws IOException {
        Files.deleteIfExists(file);
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
        jdbc.sql("DELETE FROM customer_import_job WHERE imported_by = 'market'").update();
    }

    private WebElement upload(List<ImportFiles.Household> rows) throws IOException {
        Files.write(file, ImportFiles.csv(rows));
        driver().findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        driver().findElement(By.id("import-submit")).click();
        return waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-result")));
    }

    @Test
    @DisplayName("R-SYS-4: uploading a good file shows the households imported, at the job's own address")
    void importsAGoodFileAndShowsTheResult() throws IOException {
        WebElement result = upload(List.of(ImportFiles.household("BRW-1", COMMUNITY, "101"),
                ImportFiles.household("BRW-2", COMMUNITY, "102")));

        assertThat(result.getText()).contains("2 户已导入");
        assertThat(driver().getCurrentUrl()).matches(".*/customers/import/\\d+");
        assertThat(driver().findElement(By.id("import-job")).getAttribute("hx-trigger")).isNull();
        screenshot("customer-import-succeeded");
    }

    @Test
    @DisplayName("R-SYS-4: a file with errors shows them row by row and offers the full report")
    void showsTheErrorsOfABadFile() throws IOException {
        WebElement result = upload(List.of(ImportFiles.household("BRW-1", COMMUNITY, "101"),
                ImportFiles.household("BRW-2", COMMUNITY, "102").set(ImportColumn.PHONE, "12345")));

        assertThat(result.getText()).contains("没有导入任何数据", "发现 1 处错误");
        assertThat(driver().findElement(By.id("import-errors")).getText()).contains("3", "联系电话", "12345");
        assertThat(driver().findElement(By.id("import-report")).getAttribute("href")).endsWith("/errors.xlsx");
        screenshot("customer-import-failed");
    }
}
