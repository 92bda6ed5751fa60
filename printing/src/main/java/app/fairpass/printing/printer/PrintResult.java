package app.fairpass.printing.printer;

import java.util.Objects;

/** The outcome of a print job and a message a venue technician can act on. */
public record PrintResult(PrintOutcome outcome, String message) {

    public PrintResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }

    public boolean printed() {
        return outcome == PrintOutcome.PRINTED;
    }
}
