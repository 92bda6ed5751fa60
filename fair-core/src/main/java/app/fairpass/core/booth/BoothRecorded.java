package app.fairpass.core.booth;

/**
 * A new booth record (a later scan of the same kind updates it instead), published in the transaction that wrote
 * it. Ids and the kind only: never the note, the rating or the person.
 */
public record BoothRecorded(long recordId, long fairId, long employerId, long jobSeekerId, RecordKind kind,
        Long positionId) {
}
