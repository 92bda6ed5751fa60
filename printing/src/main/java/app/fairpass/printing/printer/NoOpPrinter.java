package app.fairpass.printing.printer;

/** For kiosks without a server-side printer (none, or the browser prints): accepts and drops every job. */
public final class NoOpPrinter implements BadgePrinter {

    @Override
    public PrintResult print(PrintJobRequest request) {
        return new PrintResult(PrintOutcome.SKIPPED, "Printing is switched off for this kiosk; nothing was sent.");
    }
}
