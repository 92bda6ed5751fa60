package app.fairpass.core.seeker;

import java.util.Set;

/**
 * A job seeker as shown on a badge, a kiosk welcome and (when {@code shareWithEmployers}) a booth. The badge
 * line is present only if the person agreed to show it. The phone never leaves the core in this record.
 */
public record SeekerCard(long id, String name, String badgeLine, Education education, boolean shareWithEmployers,
        Set<String> keyGroups) {
}
