package app.fairpass.admin.dashboard;

import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.account.Roles;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.stats.BoothFigures;
import app.fairpass.core.stats.FairStatsService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
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
    private static final Logger log = LoggerFactory.getLogger(LiveFigures.class);
    /** The dashboard reads figures as an organiser would; it is no person, so the audit shows it by this name. */
    private static final FairPassUser READER = new FairPassUser(0, "live-dashboard", "Live dashboard", "",
            Roles.ORGANISER, null, true);

    private final FairService fairs;
    private final FairStatsService stats;
    private final long tickMillis;
    private final Map<Long, Set<Consumer<DashboardData>>> watchers = new ConcurrentHashMap<>();
    private final Map<Long, DashboardData> lastSent = new HashMap<>();
    private ScheduledExecutorService timer;

    LiveFigures(FairService fairs, FairStatsService stats,
            @Value("${fairpass.dashboard.tick-millis:1500}") long tickMillis) {
        this.fairs = fairs;
        this.stats = stats;
        this.tickMillis = tickMillis;
    }

    @PostConstruct
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "live-figures");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::tickSafely, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /**
     * Starts showing a fair to {@code watcher} with the current figures; run the returned handle to stop. Read under
     * the same lock as a tick, so no tick can send newer figures in between and leave this screen with older ones.
     */
    public synchronized Runnable watch(long fairId, Consumer<DashboardData> watcher) {
        DashboardData data = read(fairId);
        // Only the first screen of a fair sets what was sent: the others may have been sent older figures, and the
        // next tick must still find these new to them.
        lastSent.putIfAbsent(fairId, data);
        watchers.computeIfAbsent(fairId, id -> new CopyOnWriteArraySet<>()).add(watcher);
        watcher.accept(data);
        return () -> watchers.getOrDefault(fairId, Set.of()).remove(watcher);
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("live figures tick failed", e);
        }
    }

    /** One round: every watched fair is read, and sent where its figures changed since the last round. */
    public synchronized void tick() {
        watchers.entrySet().removeIf(entry -> entry.getValue().isEmpty());
        lastSent.keySet().retainAll(watchers.keySet());
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext reader = SecurityContextHolder.createEmptyContext();
        reader.setAuthentication(new UsernamePasswordAuthenticationToken(READER, null, READER.getAuthorities()));
        SecurityContextHolder.setContext(reader);
        try {
            for (Map.Entry<Long, Set<Consumer<DashboardData>>> entry : watchers.entrySet()) {
                long fairId = entry.getKey();
                DashboardData data = read(fairId);
                if (!data.equals(lastSent.put(fairId, data))) {
                    entry.getValue().forEach(watcher -> watcher.accept(data));
                }
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Read with the caller's rights: a watching screen's organiser, or the timer's reader. */
    private DashboardData read(long fairId) {
        List<BoothFigures> busiest = stats.boothFigures(fairId).stream()
                .filter(booth -> booth.activity() > 0)
                .sorted(Comparator.comparingLong(BoothFigures::activity).reversed())
                .limit(BOOTHS_SHOWN).toList();
        return new DashboardData(fairs.find(fairId).orElseThrow(), stats.figures(fairId), busiest,
                stats.topPositions(fairId, POSITIONS_SHOWN));
    }
}
