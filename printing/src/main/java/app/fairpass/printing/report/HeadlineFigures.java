package app.fairpass.printing.report;

/**
 * The figures public employment services publish for a fair (e.g. 100 employers, 2,756 positions,
 * 1,500 resumes, 689 people reached an intention).
 *
 * @param positionsOffered sum of the headcounts employers seek
 * @param registered       passes issued for the fair
 * @param checkIns         distinct passes checked in
 * @param resumes          (job seeker, employer) resume records
 * @param intentions       distinct people with at least one intention
 */
public record HeadlineFigures(long employers, long positionsOffered, long registered, long checkIns, long resumes,
        long intentions) {

    public static final HeadlineFigures ZERO = new HeadlineFigures(0, 0, 0, 0, 0, 0);

    /** Figures of two fairs added up, as a series roll-up reports them. */
    public HeadlineFigures plus(HeadlineFigures other) {
        return new HeadlineFigures(employers + other.employers, positionsOffered + other.positionsOffered,
                registered + other.registered, checkIns + other.checkIns, resumes + other.resumes,
                intentions + other.intentions);
    }
}
