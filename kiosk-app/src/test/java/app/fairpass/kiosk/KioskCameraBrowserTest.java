package app.fairpass.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.Browser;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.kiosk.PairedKiosk;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.core.pass.PassRef;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A paired kiosk with a camera, over HTTPS (cameras need a secure context): Chromium's fake camera shows a real
 * pass QR, the browser decodes it with ZXing and the person is checked in.
 */
class KioskCameraBrowserTest extends HttpsBrowserTest {
    ChromeDriver browser;
    PairedKiosk kiosk;
    PassRef pass;

    @BeforeAll
    void start() throws Exception {
        FairInfo fair = fixture.fair("平望镇专场招聘会", FairStatus.OPEN);
        kiosk = fixture.pairedKiosk(fair.id(), PrintMode.NONE, null);
        pass = fixture.register(fair.id(), "欧阳明华", fixture.newPhone());
        Path video = FakeCamera.showing(pass.code().text(), Path.of("target", "fake-camera", "pass.y4m"));
        browser = Browser.start(1280, 900, "--ignore-certificate-errors", "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + video);
    }

    @AfterAll
    void stop() {
        browser.quit();
    }

    @Test
    void theCameraReadsThePassAndTheKioskWelcomesThePerson() {
        // Generous: decoding camera frames in the page is slow on a busy two-core CI machine.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        String kioskUrl = url("/kiosk");
        browser.get(kioskUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pairing-title")));
        browser.manage().addCookie(new Cookie.Builder("FAIRPASS_KIOSK", kiosk.deviceToken()).path("/")
                .isSecure(true).isHttpOnly(true).build());

        browser.get(kioskUrl);

        WebElement welcome;
        try {
            welcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-welcome")));
        } catch (TimeoutException e) {
            throw new AssertionError("no welcome; screen: " + browser.findElement(By.tagName("body")).getText()
                    + "; camera: " + browser.executeScript("const c = document.querySelector('fp-camera-scanner');"
                    + " return c ? [...c.attributes].map(a => a.name).join(',') : 'none'"), e);
        }
        assertThat(welcome.getText()).contains("欧阳明华，欢迎您！");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in WHERE pass_id = ?").param(pass.passId())
                .query(Long.class).single()).isEqualTo(1);
    }
}
