package app.fairpass.kiosk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code fairpass.kiosk.*}: how the kiosk screen behaves. */
@ConfigurationProperties("fairpass.kiosk")
public record KioskSettings(@DefaultValue("8") int resultSeconds) {

    /** How long a result stays on screen before the kiosk starts over for the next person. */
    public Duration resultShownFor() {
        return Duration.ofSeconds(resultSeconds);
    }
}
