package app.fairpass.printing.printer;

/** How a print job ended, for the kiosk to show and the log to keep. */
public enum PrintOutcome {
    /** Handed to the printer queue. */
    PRINTED,
    /** Printing is switched off for this device; nothing was sent. */
    SKIPPED,
    /** No print queue of that name is known to this server. */
    NO_SUCH_PRINTER,
    /** The queue exists but did not take the job (stopped, not accepting, spooler error). */
    REFUSED,
    /** The document could not be read as PDF. */
    INVALID_DOCUMENT
}
