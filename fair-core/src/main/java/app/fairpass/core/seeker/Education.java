package app.fairpass.core.seeker;

/** Highest education completed, in the steps Chinese employment services use. */
public enum Education {
    JUNIOR_HIGH_OR_BELOW, HIGH_SCHOOL, VOCATIONAL_SECONDARY, JUNIOR_COLLEGE, BACHELOR, MASTER, DOCTORATE
}
