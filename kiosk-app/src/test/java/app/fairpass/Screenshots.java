package app.fairpass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** Screenshots of the browser tests, under target/screenshots (the README's pictures come from there). */
public final class Screenshots {

    private Screenshots() {
    }

    public static void save(ChromeDriver browser, String name) throws IOException {
        Path shot = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }
}
