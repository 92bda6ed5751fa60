package app.fairpass.core.checkin;

import java.time.Instant;

/** A pass's first entry, at {@code kioskId}, published in the transaction that wrote it. Ids and the time only. */
public record CheckedIn(long passId, long fairId, long jobSeekerId, long kioskId, Instant at) {
}
