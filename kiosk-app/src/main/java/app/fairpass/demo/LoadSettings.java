package app.fairpass.demo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code fairpass.load.*}, set by the {@code load} profile: the load fair to make and where its credentials go. */
@ConfigurationProperties("fairpass.load")
public record LoadSettings(Path credentialsFile, int kiosks, int booths, int jobSeekers) {
}
