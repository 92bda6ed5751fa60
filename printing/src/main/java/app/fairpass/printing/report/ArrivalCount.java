package app.fairpass.printing.report;

import java.time.LocalTime;

/** Check-ins in the 15 minutes starting at {@code start}. */
public record ArrivalCount(LocalTime start, long count) {
}
