package app.fairpass.printing.cli;

import app.fairpass.printing.badge.BadgeContent;
import app.fairpass.printing.badge.BadgePdf;
import app.fairpass.printing.badge.BadgeStock;
import app.fairpass.printing.printer.PrintJobRequest;
import app.fairpass.printing.printer.PrintQueuePrinter;
import app.fairpass.printing.printer.PrintResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * "test-badge": a venue technician checks a label printer with a sample badge, either written to a PDF
 * file or sent to a printer queue. The sample uses hard-to-render names on purpose and no real person.
 */
@Command(name = "test-badge", description = "Prints a sample badge, to check a label printer.",
        sortOptions = false, sortSynopsis = false,
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:printed or written", "1:printer failed or file not written", "2:bad arguments"})
public final class TestBadgeCommand implements Callable<Integer> {

    public static final String SAMPLE_PASS_CODE = "FP1-TESTBADGE7K2M9QX4-6WDJ";

    private static final BadgeContent SAMPLE = new BadgeContent("FairPass 测试胸牌 · Test badge", "张燕 陈喆 赟 Test",
            "打印机检查 Printer check", SAMPLE_PASS_CODE, "TEST-0001");

    @Option(names = "--stock", required = true, paramLabel = "STOCK", description = "label stock: ${COMPLETION-CANDIDATES}")
    private BadgeStock stock;

    @ArgGroup(multiplicity = "1")
    private Destination destination;

    @Mixin
    private CommandLines.Help help;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    /** Exactly one of the two. */
    private static final class Destination {
        @Option(names = "--out", required = true, paramLabel = "FILE.pdf",
                description = "write the test badge to this PDF file")
        private Path file;

        @Option(names = "--printer", required = true, paramLabel = "QUEUE",
                description = "send the test badge to this printer queue (CUPS/IPP name)")
        private String queue;
    }

    /** Runs the command with {@code args}, printing to {@code out}; returns the process exit code. */
    public static int run(String[] args, PrintStream out) {
        return CommandLines.run(new TestBadgeCommand(), args, out);
    }

    @Override
    public Integer call() {
        byte[] pdf = BadgePdf.render(stock, SAMPLE);
        return destination.file != null ? writeFile(destination.file, pdf)
                : print(destination.queue, PrintJobRequest.badge(stock, pdf));
    }

    private int writeFile(Path file, byte[] pdf) {
        try {
            Files.write(file, pdf);
            out().println("Test badge written to " + file.toAbsolutePath() + " (" + pdf.length
                    + " bytes); its QR reads " + SAMPLE_PASS_CODE);
            return 0;
        } catch (NoSuchFileException e) {
            out().println("Cannot write " + file + ": no such folder");
            return 1;
        } catch (IOException e) {
            out().println("Cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }

    private int print(String queue, PrintJobRequest request) {
        PrintResult result = new PrintQueuePrinter(queue).print(request);
        out().println(result.outcome() + ": " + result.message());
        return result.printed() ? 0 : 1;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
