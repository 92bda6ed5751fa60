package app.fairpass.core.stats;

/** The figures for one key group; a person in two groups counts in both. */
public record KeyGroupFigures(String code, String nameZh, String nameEn, long registered, long checkedIn,
        long resumes, long intentions) {
}
