package app.fairpass.admin.dashboard;

import app.fairpass.core.account.Roles;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.stats.BoothFigures;
import app.fairpass.core.stats.FairStatsService;
import app.fairpass.core.stats.FollowedFair;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Feeds the live dashboards. One timer for the whole server reads each watched fair's figures every tick, once for
 * every screen watching that fair, and sends them only when they differ from what it sent last. The figures are
 * running tallies (a few thousand rows at a 100,000-record fair), so reading them is the cheapest way to learn
 * whether anything shown moved. However busy the fair, a screen gets at most one update a tick.
 */
@Component
public class LiveFigures {
    static final int BOOTHS_SHOWN = 8;
    static final int POSITIONS_SHOWN = 8;

    private final FairService fairs;
    private final FairStatsService stats;
    /** By fair id; changed only under this object's lock. */
    private final Map<Long, WatchedFair> watched = new HashMap<>();

    LiveFigures(FairService fairs, FairStatsService stats) {
        this.fairs = fairs;
        this.stats = stats;
    }

    /**
     * Starts showing a fair to {@code screen} with the current figures; run the returned handle to stop. The
     * organiser's right to see them is checked here, on the screen's thread; the timer then reads them with no one
     * signed in. Read under the same lock as a tick, so no tick can send newer figures in between and leave this
     * screen with older ones.
     */
    @RolesAllowed(Roles.ORGANISER)
    public synchronized Runnable watch(long fairId, Consumer<DashboardData> screen) {
        WatchedFair fair = watched.get(fairId);
        FollowedFair followed = fair == null ? stats.follow(fairId) : fair.figures;
        DashboardData data = read(followed);
        if (fair == null) {
            // Only the first screen of a fair sets what was sent: the others may have been sent older figures, and
            // the next tick must still find these new to them.
            fair = new WatchedFair(followed, data);
            watched.put(fairId, fair);
        }
        Set<Consumer<DashboardData>> screens = fair.screens;
        screens.add(screen);
        screen.accept(data);
        return () -> screens.remove(screen);
    }

    /** One round: every watched fair is read, and sent where its figures changed since the last round. */
    @Scheduled(fixedDelayString = "${fairpass.dashboard.tick-millis:1500}")
    public synchronized void tick() {
        watched.values().removeIf(fair -> fair.screens.isEmpty());
        for (WatchedFair fair : watched.values()) {
            DashboardData data = read(fair.figures);
            if (!data.equals(fair.lastSent)) {
                fair.lastSent = data;
                fair.screens.forEach(screen -> screen.accept(data));
            }
        }
    }

    private DashboardData read(FollowedFair figures) {
        List<BoothFigures> busiest = figures.boothFigures().stream()
                .filter(booth -> booth.activity() > 0)
                .sorted(Comparator.comparingLong(BoothFigures::activity).reversed())
                .limit(BOOTHS_SHOWN).toList();
        return new DashboardData(fairs.find(figures.fairId()).orElseThrow(), figures.figures(), busiest,
                figures.topPositions(POSITIONS_SHOWN));
    }

    /** A fair on at least one screen: how to read its figures, the screens, and what they were sent last. */
    private static final class WatchedFair {
        final FollowedFair figures;
        final Set<Consumer<DashboardData>> screens = new CopyOnWriteArraySet<>();
        DashboardData lastSent;

        WatchedFair(FollowedFair figures, DashboardData lastSent) {
            this.figures = figures;
            this.lastSent = lastSent;
        }
    }
}
