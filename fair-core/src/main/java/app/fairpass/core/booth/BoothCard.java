package app.fairpass.core.booth;

import app.fairpass.core.seeker.Education;
import java.util.Optional;

/**
 * A scanned badge at a booth: what the person agreed to share, and what this employer already recorded.
 * Without consent only the short id is shown; the employer can still note that it took a resume.
 */
public record BoothCard(String shortId, boolean shared, String name, Education education, String badgeLine,
        Optional<BoothEntry> resume, Optional<BoothEntry> intention) {
}
