package app.fairpass.https;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code fairpass.https.*} (or {@code FAIRPASS_HTTPS_PORT}): HTTPS on by default, because cameras need it. */
@ConfigurationProperties("fairpass.https")
public record HttpsSettings(@DefaultValue("true") boolean enabled, @DefaultValue("8443") int port) {
}
