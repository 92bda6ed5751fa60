package app.fairpass.core.seeker;

import java.time.Instant;
import java.util.List;

/** A registered job seeker as the organiser's list shows it; {@code checkedInAt} is null until checked in. */
public record SeekerRow(long seekerId, String name, String phone, Education education, List<String> keyGroups,
        String passShortId, Instant checkedInAt) {
}
