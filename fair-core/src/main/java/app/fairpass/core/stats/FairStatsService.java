package app.fairpass.core.stats;

import app.fairpass.core.account.Roles;
import app.fairpass.core.fair.FairService;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's figures; every method checks the caller's role. One fair's figures are read by
 * {@link FigureQueries}, which checks nothing, so that {@link #follow} can give a live screen's timer, where no one
 * is signed in, a way to read them again.
 */
@Service
public class FairStatsService {
    static final int SLOT_MINUTES = 15;

    private static final String WHOLE_FAIR_TALLY = """
            (SELECT COALESCE(SUM(t.n), 0) FROM fair_tally t WHERE t.fair_id = f.id AND t.figure = :%s AND t.item = '')
            """;

    private final JdbcClient jdbc;
    private final FairService fairs;
    private final FigureQueries queries;

    FairStatsService(JdbcClient jdbc, FairService fairs, FigureQueries queries) {
        this.jdbc = jdbc;
        this.fairs = fairs;
        this.queries = queries;
    }

    @RolesAllowed(Roles.ORGANISER)
    public FairFigures figures(long fairId) {
        return queries.figures(fairId);
    }

    /** Every booth of the fair with its figures, by booth number: the summary report's employer table. */
    @RolesAllowed(Roles.ORGANISER)
    public List<BoothFigures> boothFigures(long fairId) {
        return queries.boothFigures(fairId);
    }

    /** The positions with the most people who reached an intention for them, most first (then oldest first). */
    @RolesAllowed(Roles.ORGANISER)
    public List<PositionFigures> topPositions(long fairId, int limit) {
        return queries.topPositions(fairId, limit);
    }

    /**
     * The fair's figures for a screen that shows them live and reads them again on a timer, where no one is signed
     * in: the caller's right to see them is checked here, once.
     */
    @RolesAllowed(Roles.ORGANISER)
    public FollowedFair follow(long fairId) {
        return new FollowedFair(queries, fairId);
    }

    /** Every fair, newest first, with its running totals. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<FairOverview> overview() {
        Map<Long, long[]> totals = new HashMap<>();
        jdbc.sql("SELECT f.id, " + WHOLE_FAIR_TALLY.formatted("registered") + ", "
                        + WHOLE_FAIR_TALLY.formatted("checkedIn") + ", " + WHOLE_FAIR_TALLY.formatted("resumes") + ", "
                        + WHOLE_FAIR_TALLY.formatted("intentions") + " FROM fair f")
                .param("registered", Figure.REGISTERED.code).param("checkedIn", Figure.CHECKED_IN.code)
                .param("resumes", Figure.RESUMES.code).param("intentions", Figure.INTENTIONS.code)
                .query(rs -> {
                    totals.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5)});
                });
        return fairs.listFairs().stream().map(fair -> {
            long[] t = totals.getOrDefault(fair.id(), new long[4]);
            return new FairOverview(fair, t[0], t[1], t[2], t[3]);
        }).toList();
    }

    static LocalTime slotOf(LocalTime time) {
        return LocalTime.of(time.getHour(), time.getMinute() / SLOT_MINUTES * SLOT_MINUTES);
    }
}
