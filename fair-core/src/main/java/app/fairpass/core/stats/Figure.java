package app.fairpass.core.stats;

/**
 * What a row of {@code fair_tally} counts. Each figure's items: "" for the whole fair and a key-group code per key
 * group (the first four), a 15-minute slot "HH:mm" (arrivals), an employer id (booth figures) or a position id.
 */
enum Figure {
    /** Passes issued. */
    REGISTERED("registered"),
    /** First entries. */
    CHECKED_IN("checked-in"),
    /** Resume records. */
    RESUMES("resumes"),
    /** People with at least one intention record. */
    INTENTIONS("intentions"),
    /** First entries by local 15-minute slot of the server's clock. */
    ARRIVALS("arrivals"),
    BOOTH_RESUMES("booth-resumes"),
    BOOTH_INTENTIONS("booth-intentions"),
    /** Intention records naming the position: one employer's, at most one per person, so people. */
    POSITION_INTENTIONS("position-intentions");

    /** The item of a figure counted for the whole fair. */
    static final String WHOLE_FAIR = "";

    final String code;

    Figure(String code) {
        this.code = code;
    }
}
