package app.fairpass.backup;

import app.fairpass.database.EmbeddedH2File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Online backups of the embedded H2 database with H2's own {@code BACKUP TO}: a consistent copy taken while the
 * fair runs (never copy the live file). The newest {@code fairpass.backup.keep} files are kept.
 */
@Component
@EnableConfigurationProperties(BackupSettings.class)
public class DatabaseBackups {
    static final String PREFIX = "fairpass-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path folder;
    private final int keep;
    private final Duration interval;
    private final boolean embeddedH2;

    DatabaseBackups(JdbcClient jdbc, Clock clock, BackupSettings settings,
            @Value("${spring.datasource.url}") String url) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.folder = settings.dir();
        this.keep = settings.keep();
        this.interval = settings.interval();
        this.embeddedH2 = EmbeddedH2File.of(url).isPresent();
        if (!embeddedH2) {
            log.info("scheduled backups are off: the database is not an embedded H2 file; back it up with its own"
                    + " tools (pg_dump for PostgreSQL)");
        }
    }

    /** Every {@code fairpass.backup.interval}, the first one interval after start; PostgreSQL has its own tools. */
    @EventListener(ApplicationReadyEvent.class)
    void scheduleBackups(ApplicationReadyEvent ready) {
        if (embeddedH2) {
            TaskScheduler scheduler = ready.getApplicationContext().getBean(TaskScheduler.class);
            scheduler.scheduleWithFixedDelay(this::backUp, scheduler.getClock().instant().plus(interval), interval);
        }
    }

    /** Writes one backup file now and removes the oldest beyond the number kept. */
    public Path backUp() {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(PREFIX + STAMP.format(clock.instant().atZone(clock.getZone())) + ".zip")
                    .toAbsolutePath();
            jdbc.sql("BACKUP TO '" + file.toString().replace("'", "''") + "'").update();
            log.info("database backed up to {} ({} bytes)", file, Files.size(file));
            prune();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("backup to " + folder + " failed", e);
        }
    }

    /** Backup files, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                            && f.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prune() throws IOException {
        List<Path> files = list();
        for (Path old : files.subList(Math.min(keep, files.size()), files.size())) {
            Files.deleteIfExists(old);
        }
    }
}
