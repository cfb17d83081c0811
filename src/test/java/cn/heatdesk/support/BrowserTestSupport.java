package cn.heatdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base class of browser tests ({@code *BrowserIT}, run by failsafe in {@code mvn verify}): the application
 * on a random port (profile {@code test}; add {@code @ActiveProfiles("demo")} for the demo logins) and
 * one headless Chromium per test class, from Debian's {@code chromium} and {@code chromium-driver}.
 * Cookies are cleared after each test. Selenium Manager is kept offline: nothing is downloaded.
 *
 * <p>{@code -Dheatdesk.test.browser=required}: a missing Chromium fails the run. Otherwise the classes
 * are skipped and a {@code [heatdesk] Browser tests SKIPPED: …} line is printed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith({ BrowserTestSupport.ChromiumInstalled.class, BrowserTestSupport.ScreenshotOnFailure.class })
@Tag("browser")
public abstract class BrowserTestSupport {

    /** Debian's paths; {@code -Dheatdesk.test.chromium=…} and {@code -Dheatdesk.test.chromedriver=…} for others. */
    public static final Path CHROMIUM = Path.of(System.getProperty("heatdesk.test.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(
            System.getProperty("heatdesk.test.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static final String MODE_PROPERTY = "heatdesk.test.browser";

    private static final Duration PAGE_WAIT = Duration.ofSeconds(15);

    private static WebDriver driver;
    private static Path userDataDir;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        userDataDir = Files.createTempDirectory("heatdesk-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=1366,900", "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        }
        finally {
            driver = null;
            deleteRecursively(userDataDir);
        }
    }

    @AfterEach
    void forgetCookies() {
        driver.manage().deleteAllCookies();
    }

    protected WebDriver driver() {
        return driver;
    }

    /** The absolute URL of a path of the running application, e.g. {@code url("/login")}. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    protected WebDriverWait waitForPage() {
        return new WebDriverWait(driver, PAGE_WAIT);
    }

    /** Signs in through the real login form and waits for the page that follows. */
    protected void logInAs(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement submit = driver.findElement(By.id("login-submit"));
        submit.click();
        waitForPage().until(ExpectedConditions.stalenessOf(submit));
    }

    /** Saves the visible page to {@code target/screenshots/<name>.png}. */
    protected Path screenshot(String name) {
        return saveScreenshot(driver, name);
    }

    static Path saveScreenshot(WebDriver webDriver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Path taken = ((TakesScreenshot) webDriver).getScreenshotAs(OutputType.FILE).toPath();
            return Files.move(taken, target, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Runs browser tests only where Debian's Chromium and its driver are installed. */
    static final class ChromiumInstalled implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String missing = Stream.of(CHROMIUM, CHROMEDRIVER)
                    .filter(path -> !Files.isExecutable(path))
                    .map(Path::toString)
                    .reduce((a, b) -> a + " and " + b)
                    .orElse(null);
            if (missing == null) {
                return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
            }
            String reason = missing + " not found (apt-get install chromium chromium-driver)";
            if ("required".equalsIgnoreCase(System.getProperty(MODE_PROPERTY, "").strip())) {
                throw new IllegalStateException("[heatdesk] Browser tests are required (-D" + MODE_PROPERTY
                        + "=required) but cannot run: " + reason);
            }
            if (context.getTestMethod().isEmpty()) {
                System.out.println("[heatdesk] Browser tests SKIPPED: " + reason + " — " + context.getDisplayName());
            }
            return ConditionEvaluationResult.disabled(reason);
        }
    }

    /** Keeps the page a failing test ended on, as {@code target/screenshots/FAILED-<class>-<test>.png}. */
    static final class ScreenshotOnFailure implements TestWatcher {

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver != null) {
                saveScreenshot(driver, "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            }
        }
    }
}
