package app.fairpass.core.seeker;

/** Each consent is asked and recorded separately (PIPL art. 14, 23). */
public enum ConsentKind {
    /** Processing personal data to register for and attend the fair; registration needs it. */
    PROCESSING,
    /** Employers who scan the badge may see name, education and the position sought. */
    SHARE_WITH_EMPLOYERS,
    /** The position sought or major is printed on the badge. */
    SHOW_LINE_ON_BADGE
}
