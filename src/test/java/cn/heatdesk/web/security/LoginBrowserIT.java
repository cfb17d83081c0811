package cn.heatdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.ActiveProfiles;

import cn.heatdesk.support.BrowserTestSupport;

@ActiveProfiles("demo")
class LoginBrowserIT extends BrowserTestSupport {

    @Test
    void theDemoAdministratorSignsInThroughTheFormAndLandsOnTheHomePage() {
        open("/login");
        screenshot("login-page");

        logInAs("admin", "heatdesk-demo");

        assertThat(driver().getCurrentUrl()).isEqualTo(url("/"));
        assertThat(driver().findElements(By.id("login-submit"))).isEmpty();
        assertThat(driver().findElements(By.id("password"))).isEmpty();
        assertThat(screenshot("login-admin-signed-in")).isNotEmptyFile();
    }

    @Test
    void aWrongPasswordKeepsTheLoginFormAndSaysSoInChinese() {
        logInAs("admin", "not-the-password");

        assertThat(driver().getCurrentUrl()).isEqualTo(url("/login?error"));
        assertThat(driver().findElement(By.id("login-error")).getText()).contains("用户名或密码错误");
        assertThat(driver().findElements(By.id("login-submit"))).hasSize(1);
        assertThat(screenshot("login-wrong-password")).isNotEmptyFile();
    }
}
