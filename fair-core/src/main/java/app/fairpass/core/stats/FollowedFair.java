package app.fairpass.core.stats;

import java.util.List;

/**
 * One fair's figures for a screen that shows them live: each call reads them afresh, on whatever thread calls and
 * with no one signed in there, as a timer does. Only {@link FairStatsService#follow} hands one out, to a caller
 * allowed to see them.
 */
public final class FollowedFair {
    private final FigureQueries queries;
    private final long fairId;

    FollowedFair(FigureQueries queries, long fairId) {
        this.queries = queries;
        this.fairId = fairId;
    }

    public long fairId() {
        return fairId;
    }

    public FairFigures figures() {
        return queries.figures(fairId);
    }

    public List<BoothFigures> boothFigures() {
        return queries.boothFigures(fairId);
    }

    public List<PositionFigures> topPositions(int limit) {
        return queries.topPositions(fairId, limit);
    }
}
