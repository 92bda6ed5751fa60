package app.fairpass.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.Browser;
import app.fairpass.Screenshots;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.core.pass.PassRef;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One kiosk in a real browser over HTTPS, in the order it lives: an unpaired browser checks no one in; it is paired
 * with the organiser's code; a USB scanner (keys typed at scanner speed, no field focused) checks a person in and
 * the badge goes to the kiosk's server printer queue; a walk-up visitor registers and is checked in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskBrowserTest extends HttpsBrowserTest {
    @Autowired
    RecordingPrinters printers;

    ChromeDriver browser;
    WebDriverWait wait;
    FairInfo fair;
    long kioskId;
    PassRef pass;

    @BeforeAll
    void start() throws Exception {
        fair = fixture.fair("吴江区春季招聘会", FairStatus.OPEN);
        kioskId = fixture.pairedKiosk(fair.id(), PrintMode.SERVER_QUEUE, "BadgePDF").kiosk().kioskId();
        pass = fixture.register(fair.id(), "陈喆", fixture.newPhone());
        browser = Browser.start(1280, 900, "--ignore-certificate-errors");
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() {
        browser.quit();
    }

    @Test
    @Order(1)
    void anUnpairedBrowserChecksNoOneInThenPairsWithTheOrganisersCode() throws Exception {
        browser.get(url("/kiosk"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pairing-title")));
        browser.findElement(By.tagName("body")).click();

        new Actions(browser).sendKeys(pass.code().text() + "\n").perform();
        Thread.sleep(1_000);

        assertThat(browser.findElements(By.id("result-welcome"))).isEmpty();
        assertThat(checkIns()).isZero();

        browser.findElement(By.id("pairing-code")).sendKeys(fixture.pairingCode(kioskId));
        browser.findElement(By.id("pairing-submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-title")));
        assertThat(browser.findElement(By.id("idle-title")).getText()).isEqualTo("请扫描您的入场凭证");
        assertThat(browser.manage().getCookieNamed("FAIRPASS_KIOSK").isHttpOnly()).isTrue();
        assertThat(browser.manage().getCookieNamed("FAIRPASS_KIOSK").isSecure()).isTrue();
        Screenshots.save(browser, "kiosk-idle");
    }

    @Test
    @Order(2)
    void aScannerTypingTheCodeChecksInAndSendsTheBadgeToThePrinterQueue() throws Exception {
        int jobsBefore = printers.jobs().size();

        new Actions(browser).sendKeys(pass.code().text() + "\n").perform();

        WebElement welcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-welcome")));
        assertThat(welcome.getText()).contains("陈喆，欢迎您！", "请取走您的胸牌，前往展位");
        assertThat(checkIns()).isEqualTo(1);

        wait.until(driver -> printers.jobs().size() > jobsBefore);
        RecordingPrinters.Job job = printers.jobs().get(printers.jobs().size() - 1);
        assertThat(job.queue()).isEqualTo("BadgePDF");
        assertThat(new String(job.request().pdf(), 0, 5)).isEqualTo("%PDF-");
        Screenshots.save(browser, "kiosk-welcome");
    }

    @Test
    @Order(3)
    void aScannerReadingTheSameCodeTwiceInARowChecksInOnce() throws Exception {
        PassRef twice = fixture.register(fair.id(), "何静", fixture.newPhone());
        // Key events made in the page itself, so both reads surely come within two seconds even on a slow machine.
        browser.executeScript("""
                const scan = code => {
                  for (const key of [...code, 'Enter']) {
                    document.dispatchEvent(new KeyboardEvent('keydown', {key: key, bubbles: true}));
                  }
                };
                scan(arguments[0]);
                scan(arguments[0]);
                """, twice.code().text());

        wait.until(driver -> driver.findElement(By.id("result-welcome")).getText().contains("何静"));
        Thread.sleep(1_000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scan_log WHERE pass_id = ?").param(twice.passId())
                .query(Long.class).single()).as("scans that reached the server").isEqualTo(1);
    }

    @Test
    @Order(4)
    void aWalkUpVisitorRegistersOnTheTouchFormAndIsCheckedIn() throws Exception {
        browser.get(url("/kiosk"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("walk-up"))).click();
        String name = "林" + UUID.randomUUID().toString().substring(0, 3);
        type("reg-name", name);
        type("reg-phone", fixture.newPhone());
        browser.findElement(By.id("reg-group-COLLEGE_GRADUATE")).click();
        browser.findElement(By.id("reg-edu-JUNIOR_COLLEGE")).click();
        type("reg-line", "电子商务");
        browser.findElement(By.id("reg-consent-processing")).click();
        browser.findElement(By.id("reg-consent-line")).click();
        Screenshots.save(browser, "kiosk-registration");

        browser.findElement(By.id("walk-up-submit")).click();

        WebElement welcome = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-welcome")));
        assertThat(welcome.getText()).contains(name + "，欢迎您！");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in c JOIN pass p ON p.id = c.pass_id JOIN job_seeker s"
                + " ON s.id = p.job_seeker_id WHERE s.name = ?").param(name).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    @Order(5)
    void aWrongPhoneTappedAtTheBottomOfTheFormIsBroughtIntoViewAndSaidByTheButton() throws Exception {
        browser.get(url("/kiosk"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("walk-up"))).click();
        String name = "郭" + UUID.randomUUID().toString().substring(0, 3);
        type("reg-name", name);
        type("reg-phone", "138 1234 56");
        browser.findElement(By.id("reg-edu-HIGH_SCHOOL")).click();
        browser.findElement(By.id("reg-consent-processing")).click();
        WebElement phone = browser.findElement(By.cssSelector("#reg-phone input"));
        assertThat(phone.getDomProperty("inputMode")).as("the phone keypad on a touch screen").isEqualTo("tel");
        WebElement submit = browser.findElement(By.id("walk-up-submit"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'end'})", submit);
        assertThat(inViewport(phone)).as("the form scrolls: the phone field is out of sight").isFalse();

        submit.click();

        wait.until(driver -> phone.equals(browser.executeScript("return document.activeElement")));
        wait.until(driver -> inViewport(phone));
        WebElement problems = browser.findElement(By.id("reg-problems"));
        assertThat(problems.isDisplayed()).isTrue();
        assertThat(problems.getText()).isEqualTo("请检查上面标红的内容。手机号少了2位：已输入9位，应为11位");
        assertThat(browser.findElement(By.id("reg-phone")).getDomProperty("errorMessage"))
                .isEqualTo("手机号少了2位：已输入9位，应为11位");
        Screenshots.save(browser, "kiosk-registration-wrong-phone");
        browser.executeScript("arguments[0].scrollIntoView({block: 'end'})", submit);
        Screenshots.save(browser, "kiosk-registration-wrong-phone-by-the-button");

        String number = fixture.newPhone();
        phone.clear();
        phone.sendKeys("+86 " + number.substring(0, 3) + " " + number.substring(3, 7) + " " + number.substring(7));
        browser.findElement(By.id("walk-up-submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-welcome")));
        assertThat(jdbc.sql("SELECT phone FROM job_seeker WHERE name = ?").param(name).query(String.class).single())
                .isEqualTo(number);
    }

    /** Wholly inside the window, as a person at the kiosk sees it. */
    private boolean inViewport(WebElement element) {
        return (Boolean) browser.executeScript("""
                const box = arguments[0].getBoundingClientRect();
                return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
                """, element);
    }

    private void type(String id, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input"))).sendKeys(text);
    }


    private long checkIns() {
        return jdbc.sql("SELECT COUNT(*) FROM check_in WHERE pass_id = ?").param(pass.passId()).query(Long.class)
                .single();
    }
}
