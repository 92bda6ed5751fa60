package app.fairpass.core.booth;

import app.fairpass.core.seeker.Education;

/**
 * One of the employer's positions at the fair with the intentions reached for it so far; salary (yuan a month)
 * and education, when given, tell positions of the same title apart.
 */
public record PositionTally(long positionId, String title, int headcount, Integer salaryMin, Integer salaryMax,
        Education education, long intentions) {
}
