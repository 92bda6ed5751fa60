package app.fairpass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium (docs/architecture.md "Tests"): no network of its own, a fresh profile per run. */
public final class Browser {

    private Browser() {
    }

    /**
     * A phone: Chromium's mobile emulation at 360 × 740 CSS pixels with touch. A desktop window cannot be made
     * that narrow (Chromium keeps windows at least about 500 px wide).
     */
    public static ChromeDriver startPhone(String... extraFlags) throws Exception {
        return start(360, 740, Map.of("deviceMetrics", Map.of("width", 360, "height", 740, "pixelRatio", 2.0,
                "touch", true), "userAgent", "Mozilla/5.0 (Linux; Android 14) Mobile FairPassTest"), extraFlags);
    }

    public static ChromeDriver start(int width, int height, String... extraFlags) throws Exception {
        return start(width, height, null, extraFlags);
    }

    private static ChromeDriver start(int width, int height, Map<String, Object> mobileEmulation,
            String... extraFlags) throws Exception {
        Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=zh-CN",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile.toAbsolutePath());
        options.addArguments(extraFlags);
        if (mobileEmulation != null) {
            options.setExperimentalOption("mobileEmulation", mobileEmulation);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
