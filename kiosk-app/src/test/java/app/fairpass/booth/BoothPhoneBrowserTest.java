package app.fairpass.booth;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.Browser;
import app.fairpass.booth.BoothFixture.Booths;
import app.fairpass.core.pass.PassRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Booth staff on a 360 px phone: sign in, type a badge number, record a resume and an intention, see totals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
class BoothPhoneBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    BoothFixture fixture;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.startPhone();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void scanRecordResumeRecordIntentionSeeTotals() throws Exception {
        Booths booths = fixture.openFairWithTwoBooths();
        PassRef zhang = fixture.register(booths.fair(), "张燕", true);

        findAtBoothA(booths, zhang);
        assertThat(browser.findElement(By.id("card-name")).getText()).isEqualTo("张燕");
        browser.findElement(By.id("record-resume")).click();
        wait.until(ExpectedConditions.textToBe(By.id("record-resume"), "更新简历记录"));
        browser.findElement(By.id("record-intention")).click();
        wait.until(ExpectedConditions.textToBe(By.id("totals"), "简历 1 份 · 意向 1 人 · 共 1 人"));

        Path shot = Path.of("target", "screenshots", "booth-phone.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        WebElement intention = browser.findElement(By.id("record-intention"));
        assertThat(intention.getText()).isEqualTo("更新就业意向");
        assertThat(intention.getRect().getWidth()).as("a thumb-sized button across the phone").isGreaterThan(280);
        assertThat(intention.getRect().getHeight()).isGreaterThanOrEqualTo(48);
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
                .as((String) browser.executeScript("return [...document.querySelectorAll('*')]"
                        + ".filter(e => e.getBoundingClientRect().right > 361).slice(0, 5)"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')"))
                .isLessThanOrEqualTo(360);
    }

    /** Each rating star is a 48 × 48 px touch target, and a tap near its corner still gives that rating. */
    @Test
    void ratingStarsAreThumbSized() {
        Booths booths = fixture.openFairWithTwoBooths();
        findAtBoothA(booths, fixture.register(booths.fair(), "李雷", true));

        List<WebElement> stars = browser.findElements(By.cssSelector("#rating vaadin-radio-button"));
        assertThat(stars).hasSize(5);
        for (int i = 0; i < stars.size(); i++) {
            WebElement star = stars.get(i);
            @SuppressWarnings("unchecked")
            Map<String, Number> rect = (Map<String, Number>) browser.executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return {width: r.width, height: r.height}", star);
            assertThat(rect.get("width").doubleValue()).as("width of star %d", i + 1).isGreaterThanOrEqualTo(48);
            assertThat(rect.get("height").doubleValue()).as("height of star %d", i + 1).isGreaterThanOrEqualTo(48);
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", star);
            assertThat((Boolean) browser.executeScript("""
                    const star = arguments[0], r = star.getBoundingClientRect();
                    return [[r.left + 3, r.top + 3], [r.right - 3, r.top + 3], [r.left + 3, r.bottom - 3],
                            [r.right - 3, r.bottom - 3]]
                        .map(([x, y]) => document.elementFromPoint(x, y))
                        .every(hit => hit === star.querySelector('input') || hit === star.querySelector('label'));
                    """, star))
                    .as("a tap at each corner of star %d lands on it", i + 1).isTrue();
            int toLeftEdge = -(star.getRect().getWidth() / 2 - 3);
            int toBottomEdge = star.getRect().getHeight() / 2 - 3;
            new Actions(browser).moveToElement(star, toLeftEdge, toBottomEdge).click().perform();
            wait.until(driver -> "true".equals(star.getDomProperty("checked")));
        }
    }

    /** Signs in as booth A's staff and finds the pass by its short id. */
    private void findAtBoothA(Booths booths, PassRef pass) {
        browser.get("http://127.0.0.1:" + port + "/login");
        type("input[name=username]", booths.staffA());
        type("input[name=password]", "booth-password-a");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot=submit]"))).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get("http://127.0.0.1:" + port + "/booth");

        type("#badge input", pass.shortId());
        browser.findElement(By.id("find")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record-resume")));
    }

    private void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
    }
}
