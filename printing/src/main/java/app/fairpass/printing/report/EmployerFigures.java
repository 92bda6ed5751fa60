package app.fairpass.printing.report;

/** One employer's row in a fair summary. */
public record EmployerFigures(String booth, String employer, long positionsOffered, long resumes, long intentions) {
}
