package cn.heatdesk.fieldservice.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.appointments.Appointments;
import cn.heatdesk.appointments.NewAppointment;
import cn.heatdesk.appointments.domain.Appointment;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.staff.StaffDirectory;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffRole;
import cn.heatdesk.support.BrowserTestSupport;

/**
 * A butler's day on a 390 px phone (R-APPT-2, R-HOME-1): sign in → today's visit list → check in → the ten-step
 * checklist (steps 1–9) → measurement (入户测温, R-TEMP-3..5) → finish; step 10 becomes a follow-up for someone else.
 * The district and the butler's account are created with a random tag, so the test runs with or without demo data.
 */
class ButlerDayBrowserIT extends BrowserTestSupport {

    static final String PASSWORD = "butler-day-password-1";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Appointments appointments;
    @Autowired
    Clock clock;
    @Autowired
    CustomerFiles files;

    @Test
    void aButlersDayOnAPhone() {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        StaffMember butler = staff.createAccount("bday" + tag, "管家" + tag, StaffRole.BUTLER, PASSWORD);
        StaffMember agent = new StaffMember(0, "agent" + tag, "坐席", StaffRole.HOTLINE_AGENT);
        CustomerFixtures f = new CustomerFixtures(jdbc);
        long area = f.area(f.branch("D" + tag, "日" + tag + "分公司"), "DA" + tag, "日" + tag + "片区", "D" + tag,
                butler.username());
        long unit = f.unit(f.building(f.community(area, "日" + tag + "花园"), "3号楼", true, LocalDate.of(2020, 1, 1)),
                "1单元");
        long household = f.household(area, unit, "DT" + tag, "201", "刘桂兰", "13700001234", null,
                "日" + tag + "花园3号楼1单元201", "95.00", LocalDate.of(2021, 1, 1));
        f.status(household, files.currentSeason(), HeatingStatus.IN_SERVICE);
        Appointment requested = appointments.request(new NewAppointment(household, null, null, "暖气片不热"), agent);
        // Agreed for the current hour of today (the real clock: a browser test runs in real time).
        Instant thisHour = Instant.now(clock).truncatedTo(ChronoUnit.HOURS);
        jdbc.sql("UPDATE appointment SET status = 'AGREED', starts_at = :at WHERE id = :id")
                .param("at", Timestamp.from(thisHour)).param("id", requested.id()).update();

        driver().manage().window().setSize(new Dimension(390, 844));
        logInAs(butler.username(), PASSWORD);

        open("/visits");
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("visit-item-" + requested.id())));
        assertThat(driver().findElement(By.id("visit-list")).getText()).contains("刘桂兰", "暖气片不热");
        screenshot("butler-day-1-list");

        driver().findElement(By.id("check-in-" + requested.id())).click();
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("checklist")));
        assertThat(driver().findElement(By.id("visit-facts")).getText()).contains("刘桂兰");
        assertThat(driver().findElements(By.id("tick-10"))).isEmpty();

        for (int step = 1; step <= 9; step++) {
            driver().findElement(By.id("tick-" + step)).click();
            int done = step;
            waitForPage().until(d -> d.findElements(By.id("tick-" + done)).isEmpty());
        }
        screenshot("butler-day-2-checklist");

        // 入户测温 (R-TEMP-3..5): the visit's link opens the form for this household; a cold bedroom in a home owed
        // the standard is judged 不达标 and opens a temperature complaint; back to the visit to finish it.
        driver().findElement(By.id("measure-link")).click();
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("temp-form")));
        driver().findElement(By.id("instrument")).sendKeys("TES-1310 #07");
        new Select(driver().findElement(By.id("rooms0.roomType"))).selectByValue("LIVING_ROOM");
        driver().findElement(By.id("rooms0.celsius")).sendKeys("18.4");
        new Select(driver().findElement(By.id("rooms1.roomType"))).selectByValue("BEDROOM");
        driver().findElement(By.id("rooms1.celsius")).sendKeys("16.5");
        driver().findElement(By.id("outdoorCelsius")).sendKeys("-2");
        driver().findElement(By.id("temp-submit")).click();
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("temp-verdict")));
        assertThat(driver().findElement(By.id("temp-verdict")).getText()).isEqualTo("不达标");
        assertThat(driver().findElement(By.id("temp-order-link")).getText()).contains("GD");
        screenshot("butler-day-3-measurement");
        driver().findElement(By.id("temp-back-to-visit")).click();
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("workDone")));

        driver().findElement(By.id("workDone")).sendKeys("排气阀堵塞，已疏通");
        driver().findElement(By.id("save-work")).click();
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("finish")));
        driver().findElement(By.id("finish")).click();
        waitForPage().until(ExpectedConditions.visibilityOfElementLocated(By.id("visit-finished")));
        assertThat(driver().findElement(By.id("step-10")).getText()).contains("已生成回访任务");
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) driver())
                .executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        screenshot("butler-day-4-finished");
    }
}
