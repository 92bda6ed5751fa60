package app.fairpass.printing.printer;

/** Where a kiosk's badges go. Expected failures come back as a result, never as an exception. */
public interface BadgePrinter {

    PrintResult print(PrintJobRequest request);
}
