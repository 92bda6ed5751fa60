package app.fairpass.core.stats;

/** One employer's figures at a fair: positions offered (sum of headcounts), resumes and intentions (people). */
public record BoothFigures(String boothNumber, String employerName, long positionsOffered, long resumes,
        long intentions) {

    /** What "busiest" means on the dashboard: people who left a resume or reached an intention there. */
    public long activity() {
        return resumes + intentions;
    }
}
