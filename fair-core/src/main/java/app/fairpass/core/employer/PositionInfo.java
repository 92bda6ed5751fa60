package app.fairpass.core.employer;

import app.fairpass.core.seeker.Education;

public record PositionInfo(long id, long fairId, long employerId, String title, int headcount, Integer salaryMin,
        Integer salaryMax, Education education, String majorCategory) {
}
