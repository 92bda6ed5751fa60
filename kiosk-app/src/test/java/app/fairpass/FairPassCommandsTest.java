package app.fairpass;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The commands the jar runs instead of the server, as main dispatches them. */
class FairPassCommandsTest {
    private final StringWriter printed = new StringWriter();

    @ParameterizedTest
    @ValueSource(strings = {"test-badge", "restore", "replay-fair-day"})
    void eachCommandsHelpShowsHowToTypeItWithTheJar(String command) {
        int exit = commands().execute(command, "--help");

        assertThat(exit).isZero();
        assertThat(printed.toString()).startsWith("Usage: java -jar fairpass.jar " + command + " ")
                .contains("--help");
    }

    @Test
    void anUnknownOptionOfACommandIsNamedAboveItsUsage() {
        int exit = commands().execute("restore", "--from=/no/such/file.zip", "--force");

        assertThat(exit).isEqualTo(2);
        assertThat(printed.toString()).startsWith("Unknown option: '--force'")
                .contains("Usage: java -jar fairpass.jar restore --from=BACKUP.zip");
    }

    private CommandLine commands() {
        PrintWriter writer = new PrintWriter(printed, true);
        return FairPassApplication.commands().setOut(writer).setErr(writer);
    }
}
