package app.fairpass.kiosk;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The browser tests' server: the production wiring (HTTPS with its self-signed certificate, the real screen timer)
 * except that server-side badge jobs are recorded rather than printed. Used through {@link HttpsBrowserTest}.
 */
@TestConfiguration
public class BrowserTestConfiguration {
    @Bean
    @Primary
    RecordingPrinters recordingPrinters() {
        return new RecordingPrinters();
    }
}
