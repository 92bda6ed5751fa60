package app.fairpass.core.booth;

/** The answer to a scan at a booth: a card, or why there is none. */
public record BoothLookup(Outcome outcome, BoothCard card) {

    public enum Outcome {
        FOUND, UNKNOWN_PASS, WRONG_FAIR
    }
}
