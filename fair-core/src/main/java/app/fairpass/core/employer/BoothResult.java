package app.fairpass.core.employer;

/** {@code booth} is present when the outcome is {@link Outcome#SAVED}. */
public record BoothResult(Outcome outcome, BoothInfo booth) {

    public enum Outcome {
        SAVED,
        /** Another employer has that booth number at this fair. */
        NUMBER_TAKEN,
        /** The employer already has a booth at this fair. */
        ALREADY_AT_FAIR
    }

    static BoothResult refused(Outcome outcome) {
        return new BoothResult(outcome, null);
    }
}
