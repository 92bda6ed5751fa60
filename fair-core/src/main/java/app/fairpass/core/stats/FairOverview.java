package app.fairpass.core.stats;

import app.fairpass.core.fair.FairInfo;

/** One line of the organiser's list of fairs. */
public record FairOverview(FairInfo fair, long registered, long checkedIn, long resumes, long intentions) {
}
