package app.fairpass.organiser;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.Browser;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.pass.PassRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard in a real browser changes by itself, pushed by the server, when a check-in happens elsewhere.
 * Same configuration as the demo sign-in test, so both share one server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "fairpass.demo.enabled=true", "fairpass.demo.password=demo-password-for-tests",
        "spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class DashboardPushBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    OrganiserFixture fixture;
    @Autowired
    FairService fairs;
    ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start(1600, 1000);
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void aCheckInElsewhereAppearsWithoutReloading() throws Exception {
        OrganiserFixture.Fair fair = fixture.openFair("大屏推送测试");
        PassRef pass = fixture.register(fair, "陈喆", "COLLEGE_GRADUATE");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://127.0.0.1:" + port + "/dashboard/" + fair.info().id());
        signIn(wait);
        WebElement checkedIn = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("figure-checked-in")));
        assertThat(checkedIn.getText()).isEqualTo("0 / 1");

        fixture.checkIn(fair, pass);

        wait.until(ExpectedConditions.textToBe(By.id("figure-checked-in"), "1 / 1"));
        Path shot = Path.of("target", "screenshots", "organiser-dashboard.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    private void signIn(WebDriverWait wait) {
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]"))).sendKeys("demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=password]")))
                .sendKeys("demo-password-for-tests");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot=submit]"))).click();
    }

    /** The demo fair as a projector shows it: the published figures, readable, and a screenshot to look at. */
    @Test
    void theDemoFairShowsItsPublishedFigures() throws Exception {
        FairInfo demo = OrganiserFixture.asOrganiser(() -> fairs.listFairs().stream()
                .filter(f -> f.status() == FairStatus.OPEN && f.name().endsWith("信息职业技术学院专场招聘会")).findFirst()
                .orElseThrow());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://127.0.0.1:" + port + "/dashboard/" + demo.id());
        signIn(wait);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("busiest-booths")));
        assertThat(browser.findElement(By.id("figure-employers")).getText()).isEqualTo("100");
        assertThat(browser.findElement(By.id("figure-positions")).getText()).isEqualTo("2,756");
        Path shot = Path.of("target", "screenshots", "organiser-demo-dashboard.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }
}
