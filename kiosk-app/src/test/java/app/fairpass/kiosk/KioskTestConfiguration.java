package app.fairpass.kiosk;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** The kiosk Karibu tests' context: the fixture and a timer they fire by hand. */
@TestConfiguration
@Import(KioskFixture.class)
public class KioskTestConfiguration {

    @Bean
    @Primary
    ManualScreenTimer manualScreenTimer() {
        return new ManualScreenTimer();
    }
}
