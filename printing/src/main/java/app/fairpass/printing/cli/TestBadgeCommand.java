package app.fairpass.printing.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import app.fairpass.printing.badge.BadgeContent;
import app.fairpass.printing.badge.BadgePdf;
import app.fairpass.printing.badge.BadgeStock;
import app.fairpass.printing.printer.PrintJobRequest;
import app.fairpass.printing.printer.PrintQueuePrinter;
import app.fairpass.printing.printer.PrintResult;

/**
 * "test-badge": a venue technician checks a label printer with a sample badge, either written to a PDF
 * file or sent to a printer queue. The sample uses hard-to-render names on purpose and no real person.
 */
public final class TestBadgeCommand {

    public static final String SAMPLE_PASS_CODE = "FP1-TESTBADGE7K2M9QX4-6WDJ";

    static final String USAGE = """
            Usage: test-badge --stock=STOCK (--out=FILE.pdf | --printer=QUEUE)
              --stock    label stock: %s
              --out      write the test badge to this PDF file
              --printer  send the test badge to this printer queue (CUPS/IPP name)
            Exit codes: 0 printed or written, 1 printer failed, 2 bad arguments.
            """.formatted(Arrays.stream(BadgeStock.values()).map(Enum::name).collect(Collectors.joining(" | ")));

    private static final Set<String> OPTIONS = Set.of("stock", "out", "printer");
    private static final BadgeContent SAMPLE = new BadgeContent("FairPass 测试胸牌 · Test badge", "张燕 陈喆 赟 Test",
            "打印机检查 Printer check", SAMPLE_PASS_CODE, "TEST-0001");

    private TestBadgeCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args, PrintStream out) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
            if (!OPTIONS.contains(name) || options.putIfAbsent(name, arg.substring(equals + 1)) != null) {
                return usage(out, "Unknown or repeated argument: " + arg);
            }
        }
        BadgeStock stock;
        try {
            stock = BadgeStock.valueOf(options.getOrDefault("stock", ""));
        } catch (IllegalArgumentException e) {
            return usage(out, "Missing or unknown --stock");
        }
        if (options.containsKey("out") == options.containsKey("printer")) {
            return usage(out, "Give exactly one of --out or --printer");
        }

        byte[] pdf = BadgePdf.render(stock, SAMPLE);
        return options.containsKey("out")
                ? writeFile(out, Path.of(options.get("out")), pdf)
                : print(out, options.get("printer"), PrintJobRequest.badge(stock, pdf));
    }

    private static int writeFile(PrintStream out, Path file, byte[] pdf) {
        try {
            Files.write(file, pdf);
            out.println("Test badge written to " + file.toAbsolutePath() + " (" + pdf.length + " bytes); its QR reads "
                    + SAMPLE_PASS_CODE);
            return 0;
        } catch (IOException e) {
            out.println("Cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }

    private static int print(PrintStream out, String queue, PrintJobRequest request) {
        PrintResult result = new PrintQueuePrinter(queue).print(request);
        out.println(result.outcome() + ": " + result.message());
        return result.printed() ? 0 : 1;
    }

    private static int usage(PrintStream out, String problem) {
        out.println(problem);
        out.print(USAGE);
        return 2;
    }
}
