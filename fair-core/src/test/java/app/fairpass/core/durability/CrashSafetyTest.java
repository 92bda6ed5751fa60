package app.fairpass.core.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A check-in that a kiosk was told is saved survives the server process being killed (SIGKILL) at any moment:
 * H2 with WRITE_DELAY=0, several rounds, the database reopened after each.
 */
class CrashSafetyTest {
    private static final int ROUNDS = 4;

    @Test
    void everyConfirmedCheckInSurvivesSigkill() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "crash-safety"));
        Path db = dir.resolve("fairpass-" + System.nanoTime());
        String url = "jdbc:h2:file:" + db.toAbsolutePath() + ";WRITE_DELAY=0";
        Set<Long> confirmed = new HashSet<>();
        Random random = new Random();

        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=target",
                    CheckInLoop.class.getName(), url)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int before = confirmed.size();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                int killAfter = 5 + random.nextInt(200);
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("CONFIRMED ")) {
                        confirmed.add(Long.parseLong(line.substring(10)));
                        if (confirmed.size() - before >= killAfter) {
                            // kill -9 between two lines: the next commit may be half-way through
                            child.destroyForcibly();
                            break;
                        }
                    }
                }
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(confirmed.size()).as("round %d confirmed check-ins", round).isGreaterThan(before);
            assertThat(checkedInPassIds(url)).containsAll(confirmed);
        }
    }

    private static Set<Long> checkedInPassIds(String url) throws Exception {
        Set<Long> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT pass_id FROM check_in")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

}
