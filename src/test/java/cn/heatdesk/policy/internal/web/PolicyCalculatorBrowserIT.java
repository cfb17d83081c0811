package cn.heatdesk.policy.internal.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.ActiveProfiles;

import cn.heatdesk.support.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The calculator in a real browser: htmx posts a card and swaps in its answer; the page stays put. */
@ActiveProfiles("demo")
class PolicyCalculatorBrowserIT extends BrowserTestSupport {

    @BeforeEach
    void openTheCalculatorAsTheDemoAdministrator() {
        logInAs("admin", "heatdesk-demo");
        open("/policy/calculator");
    }

    /** Date inputs take typed text in the browser's locale; setting the ISO value is what a picker does. */
    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1]",
                driver().findElement(By.id(id)), isoDate);
    }

    private void askForAFeeQuote(String area, String contractDate) {
        new Select(driver().findElement(By.id("fee-useType"))).selectByValue("RESIDENTIAL");
        WebElement areaInput = driver().findElement(By.id("fee-areaM2"));
        areaInput.clear();
        areaInput.sendKeys(area);
        setDate("fee-contractDate", contractDate);
        driver().findElement(By.id("fee-submit")).click();
    }

    @Test
    @DisplayName("R-FEE-1: a fee quote for 100 m² signed 2021-05-01 reads 9000.00 under 淄政办发〔2019〕14号")
    void quotesTheConnectionFeeInPlace() {
        askForAFeeQuote("100", "2021-05-01");

        WebElement amount = waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("fee-amount")));
        assertThat(amount.getText()).isEqualTo("9000.00");
        assertThat(driver().findElement(By.id("fee-document")).getText()).isEqualTo("淄政办发〔2019〕14号");
        assertThat(driver().getCurrentUrl()).as("htmx answered in place").isEqualTo(url("/policy/calculator"));
        screenshot("calculator-fee-quote");
    }

    @Test
    @DisplayName("R-BOUND-4: a date no fee policy covers is answered inside the card, naming the nearest version")
    void answersNoPolicyInForceInsideTheCard() {
        askForAFeeQuote("100", "2026-03-01");

        WebElement answer = waitForPage().until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#fee-result .result-error")));
        assertThat(answer.getText()).contains("没有适用的政策", "淄政办发〔2019〕14号");
    }

    @Test
    void offersAnInstitutionsFacilitiesOnceTheCustomerKindChanges() {
        new Select(driver().findElement(By.id("resp-customerKind"))).selectByValue("INSTITUTIONAL");

        waitForPage().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#resp-location option[value='VALVE_WELL']")));
        assertThat(driver().findElements(By.cssSelector("#resp-location option[value='ENTRY_PORT']"))).isEmpty();
    }
}
