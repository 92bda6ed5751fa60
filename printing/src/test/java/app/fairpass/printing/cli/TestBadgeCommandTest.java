package app.fairpass.printing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.fairpass.printing.PdfProbe;

class TestBadgeCommandTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void writesATestBadgeWhoseQrReads(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("badge.pdf");

        int exit = TestBadgeCommand.run(new String[] {"--stock=LABEL_4X3_IN", "--out=" + file}, out);

        assertThat(exit).isZero();
        byte[] pdf = Files.readAllBytes(file);
        assertThat(PdfProbe.pageSizeMm(pdf, 0)[0]).isCloseTo(101.6, org.assertj.core.api.Assertions.within(0.5));
        assertThat(PdfProbe.decodeQr(pdf, 0)).isEqualTo(TestBadgeCommand.SAMPLE_PASS_CODE);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains(file.toAbsolutePath().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--stock=LABEL_99", "--stock=A6", "--stock=A6 --out=x.pdf --printer=Q",
            "--stock=A6 --colour=red", "--stock=A6 --stock=A4_SHEET_8 --out=x.pdf", "A6"})
    void badArgumentsPrintUsageAndExitTwo(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");

        int exit = TestBadgeCommand.run(args, out);

        assertThat(exit).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("Usage: test-badge --stock=STOCK", "LABEL_62X100, LABEL_4X3_IN, A6, A4_SHEET_8");
        assertThat(Path.of("x.pdf")).doesNotExist();
    }

    @Test
    void theStockMayAlsoFollowItsOptionAfterASpace(@TempDir Path folder) {
        Path file = folder.resolve("badge.pdf");

        int exit = TestBadgeCommand.run(new String[] {"--stock", "A6", "--out", file.toString()}, out);

        assertThat(exit).as(printed()).isZero();
        assertThat(file).isNotEmptyFile();
    }

    @Test
    void anUnknownOptionIsNamedAboveTheUsage() {
        int exit = TestBadgeCommand.run(new String[] {"--stock=A6", "--out=x.pdf", "--colour=red"}, out);

        assertThat(exit).isEqualTo(2);
        assertThat(printed()).startsWith("Unknown option: '--colour=red'").contains("Usage: test-badge")
                .doesNotContain("Exception", "\tat ");
        assertThat(Path.of("x.pdf")).doesNotExist();
    }

    @Test
    void aMissingStockIsNamed() {
        int exit = TestBadgeCommand.run(new String[] {"--out=x.pdf"}, out);

        assertThat(exit).isEqualTo(2);
        assertThat(printed()).startsWith("Missing required option: '--stock=STOCK'").contains("Usage: test-badge");
    }

    @Test
    void anUnknownStockListsTheKnownOnes() {
        int exit = TestBadgeCommand.run(new String[] {"--stock=LABEL_99", "--out=x.pdf"}, out);

        assertThat(exit).isEqualTo(2);
        assertThat(printed()).startsWith("Invalid value for option '--stock'")
                .contains("LABEL_99", "LABEL_62X100, LABEL_4X3_IN, A6, A4_SHEET_8");
    }

    @Test
    void bothAFileAndAPrinterAreRefused() {
        int exit = TestBadgeCommand.run(new String[] {"--stock=A6", "--out=x.pdf", "--printer=Q"}, out);

        assertThat(exit).isEqualTo(2);
        assertThat(printed()).startsWith("Error: --out=FILE.pdf, --printer=QUEUE are mutually exclusive");
        assertThat(Path.of("x.pdf")).doesNotExist();
    }

    @Test
    void helpPrintsTheUsageWithEveryOption() {
        int exit = TestBadgeCommand.run(new String[] {"--help"}, out);

        assertThat(exit).isZero();
        assertThat(printed()).startsWith("Usage: test-badge").contains("--stock=STOCK", "--out=FILE.pdf",
                "--printer=QUEUE", "--help", "Exit codes:", "1   printer failed");
    }

    @Test
    void aFileInAFolderThatDoesNotExistIsExplained(@TempDir Path folder) {
        Path file = folder.resolve("no/such/folder/badge.pdf");

        int exit = TestBadgeCommand.run(new String[] {"--stock=A6", "--out=" + file}, out);

        assertThat(exit).isEqualTo(1);
        assertThat(printed()).isEqualToIgnoringNewLines("Cannot write " + file + ": no such folder");
    }

    @Test
    void unknownPrinterExitsOneWithTheReason() {
        int exit = TestBadgeCommand.run(new String[] {"--stock=A6", "--printer=NoSuchQueue-FairPass-42"}, out);

        assertThat(exit).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("NO_SUCH_PRINTER", "NoSuchQueue-FairPass-42");
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
