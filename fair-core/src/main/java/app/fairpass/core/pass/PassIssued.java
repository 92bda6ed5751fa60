package app.fairpass.core.pass;

/** A new pass, published in the transaction that wrote it. Ids only. */
public record PassIssued(long passId, long fairId, long jobSeekerId) {
}
