package app.fairpass.core.booth;

import app.fairpass.core.seeker.Education;
import java.time.Instant;

/**
 * One of the employer's records as the booth sees it. {@code name}, {@code education} and {@code badgeLine}
 * are null when the job seeker did not agree to share them with employers.
 */
public record BoothEntry(long id, RecordKind kind, Long positionId, String positionTitle, String note,
        Integer rating, Instant recordedAt, Instant updatedAt, String shortId, String name, Education education,
        String badgeLine) {

    public boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = search.strip().toUpperCase();
        return shortId.replace("-", "").contains(needle.replace("-", ""))
                || (name != null && name.toUpperCase().contains(needle))
                || (positionTitle != null && positionTitle.toUpperCase().contains(needle))
                || (note != null && note.toUpperCase().contains(needle));
    }
}
