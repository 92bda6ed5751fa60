package app.fairpass.core.stats;

import java.time.Instant;

/** A cheap fingerprint of a fair's moving figures: when it is unchanged, so are they. */
public record Activity(long registered, long checkedIn, long boothRecords, Instant lastBoothRecord) {
}
