package app.fairpass.core.stats;

/** A position with the number of people who reached an intention for it. */
public record PositionFigures(String title, String employerName, int headcount, long intentions) {
}
