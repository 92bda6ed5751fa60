package app.fairpass.core.stats;

import java.util.List;

/**
 * A fair's headline figures as services publish them (docs/architecture.md "Headline figures"): positions offered
 * is the sum of headcounts, resumes counts (job seeker, employer) records, intentions counts distinct people,
 * check-ins distinct passes.
 */
public record FairFigures(long fairId, long employers, long positionsOffered, long positionCount, long registered,
        long checkedIn, long resumes, long intentions, List<KeyGroupFigures> byKeyGroup,
        List<ArrivalSlot> arrivals) {
}
