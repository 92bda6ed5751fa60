package app.fairpass.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The documented restore: back up a live file database, restore it elsewhere, open, close, reopen — same rows. */
class BackupAndRestoreTest {
    private static final String[] TABLES = {"fair", "employer", "booth", "job_seeker", "pass", "check_in",
            "key_group", "audit_log"};

    @Test
    void aBackupRestoresToTheSameRows() throws Exception {
        Path root = Files.createTempDirectory(Path.of("target"), "backup");
        Path live = root.resolve("live");
        String url = "jdbc:h2:file:" + live.resolve("fairpass").toAbsolutePath() + ";WRITE_DELAY=0";
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        Flyway.configure().dataSource(dataSource).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        seed(jdbc);
        Map<String, Long> before = counts(jdbc);

        Clock clock = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        DatabaseBackups backups = new DatabaseBackups(jdbc, clock, keepTwo(root), url);
        Path file = backups.backUp();
        dataSource.destroy();
        assertThat(file.getFileName().toString()).isEqualTo("fairpass-20260630-100000.zip");

        Path restored = root.resolve("restored");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = RestoreCommand.run(new String[] {"--from=" + file, "--data-dir=" + restored},
                new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).as(console.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("restored", "3 check-ins");
        for (int open = 0; open < 2; open++) {
            SingleConnectionDataSource reopened = new SingleConnectionDataSource("jdbc:h2:file:"
                    + restored.resolve("fairpass").toAbsolutePath() + ";IFEXISTS=TRUE", "sa", "", true);
            assertThat(counts(JdbcClient.create(reopened))).isEqualTo(before);
            reopened.destroy();
        }
    }

    @Test
    void restoringOverADatabaseKeepsTheOldOneAside() throws Exception {
        Path root = Files.createTempDirectory(Path.of("target"), "backup");
        String url = "jdbc:h2:file:" + root.resolve("db/fairpass").toAbsolutePath();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        Flyway.configure().dataSource(dataSource).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        DatabaseBackups backups = new DatabaseBackups(jdbc, Clock.systemUTC(), keepTwo(root), url);
        Path file = backups.backUp();
        dataSource.destroy();

        int exit = RestoreCommand.run(new String[] {"--from=" + file, "--data-dir=" + root.resolve("db")},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        try (var files = Files.list(root.resolve("db"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("fairpass.mv.db.before-restore-"))
                    .contains("fairpass.mv.db");
        }
    }

    @Test
    void aBackupThatIsNotThereIsNamedAboveTheUsage() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = RestoreCommand.run(new String[] {"--from=/no/such/file.zip"},
                new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("no such backup file /no/such/file.zip")
                .contains("Usage: restore --from=BACKUP.zip");
    }

    @Test
    void anUnknownOptionIsNamedAboveTheUsage() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = RestoreCommand.run(new String[] {"--from=/no/such/file.zip", "--force"},
                new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("Unknown option: '--force'")
                .contains("Usage: restore --from=BACKUP.zip").doesNotContain("Exception", "\tat ");
    }

    @Test
    void theBackupToRestoreIsRequired() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = RestoreCommand.run(new String[] {"--data-dir=target/nowhere"},
                new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(console.toString(StandardCharsets.UTF_8))
                .startsWith("Missing required option: '--from=BACKUP.zip'").contains("Usage: restore");
        assertThat(Path.of("target/nowhere")).doesNotExist();
    }

    @Test
    void helpPrintsTheUsageWithEveryOption() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = RestoreCommand.run(new String[] {"--help"}, new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("Usage: restore").contains("--from=BACKUP.zip",
                "--data-dir=DIR", "default: data", "--name=NAME", "default: fairpass", "--help", "Stop the server first");
    }

    private static void seed(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO fair (name, venue, fair_date, opens_at, closes_at, status, created_at) VALUES "
                + "('专场招聘会', '体育馆', DATE '2026-06-30', TIME '09:00:00', TIME '12:00:00', 'OPEN', CURRENT_TIMESTAMP)")
                .update();
        jdbc.sql("INSERT INTO pass_key (key_id, secret, created_at) VALUES ('A', 'ab', CURRENT_TIMESTAMP)").update();
        for (int i = 0; i < 3; i++) {
            jdbc.sql("INSERT INTO job_seeker (name, phone, show_badge_line, share_with_employers, registered_via, "
                    + "created_at) VALUES (?, ?, TRUE, TRUE, 'ONLINE', CURRENT_TIMESTAMP)")
                    .params("陈喆" + i, "1390000000" + i).update();
            jdbc.sql("INSERT INTO pass (fair_id, job_seeker_id, random_id, short_id, key_id, status, issued_at) "
                    + "SELECT f.id, s.id, ?, ?, 'A', 'ACTIVE', CURRENT_TIMESTAMP FROM fair f, job_seeker s "
                    + "WHERE s.phone = ?").params("RANDOM000000" + i, "SHORT00" + i, "1390000000" + i).update();
            jdbc.sql("INSERT INTO check_in (fair_id, pass_id, checked_in_at) SELECT fair_id, id, CURRENT_TIMESTAMP "
                    + "FROM pass WHERE short_id = ?").param("SHORT00" + i).update();
        }
    }

    private static Map<String, Long> counts(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private static BackupSettings keepTwo(Path root) {
        return new BackupSettings(root.resolve("backups"), Duration.ofMinutes(30), 2);
    }
}
