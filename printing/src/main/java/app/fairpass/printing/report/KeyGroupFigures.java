package app.fairpass.printing.report;

/** The figures of one key group (高校毕业生, 就业困难人员 …) at a fair. */
public record KeyGroupFigures(String keyGroup, long registered, long checkedIn, long resumes, long intentions) {
}
