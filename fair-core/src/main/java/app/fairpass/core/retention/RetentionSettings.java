package app.fairpass.core.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code fairpass.retention.*}: how long personal data is kept after a fair closes. */
@ConfigurationProperties("fairpass.retention")
public record RetentionSettings(@DefaultValue("180") int days) {
}
