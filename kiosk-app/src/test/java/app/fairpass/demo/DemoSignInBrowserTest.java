package app.fairpass.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.Browser;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A person signs in as the demo organiser in a real browser and sees the demo fair with its figures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "fairpass.demo.enabled=true", "fairpass.demo.password=demo-password-for-tests",
        "spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class DemoSignInBrowserTest {
    @LocalServerPort
    int port;
    ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start(1366, 900);
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void theDemoOrganiserSignsInAndSeesTheDemoFair() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://127.0.0.1:" + port + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        typeInto(wait, "input[name=username]", "demo");
        typeInto(wait, "input[name=password]", "wrong-password");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot=submit]"))).click();
        wait.until(ExpectedConditions.urlContains("error"));

        typeInto(wait, "input[name=username]", "demo");
        typeInto(wait, "input[name=password]", "demo-password-for-tests");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot=submit]"))).click();

        WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fairs")));
        wait.until(driver -> grid.getText().contains("信息职业技术学院专场招聘会"));
        assertThat(grid.getText()).contains("进行中", "3,000");
        Path shot = Path.of("target", "screenshots", "organiser-fairs.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    private void typeInto(WebDriverWait wait, String css, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
    }
}
