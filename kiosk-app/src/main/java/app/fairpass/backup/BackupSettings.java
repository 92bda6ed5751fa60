package app.fairpass.backup;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairpass.backup.*}: where the online backups go (by default {@code <data-dir>/backups}, set in
 * application.properties because it follows the data folder), how often one is taken and how many are kept.
 */
@ConfigurationProperties("fairpass.backup")
public record BackupSettings(Path dir, @DefaultValue("PT30M") Duration interval, @DefaultValue("48") int keep) {
}
