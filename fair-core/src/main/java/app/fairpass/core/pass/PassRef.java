package app.fairpass.core.pass;

/** A pass as the rest of the core sees it: ids, its code, and its state. No personal data. */
public record PassRef(long passId, long fairId, long jobSeekerId, PassCode code, PassStatus status) {

    public String shortId() {
        return PassCode.displayShortId(code.shortId());
    }
}
