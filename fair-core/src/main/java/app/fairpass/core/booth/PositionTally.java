package app.fairpass.core.booth;

/** One of the employer's positions at the fair with the intentions reached for it so far. */
public record PositionTally(long positionId, String title, int headcount, long intentions) {
}
