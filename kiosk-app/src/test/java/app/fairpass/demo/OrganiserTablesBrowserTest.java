package app.fairpass.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.Browser;
import app.fairpass.Screenshots;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The organiser's tables of fairs and kiosks on a 1280 px laptop screen, with the demo fair's long name: the name
 * takes the room (two lines at most) and every button in a row is fully inside the table. Same configuration as
 * the demo sign-in test, so both share one server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "fairpass.demo.enabled=true", "fairpass.demo.password=demo-password-for-tests",
        "spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class OrganiserTablesBrowserTest {
    @LocalServerPort
    int port;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void signIn() throws Exception {
        browser = Browser.start(1280, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://127.0.0.1:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]"))).sendKeys("demo");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=password]")))
                .sendKeys("demo-password-for-tests");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot=submit]"))).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"fairs", "kiosks"})
    void theFairNameTakesTheRoomAndEveryButtonIsInside(String table) throws Exception {
        browser.get("http://127.0.0.1:" + port + "/" + table);
        WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(table)));
        wait.until(driver -> grid.getText().contains(DemoFair.NAME));
        assertThat((Long) browser.executeScript("return window.innerWidth")).isEqualTo(1280L);

        @SuppressWarnings("unchecked")
        Map<String, Object> name = (Map<String, Object>) browser.executeScript("""
                const cell = [...arguments[0].querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.trim() === arguments[1]);
                const style = getComputedStyle(cell);
                return {height: cell.getBoundingClientRect().height - parseFloat(style.paddingTop)
                        - parseFloat(style.paddingBottom), line: parseFloat(style.lineHeight)};
                """, grid, DemoFair.NAME);
        double lines = ((Number) name.get("height")).doubleValue() / ((Number) name.get("line")).doubleValue();
        assertThat(lines).as("lines of the fair name %s", name).isLessThanOrEqualTo(2.1);

        @SuppressWarnings("unchecked")
        List<String> cutOff = (List<String>) browser.executeScript("""
                const grid = arguments[0].getBoundingClientRect();
                const right = Math.min(grid.right, window.innerWidth);
                return [...arguments[0].querySelectorAll('vaadin-grid-cell-content vaadin-button')]
                    .map(b => [b.textContent.trim(), b.getBoundingClientRect()])
                    .filter(([text, r]) => r.width > 0 && (r.right > right + 0.5 || r.left < grid.left))
                    .map(([text, r]) => text + ' ' + Math.round(r.left) + '–' + Math.round(r.right) + ' of '
                        + Math.round(grid.left) + '–' + Math.round(right));
                """, grid);
        assertThat(cutOff).as("buttons not fully inside the table").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#" + table + " vaadin-grid-cell-content vaadin-button")))
                .as("buttons in the table").isNotEmpty();
        @SuppressWarnings("unchecked")
        List<Long> headerOffsets = (List<Long>) browser.executeScript("""
                const root = arguments[0].shadowRoot;
                const row = [...root.querySelectorAll('#items tr')].find(r => !r.hidden);
                const body = [...row.querySelectorAll('td')].map(c => c.getBoundingClientRect().left);
                return [...root.querySelectorAll('#header th')].map((c, i) =>
                    Math.round(c.getBoundingClientRect().left - body[i]));
                """, grid);
        assertThat(headerOffsets).as("headers over their columns").containsOnly(0L);
        Screenshots.save(browser, "organiser-" + table + "-1280");
    }
}
