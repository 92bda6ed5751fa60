package app.fairpass.core.stats;

import java.time.LocalTime;

/** Check-ins whose local time falls in [start, start + 15 minutes). */
public record ArrivalSlot(LocalTime start, long count) {
}
