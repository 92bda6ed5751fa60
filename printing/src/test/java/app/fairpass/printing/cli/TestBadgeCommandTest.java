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
                .contains("Usage: test-badge --stock=STOCK", "LABEL_62X100 | LABEL_4X3_IN | A6 | A4_SHEET_8");
        assertThat(Path.of("x.pdf")).doesNotExist();
    }

    @Test
    void unknownPrinterExitsOneWithTheReason() {
        int exit = TestBadgeCommand.run(new String[] {"--stock=A6", "--printer=NoSuchQueue-FairPass-42"}, out);

        assertThat(exit).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("NO_SUCH_PRINTER", "NoSuchQueue-FairPass-42");
    }
}
