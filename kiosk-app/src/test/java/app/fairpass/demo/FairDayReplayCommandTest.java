package app.fairpass.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay command's own line, without replaying anything (FairDayReplayTest plays the day). */
class FairDayReplayCommandTest {
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

    @Test
    void anUnknownOptionIsNamedAboveTheUsageAndNothingIsPlayed(@TempDir Path folder) {
        int exit = FairDayReplay.run(new String[] {"--data-dir=" + folder, "--seed=7"}, out);

        assertThat(exit).isEqualTo(2);
        assertThat(printed()).startsWith("Unknown option: '--seed=7'").contains("Usage: replay-fair-day")
                .doesNotContain("Exception", "\tat ");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void anOptionWithoutItsValueIsNamed(@TempDir Path folder) {
        int exit = FairDayReplay.run(new String[] {"--data-dir=" + folder, "--out"}, out);

        assertThat(exit).isEqualTo(2);
        assertThat(printed()).startsWith("Missing required parameter for option '--out'")
                .contains("Usage: replay-fair-day");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void helpPrintsTheUsageWithEveryOption() {
        int exit = FairDayReplay.run(new String[] {"--help"}, out);

        assertThat(exit).isZero();
        assertThat(printed()).startsWith("Usage: replay-fair-day").contains("--data-dir=DIR", "default: replay",
                "--out=FILE.pdf", "default: fair-day-summary.pdf", "--help");
    }

    private String printed() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
