package app.fairpass.register;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.Browser;
import app.fairpass.Screenshots;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.kiosk.HttpsBrowserTest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Registering from a poster's QR code on a phone-sized screen: the pass QR is on screen at the end. */
class PublicRegistrationBrowserTest extends HttpsBrowserTest {
    ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start(360, 740, "--ignore-certificate-errors");
        // Headless Chromium keeps windows at least 500 px wide: emulate the phone's screen instead.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterAll
    void stop() {
        browser.quit();
    }

    @Test
    void aPhoneRegistersAndGetsItsPass() throws Exception {
        FairInfo fair = fixture.fair("高校毕业生专场", FairStatus.PLANNED);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(url("/register/" + fair.id()));
        String name = "黄" + UUID.randomUUID().toString().substring(0, 3);
        String phone = fixture.newPhone();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#reg-name input"))).sendKeys(name);
        WebElement phoneInput = browser.findElement(By.cssSelector("#reg-phone input"));
        assertThat(phoneInput.getDomProperty("inputMode")).as("the phone keypad").isEqualTo("tel");
        phoneInput.sendKeys("138abc");
        browser.findElement(By.id("register-submit")).click();
        wait.until(driver -> "手机号只能填数字（可以带空格或短横线）".equals(driver.findElement(By.id("reg-phone"))
                .getDomProperty("errorMessage")) && "true".equals(driver.findElement(By.id("reg-phone"))
                .getDomProperty("invalid")));
        assertThat(phoneInput.getDomProperty("value")).as("kept as typed").isEqualTo("138abc");
        assertThat(browser.findElement(By.id("reg-problems")).getText()).startsWith("请检查上面标红的2处内容");

        phoneInput.clear();
        phoneInput.sendKeys(phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7));
        browser.findElement(By.id("reg-edu-BACHELOR")).click();
        browser.findElement(By.id("reg-consent-processing")).click();
        Screenshots.save(browser, "register-phone-form");
        browser.findElement(By.id("register-submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-done")));
        WebElement qr = browser.findElement(By.id("pass-qr"));
        wait.until(driver -> ((Number) browser.executeScript("return arguments[0].naturalWidth", qr)).intValue() > 0);
        WebElement pdfLink = browser.findElement(By.id("pass-pdf"));
        assertThat(pdfLink.getDomAttribute("download")).as("saved, not opened in place").isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> fetched = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(async response => {
                  const bytes = new Uint8Array(await response.arrayBuffer());
                  done({type: response.headers.get('content-type'), base64: btoa(String.fromCharCode(...bytes))});
                }).catch(problem => done({type: String(problem), base64: ''}));
                """, pdfLink);
        assertThat(fetched.get("type")).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode((String) fetched.get("base64")))) {
            assertThat(new PDFTextStripper().getText(pdf)).as("the pass PDF the phone gets").contains(name);
        }
        assertThat(jdbc.sql("SELECT s.phone FROM pass p JOIN job_seeker s ON s.id = p.job_seeker_id"
                + " WHERE s.name = ? AND p.fair_id = ?").param(name).param(fair.id()).query(String.class).list())
                .containsExactly(phone);
        Screenshots.save(browser, "register-phone-pass");

        String shortId = browser.findElement(By.id("pass-short-id")).getText();
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("pass-short-id"), shortId));
        assertThat(browser.getCurrentUrl()).as("nothing of the person in the address")
                .endsWith("/register/" + fair.id());
    }

    @Test
    void anAddressOfNoFairSaysSoWithoutAskingToSignIn() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(url("/register/abc"));

        wait.until(ExpectedConditions.textToBe(By.id("no-such-fair"), "没有找到这场招聘会"));
        assertThat(browser.getCurrentUrl()).endsWith("/register/abc");
        assertThat(browser.findElements(By.tagName("vaadin-login-form"))).isEmpty();
    }
}
