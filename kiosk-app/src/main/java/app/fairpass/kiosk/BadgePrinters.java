package app.fairpass.kiosk;

import app.fairpass.printing.printer.BadgePrinter;
import app.fairpass.printing.printer.PrintQueuePrinter;
import org.springframework.stereotype.Component;

/** The server-side printer for a kiosk's queue name. A bean, so a test can record jobs instead. */
@Component
public class BadgePrinters {

    public BadgePrinter forQueue(String queueName) {
        return new PrintQueuePrinter(queueName);
    }
}
