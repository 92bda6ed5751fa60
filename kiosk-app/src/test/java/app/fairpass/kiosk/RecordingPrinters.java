package app.fairpass.kiosk;

import app.fairpass.printing.printer.BadgePrinter;
import app.fairpass.printing.printer.PrintJobRequest;
import app.fairpass.printing.printer.PrintOutcome;
import app.fairpass.printing.printer.PrintResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Server-side printing that records each job and its queue instead of sending it to CUPS. */
public class RecordingPrinters extends BadgePrinters {
    private final List<Job> jobs = new CopyOnWriteArrayList<>();

    @Override
    public BadgePrinter forQueue(String queueName) {
        return request -> {
            jobs.add(new Job(queueName, request));
            return new PrintResult(PrintOutcome.PRINTED, "recorded");
        };
    }

    public List<Job> jobs() {
        return jobs;
    }

    public record Job(String queue, PrintJobRequest request) {
    }
}
