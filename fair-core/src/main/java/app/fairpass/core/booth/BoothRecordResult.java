package app.fairpass.core.booth;

/** {@code recordId} and {@code shortId} are present when the outcome is RECORDED or UPDATED. */
public record BoothRecordResult(Outcome outcome, Long recordId, String shortId) {

    public enum Outcome {
        RECORDED,
        /** The job seeker already had this kind of record with this employer: it was updated, not duplicated. */
        UPDATED,
        UNKNOWN_PASS,
        WRONG_FAIR,
        /** The position is not one of this employer's at this fair. */
        INVALID_POSITION,
        /** The employer has no booth at this fair. */
        NOT_AT_THIS_FAIR
    }

    static BoothRecordResult rejected(Outcome outcome) {
        return new BoothRecordResult(outcome, null, null);
    }
}
