package app.fairpass.printing.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;

import org.junit.jupiter.api.Test;

import app.fairpass.printing.PdfProbe;
import app.fairpass.printing.badge.BadgeContent;
import app.fairpass.printing.badge.BadgePdf;
import app.fairpass.printing.badge.BadgeStock;

class PrintQueuePrinterTest {

    /** The cups-pdf queue and output folder that test-setup/cups.sh creates (./test runs it). */
    private static final String CUPS_PDF_QUEUE = "BadgePDF";
    private static final Path CUPS_PDF_OUT = Path.of(
            Optional.ofNullable(System.getenv("FAIRPASS_CUPS_PDF_OUT")).orElse("/var/spool/cups-pdf-fairpass"));
    private static final Duration PRINT_TIMEOUT = Duration.ofSeconds(60);

    private static final String CODE = "FP1-PRINTTEST7K2M9QX4-6WDJ";
    private static final byte[] BADGE = BadgePdf.render(BadgeStock.LABEL_62X100,
            new BadgeContent("打印测试招聘会", "陈喆", null, CODE, "PRNT-0001"));

    @Test
    void unknownQueueIsATypedResultNotAnException() {
        PrintResult result = new PrintQueuePrinter("NoSuchQueue-FairPass-42")
                .print(PrintJobRequest.badge(BadgeStock.LABEL_62X100, BADGE));

        assertThat(result.outcome()).isEqualTo(PrintOutcome.NO_SUCH_PRINTER);
        assertThat(result.printed()).isFalse();
        assertThat(result.message()).contains("NoSuchQueue-FairPass-42");
    }

    @Test
    void noOpPrinterSendsNothing() {
        PrintResult result = new NoOpPrinter().print(PrintJobRequest.badge(BadgeStock.A6, BADGE));

        assertThat(result.outcome()).isEqualTo(PrintOutcome.SKIPPED);
    }

    @Test
    void badgeJobCarriesTheStockSizeAndNoPersonalData() {
        PrintJobRequest request = PrintJobRequest.badge(BadgeStock.LABEL_4X3_IN, BADGE);

        assertThat(request.mediaWidthMm()).isCloseTo(101.6, org.assertj.core.api.Assertions.within(0.1));
        assertThat(request.mediaHeightMm()).isCloseTo(76.2, org.assertj.core.api.Assertions.within(0.1));
        assertThat(request.jobName()).doesNotContain("陈喆", CODE);
    }

    /** A real print through CUPS to the cups-pdf queue. */
    @Test
    void printsThroughCupsAndTheQrSurvivesTheRoundTrip() throws Exception {
        assumeTheQueueUnlessOnCi();
        Map<Path, FileTime> before = pdfsIn(CUPS_PDF_OUT);

        PrintResult result = new PrintQueuePrinter(CUPS_PDF_QUEUE).print(PrintJobRequest.badge(BadgeStock.LABEL_62X100, BADGE));

        assertThat(result.outcome()).as(result.message()).isEqualTo(PrintOutcome.PRINTED);
        byte[] printed = awaitNewPdf(before);
        // cups-pdf re-renders through Ghostscript: the text is gone but the QR must still scan.
        assertThat(PdfProbe.decodeQr(printed, 0)).isEqualTo(CODE);
    }

    @Test
    void unreadableDocumentIsATypedResult() {
        assumeTheQueueUnlessOnCi();

        PrintResult result = new PrintQueuePrinter(CUPS_PDF_QUEUE)
                .print(new PrintJobRequest("FairPass test", "not a pdf".getBytes(), 62, 100));

        assertThat(result.outcome()).isEqualTo(PrintOutcome.INVALID_DOCUMENT);
    }

    /** On CI (CI=true, as ./test sets it) the queue must be there and these tests run; elsewhere only if it exists. */
    private static void assumeTheQueueUnlessOnCi() {
        boolean queueExists = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .map(PrintService::getName).anyMatch(CUPS_PDF_QUEUE::equalsIgnoreCase);
        assumeTrue(queueExists || "true".equals(System.getenv("CI")),
                "no CUPS queue " + CUPS_PDF_QUEUE + " (./test sets it up)");
    }

    /** A PDF that is new or rewritten since {@code before} (cups-pdf reuses the file name of a job title). */
    private static byte[] awaitNewPdf(Map<Path, FileTime> before) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PRINT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            List<Path> fresh = pdfsIn(CUPS_PDF_OUT).entrySet().stream()
                    .filter(file -> !file.getValue().equals(before.get(file.getKey())))
                    .map(Map.Entry::getKey)
                    .toList();
            for (Path candidate : fresh) {
                byte[] bytes = Files.readAllBytes(candidate);
                // cups-pdf writes the file in place: wait until it ends with the PDF trailer.
                if (new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length),
                        java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                    return bytes;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no new PDF in " + CUPS_PDF_OUT + " within " + PRINT_TIMEOUT);
    }

    private static Map<Path, FileTime> pdfsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        Map<Path, FileTime> pdfs = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path pdf : files.filter(path -> path.toString().endsWith(".pdf")).toList()) {
                pdfs.put(pdf, Files.getLastModifiedTime(pdf));
            }
        }
        return pdfs;
    }
}
