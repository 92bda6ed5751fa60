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
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A paired kiosk with a camera, over HTTPS (cameras need a secure context): Chromium's fake camera shows a real
 * pass QR, the browser decodes it with ZXing and the person is checked in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "fairpass.https.enabled=true", "fairpass.https.port=0",
                "fairpass.data-dir=target/browser-test-data"})
@ActiveProfiles("test")
@Import(BrowserTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskCameraBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    KioskFixture fixture;
    @Autowired
    JdbcClient jdbc;

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
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        String kioskUrl = "https://127.0.0.1:" + port + "/kiosk";
        browser.get(kioskUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pairing-title")));
        browser.manage().addCookie(new Cookie.Builder("FAIRPASS_KIOSK", kiosk.deviceToken()).path("/")
                .isSecure(true).isHttpOnly(true).build());

        browser.get(kioskUrl);

        WebElement welcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-welcome")));
        assertThat(welcome.getText()).contains("欧阳明华，欢迎您！");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in WHERE pass_id = ?").param(pass.passId())
                .query(Long.class).single()).isEqualTo(1);
    }
}
