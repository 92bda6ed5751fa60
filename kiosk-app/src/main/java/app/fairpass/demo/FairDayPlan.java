package app.fairpass.demo;

/**
 * The size of a replayed fair day. {@link #REPORTED} is the campus fair of 30 June 2022 as the employment service
 * reported it (100 employers, 2,756 positions, "1,500 resumes", 689 people reached an intention) with the demo's
 * 3,000 registered job seekers, of whom 2,400 come. Resumes count (job seeker, employer) records; intentions count
 * people.
 */
record FairDayPlan(int registered, int checkedIn, int employers, int openings, int resumes, int intentions,
        long seed) {
    static final FairDayPlan REPORTED = new FairDayPlan(3_000, 2_400, 100, 2_756, 1_500, 689, 20220630);

    FairDayPlan {
        if (checkedIn > registered || resumes > (long) checkedIn * employers || intentions > resumes
                || intentions > checkedIn || openings < employers) {
            throw new IllegalArgumentException("a fair day cannot have these figures: " + this);
        }
    }

    /** This plan with every figure divided by {@code divisor}, rounded down: the same day, smaller. */
    FairDayPlan scaledDown(int divisor) {
        return new FairDayPlan(registered / divisor, checkedIn / divisor, employers / divisor, openings / divisor,
                resumes / divisor, intentions / divisor, seed);
    }
}
