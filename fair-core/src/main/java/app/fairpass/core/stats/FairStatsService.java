package app.fairpass.core.stats;

import app.fairpass.core.account.Roles;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts in SQL, in one read-only transaction so the figures agree with each other. */
@Service
public class FairStatsService {
    static final int SLOT_MINUTES = 15;

    private static final String BY_KEY_GROUP = """
            SELECT kg.code, kg.name_zh, kg.name_en,
              (SELECT COUNT(*) FROM pass p JOIN job_seeker_key_group g ON g.job_seeker_id = p.job_seeker_id
                 WHERE p.fair_id = :fair AND g.key_group_code = kg.code) AS registered,
              (SELECT COUNT(*) FROM check_in c JOIN pass p ON p.id = c.pass_id
                 JOIN job_seeker_key_group g ON g.job_seeker_id = p.job_seeker_id
                 WHERE c.fair_id = :fair AND g.key_group_code = kg.code) AS checked_in,
              (SELECT COUNT(*) FROM booth_record r JOIN job_seeker_key_group g ON g.job_seeker_id = r.job_seeker_id
                 WHERE r.fair_id = :fair AND r.kind = 'RESUME' AND g.key_group_code = kg.code) AS resumes,
              (SELECT COUNT(DISTINCT r.job_seeker_id) FROM booth_record r
                 JOIN job_seeker_key_group g ON g.job_seeker_id = r.job_seeker_id
                 WHERE r.fair_id = :fair AND r.kind = 'INTENTION' AND g.key_group_code = kg.code) AS intentions
            FROM key_group kg ORDER BY kg.sort_order
            """;

    private static final String OVERVIEW = """
            SELECT f.id,
              (SELECT COUNT(*) FROM pass p WHERE p.fair_id = f.id) AS registered,
              (SELECT COUNT(*) FROM check_in c WHERE c.fair_id = f.id) AS checked_in,
              (SELECT COUNT(*) FROM booth_record r WHERE r.fair_id = f.id AND r.kind = 'RESUME') AS resumes,
              (SELECT COUNT(DISTINCT r.job_seeker_id) FROM booth_record r
                 WHERE r.fair_id = f.id AND r.kind = 'INTENTION') AS intentions
            FROM fair f
            """;

    private static final String BY_BOOTH = """
            SELECT b.booth_number, e.name,
              (SELECT COALESCE(SUM(p.headcount), 0) FROM job_position p
                 WHERE p.fair_id = b.fair_id AND p.employer_id = b.employer_id) AS offered,
              (SELECT COUNT(*) FROM booth_record r WHERE r.fair_id = b.fair_id AND r.employer_id = b.employer_id
                 AND r.kind = 'RESUME') AS resumes,
              (SELECT COUNT(*) FROM booth_record r WHERE r.fair_id = b.fair_id AND r.employer_id = b.employer_id
                 AND r.kind = 'INTENTION') AS intentions
            FROM booth b JOIN employer e ON e.id = b.employer_id
            WHERE b.fair_id = :fair ORDER BY b.booth_number
            """;

    private static final String TOP_POSITIONS = """
            SELECT p.title, e.name, p.headcount, COUNT(DISTINCT r.job_seeker_id) AS intentions
            FROM booth_record r JOIN job_position p ON p.id = r.position_id JOIN employer e ON e.id = p.employer_id
            WHERE r.fair_id = :fair AND r.kind = 'INTENTION'
            GROUP BY p.id, p.title, e.name, p.headcount
            ORDER BY intentions DESC, p.id LIMIT :limit
            """;

    private static final String ACTIVITY = """
            SELECT (SELECT COUNT(*) FROM pass WHERE fair_id = :fair),
              (SELECT COUNT(*) FROM check_in WHERE fair_id = :fair),
              (SELECT COUNT(*) FROM booth_record WHERE fair_id = :fair),
              (SELECT MAX(updated_at) FROM booth_record WHERE fair_id = :fair)
            """;

    private final JdbcClient jdbc;
    private final FairService fairs;
    private final Clock clock;

    FairStatsService(JdbcClient jdbc, FairService fairs, Clock clock) {
        this.jdbc = jdbc;
        this.fairs = fairs;
        this.clock = clock;
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public FairFigures figures(long fairId) {
        FairInfo fair = fairs.find(fairId).orElseThrow(() -> new IllegalArgumentException("no fair " + fairId));
        long employers = count("SELECT COUNT(*) FROM booth WHERE fair_id = :fair", fairId);
        long positionsOffered = count("SELECT COALESCE(SUM(headcount), 0) FROM job_position WHERE fair_id = :fair",
                fairId);
        long positionCount = count("SELECT COUNT(*) FROM job_position WHERE fair_id = :fair", fairId);
        long registered = count("SELECT COUNT(*) FROM pass WHERE fair_id = :fair", fairId);
        long checkedIn = count("SELECT COUNT(*) FROM check_in WHERE fair_id = :fair", fairId);
        long resumes = count("SELECT COUNT(*) FROM booth_record WHERE fair_id = :fair AND kind = 'RESUME'", fairId);
        long intentions = count("SELECT COUNT(DISTINCT job_seeker_id) FROM booth_record"
                + " WHERE fair_id = :fair AND kind = 'INTENTION'", fairId);
        List<KeyGroupFigures> byKeyGroup = jdbc.sql(BY_KEY_GROUP).param("fair", fairId)
                .query((rs, row) -> new KeyGroupFigures(rs.getString("code"), rs.getString("name_zh"),
                        rs.getString("name_en"), rs.getLong("registered"), rs.getLong("checked_in"),
                        rs.getLong("resumes"), rs.getLong("intentions")))
                .list();
        return new FairFigures(fairId, employers, positionsOffered, positionCount, registered, checkedIn, resumes,
                intentions, byKeyGroup, arrivals(fair));
    }

    /** Every booth of the fair with its figures, by booth number: the summary report's employer table. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<BoothFigures> boothFigures(long fairId) {
        return jdbc.sql(BY_BOOTH).param("fair", fairId)
                .query((rs, row) -> new BoothFigures(rs.getString("booth_number"), rs.getString("name"),
                        rs.getLong("offered"), rs.getLong("resumes"), rs.getLong("intentions")))
                .list();
    }

    /** The positions with the most people who reached an intention for them, most first. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<PositionFigures> topPositions(long fairId, int limit) {
        return jdbc.sql(TOP_POSITIONS).param("fair", fairId).param("limit", limit)
                .query((rs, row) -> new PositionFigures(rs.getString("title"), rs.getString("name"),
                        rs.getInt("headcount"), rs.getLong("intentions")))
                .list();
    }

    /** One small query a live screen can afford every second or two to learn whether anything moved. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public Activity activity(long fairId) {
        return jdbc.sql(ACTIVITY).param("fair", fairId).query((rs, row) -> {
            Timestamp last = rs.getTimestamp(4);
            return new Activity(rs.getLong(1), rs.getLong(2), rs.getLong(3), last == null ? null : last.toInstant());
        }).single();
    }

    /** Every fair, newest first, with its running totals. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<FairOverview> overview() {
        Map<Long, long[]> totals = new HashMap<>();
        jdbc.sql(OVERVIEW).query(rs -> {
            totals.put(rs.getLong("id"), new long[] {rs.getLong("registered"), rs.getLong("checked_in"),
                    rs.getLong("resumes"), rs.getLong("intentions")});
        });
        return fairs.listFairs().stream().map(fair -> {
            long[] t = totals.getOrDefault(fair.id(), new long[4]);
            return new FairOverview(fair, t[0], t[1], t[2], t[3]);
        }).toList();
    }

    /** Slots from opening to closing time, empty ones included, plus any slot outside with arrivals in it. */
    private List<ArrivalSlot> arrivals(FairInfo fair) {
        ZoneId zone = clock.getZone();
        Map<LocalTime, Long> counts = new TreeMap<>();
        for (LocalTime slot = slotOf(fair.opensAt()); slot.isBefore(fair.closesAt());
                slot = slot.plusMinutes(SLOT_MINUTES)) {
            counts.put(slot, 0L);
            if (slot.plusMinutes(SLOT_MINUTES).equals(LocalTime.MIDNIGHT)) {
                break;
            }
        }
        jdbc.sql("SELECT checked_in_at FROM check_in WHERE fair_id = :fair").param("fair", fair.id())
                .query((rs, row) -> rs.getTimestamp(1))
                .list()
                .forEach(at -> counts.merge(slotOf(toLocal(at, zone)), 1L, Long::sum));
        List<ArrivalSlot> slots = new ArrayList<>(counts.size());
        counts.forEach((start, count) -> slots.add(new ArrivalSlot(start, count)));
        return slots;
    }

    private static LocalTime toLocal(Timestamp at, ZoneId zone) {
        return at.toInstant().atZone(zone).toLocalTime();
    }

    static LocalTime slotOf(LocalTime time) {
        return LocalTime.of(time.getHour(), time.getMinute() / SLOT_MINUTES * SLOT_MINUTES);
    }

    private long count(String sql, long fairId) {
        return jdbc.sql(sql).param("fair", fairId).query(Long.class).single();
    }
}
