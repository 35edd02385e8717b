package io.docroute.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.docroute.ServiceApplicationTest;
import io.docroute.pipeline.IncomingDocument;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard in headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs): log in,
 * see the figures of a processed document, see them change when another one is processed. Saves a screenshot
 * to target/browser/dashboard.png. The driver's and browser's paths are given, so nothing is downloaded.
 */
@Timeout(120)
@CamelSpringBootTest
@AutoConfigureObservability
@ServiceApplicationTest
@TestPropertySource(properties = {
        "docroute.alerts.evaluate-every=500ms",
        "docroute.web.user=operator",
        "docroute.web.password=test-only-password",
        "docroute.outbox=target/dashboard-test-out"})
class DashboardBrowserTest {

    private static final String CHROMEDRIVER = System.getProperty("docroute.chromedriver", "/usr/bin/chromedriver");
    private static final String CHROMIUM = System.getProperty("docroute.chromium", "/usr/bin/chromium");
    private static final Path SCREENSHOT = Path.of("target/browser/dashboard.png");

    @LocalServerPort
    int port;

    @Autowired
    ProducerTemplate producer;

    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        assertThat(new File(CHROMEDRIVER).canExecute())
                .as("chromedriver at " + CHROMEDRIVER + " (Debian package chromium-driver; .ci/run installs it)").isTrue();
        assertThat(new File(CHROMIUM).canExecute())
                .as("chromium at " + CHROMIUM + " (Debian package chromium; .ci/run installs it)").isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void process(String name) throws Exception {
        producer.requestBody("direct:process-document", IncomingDocument.of(name,
                Files.readAllBytes(Path.of("examples/admin-console-prd.md")), "run", null));
    }

    private String figure(String id) {
        return browser.findElement(By.cssSelector("[data-testid='" + id + "']")).getText();
    }

    @Test
    void theDashboardShowsLiveFiguresAfterTheOperatorLogsIn() throws Exception {
        process("first-prd.md");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get("http://localhost:" + port + "/dashboard");
        wait.until(page -> page.getCurrentUrl().contains("/login"));
        browser.findElement(By.name("username")).sendKeys("operator");
        browser.findElement(By.name("password")).sendKeys("test-only-password");
        browser.findElement(By.cssSelector("button[type='submit']")).click();

        wait.until(page -> figure("status").startsWith("live"));
        wait.until(page -> figure("processing-time").endsWith(" s"));
        assertThat(figure("blocks")).isEqualTo("10");
        assertThat(figure("active-endpoints")).matches("[0-3] of 3");
        assertThat(figure("throughput")).matches("\\d+\\.\\d\\d");
        assertThat(figure("cache-hit-rate")).endsWith(" %");
        assertThat(figure("alerts")).isNotEmpty();
        assertThat(figure("jobs")).contains("first-prd.md").contains("COMPLETED");

        process("second-prd.md");

        wait.until(page -> figure("blocks").equals("20"));
        wait.until(page -> figure("jobs").contains("second-prd.md"));
        assertThat(figure("endpoints")).contains("sim-swift").contains("CLOSED");
        Files.createDirectories(SCREENSHOT.getParent());
        Files.move(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(SCREENSHOT).isNotEmptyFile();
    }
}
