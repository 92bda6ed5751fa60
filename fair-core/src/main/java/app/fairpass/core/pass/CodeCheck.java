package app.fairpass.core.pass;

/** What a scanned text turned out to be, decided before any database work except for {@link #FOUND}. */
public record CodeCheck(Verdict verdict, PassCode code, PassRef pass) {

    public enum Verdict {
        /** Not a pass code, or a code whose MAC is wrong: forged, guessed or damaged. */
        INVALID,
        /** A genuine code of another fair. */
        WRONG_FAIR,
        /** Genuine and for this fair, but no such pass exists (e.g. deleted, or issued by another server). */
        UNKNOWN,
        FOUND
    }

    static CodeCheck of(Verdict verdict, PassCode code) {
        return new CodeCheck(verdict, code, null);
    }
}
