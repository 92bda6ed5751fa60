package app.fairpass.printing.printer;

import java.util.Objects;

import app.fairpass.printing.badge.BadgeStock;

/**
 * A PDF to print and the media it is laid out for.
 *
 * @param jobName shown in the printer queue: never a person's name or other personal data
 */
public record PrintJobRequest(String jobName, byte[] pdf, double mediaWidthMm, double mediaHeightMm) {

    public PrintJobRequest {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(pdf, "pdf");
        if (mediaWidthMm <= 0 || mediaHeightMm <= 0) {
            throw new IllegalArgumentException("media size must be positive");
        }
    }

    /** A badge PDF on its stock, under a job name that identifies nobody. */
    public static PrintJobRequest badge(BadgeStock stock, byte[] pdf) {
        return new PrintJobRequest("FairPass badge " + stock.name(), pdf, stock.pageWidthMm(), stock.pageHeightMm());
    }
}
