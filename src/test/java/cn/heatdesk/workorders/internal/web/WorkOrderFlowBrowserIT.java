package cn.heatdesk.workorders.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.ActiveProfiles;

import cn.heatdesk.support.BrowserTestSupport;

/**
 * Issue 4's journey across the real pages, signed in as the demo users: the hotline agent takes a call from someone
 * not in the files (热线工作台), the branch dispatcher sends it to the area's butler (派单队列), the butler accepts,
 * checks in and resolves it on a phone-sized screen (我的工单), and the agent calls the customer back (回访). Screenshots
 * at 1280 and 390 px go to {@code target/screenshots/}.
 */
@ActiveProfiles("demo")
class WorkOrderFlowBrowserIT extends BrowserTestSupport {

    private static final String PASSWORD = "heatdesk-demo";

    private void signInAs(String username) {
        driver().manage().deleteAllCookies();
        logInAs(username, PASSWORD);
    }

    private void wide() {
        driver().manage().window().setSize(new Dimension(1280, 900));
    }

    private void phone() {
        driver().manage().window().setSize(new Dimension(390, 844));
    }

    private void clickAndWait(By by) {
        WebElement button = driver().findElement(by);
        button.click();
        waitForPage().until(ExpectedConditions.stalenessOf(button));
    }

    @Test
    @DisplayName("R-BUTLER-5, R-SUP-1..3: hotline intake → dispatch → accept → on site → resolve → callback (R-SUP-2)")
    void takesACallThroughToTheCallback() {
        String phone = "139" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);

        // 热线工作台: nobody with this number in the files, so the caller's name and address are taken.
        signInAs("agent");
        wide();
        open("/hotline");
        driver().findElement(By.id("caller-phone")).sendKeys(phone);
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("lookup-none")));
        WebElement callerDetails = driver().findElement(By.cssSelector("details.caller-details"));
        if (callerDetails.getAttribute("open") == null) {
            callerDetails.findElement(By.tagName("summary")).click();
        }
        driver().findElement(By.id("kind-REPAIR")).click();
        driver().findElement(By.id("description")).sendKeys("卫生间暖气片不热，阀门拧不动");
        driver().findElement(By.id("caller-name")).sendKeys("赵先生");
        driver().findElement(By.id("caller-address")).sendKeys("华光小区3号楼1单元101");
        screenshot("orders-hotline-1280");
        clickAndWait(By.id("intake-submit"));

        String orderPath = driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        assertThat(orderPath).matches("/orders/\\d+");
        String id = orderPath.substring("/orders/".length());
        String number = driver().findElement(By.id("order-number")).getText();
        assertThat(driver().findElement(By.id("order-status")).getText()).isEqualTo("待派单");
        assertThat(driver().findElement(By.id("order-caller")).getText()).contains("赵先生", phone);

        // 派单队列: the branch dispatcher sends it to 管家01号 (the demo butler).
        signInAs("dispatcher");
        open("/orders/queue");
        assertThat(driver().findElement(By.id("queued-" + id)).getText()).contains(number, "赵先生");
        new Select(driver().findElement(By.id("assignee-" + id))).selectByValue("butler");
        screenshot("orders-queue-1280");
        clickAndWait(By.id("action-dispatch-" + id));
        assertThat(driver().findElement(By.id("action-done")).getText()).contains(number);
        assertThat(driver().findElements(By.id("queued-" + id))).isEmpty();

        // 我的工单 on a phone: accept, check in (the on-site deadline is met), resolve.
        signInAs("butler");
        phone();
        open("/my-orders");
        WebElement countdown = driver().findElement(By.cssSelector("#card-" + id + " [data-countdown]"));
        waitForPage().until(d -> countdown.getText().startsWith("还剩"));
        screenshot("orders-my-orders-390");
        clickAndWait(By.id("action-accept-" + id));
        clickAndWait(By.id("action-check-in-" + id));
        driver().findElement(By.id("resolve-note-" + id)).sendKeys("阀门锈死，已更换");
        clickAndWait(By.id("action-resolve-" + id));
        assertThat(driver().findElements(By.id("card-" + id))).as("resolved orders leave the butler's list").isEmpty();

        // 回访: the agent who took the call rings back; the customer is satisfied.
        signInAs("agent");
        wide();
        open("/orders/callbacks");
        driver().findElement(By.id("callback-" + id + "-reached-yes")).click();
        driver().findElement(By.id("callback-" + id + "-satisfied-yes")).click();
        driver().findElement(By.id("callback-" + id + "-comment")).sendKeys("已经热了，谢谢");
        screenshot("orders-callbacks-1280");
        clickAndWait(By.id("action-callback-" + id));

        open(orderPath);
        assertThat(driver().findElement(By.id("order-status")).getText()).isEqualTo("已回访");
        String timeline = driver().findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("登记受理", "派单", "接单", "到场", "处理完毕", "回访", "阀门锈死，已更换");
        assertThat(driver().findElement(By.id("deadline-ON_SITE")).getText()).contains("按时完成");
        screenshot("orders-order-1280");
        phone();
        screenshot("orders-order-390");
    }
}
