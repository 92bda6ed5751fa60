package app.fairpass.core.stats;

import app.fairpass.core.account.Roles;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the figures from the fair's running tallies ({@link FairTally}) and the small tables (booths, positions,
 * key groups), in one read-only transaction so the figures agree with each other.
 */
@Service
public class FairStatsService {
    static final int SLOT_MINUTES = 15;

    private static final String TALLIES = """
            SELECT figure, item, SUM(n) FROM fair_tally WHERE fair_id = :fair AND figure IN (:figures)
            GROUP BY figure, item
            """;

    private static final String OFFER = """
            SELECT (SELECT COUNT(*) FROM booth WHERE fair_id = :fair) AS employers,
              (SELECT COALESCE(SUM(headcount), 0) FROM job_position WHERE fair_id = :fair) AS offered,
              (SELECT COUNT(*) FROM job_position WHERE fair_id = :fair) AS positions
            """;

    private static final String BOOTHS = """
            SELECT b.booth_number, b.employer_id, e.name,
              (SELECT COALESCE(SUM(p.headcount), 0) FROM job_position p
                 WHERE p.fair_id = b.fair_id AND p.employer_id = b.employer_id) AS offered
            FROM booth b JOIN employer e ON e.id = b.employer_id
            WHERE b.fair_id = :fair ORDER BY b.booth_number
            """;

    private static final String POSITIONS = """
            SELECT p.id, p.title, e.name, p.headcount FROM job_position p JOIN employer e ON e.id = p.employer_id
            WHERE p.id IN (:ids)
            """;

    private static final String WHOLE_FAIR_TALLY = """
            (SELECT COALESCE(SUM(t.n), 0) FROM fair_tally t WHERE t.fair_id = f.id AND t.figure = :%s AND t.item = '')
            """;

    private final JdbcClient jdbc;
    private final FairService fairs;

    FairStatsService(JdbcClient jdbc, FairService fairs) {
        this.jdbc = jdbc;
        this.fairs = fairs;
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public FairFigures figures(long fairId) {
        FairInfo fair = fairs.find(fairId).orElseThrow(() -> new IllegalArgumentException("no fair " + fairId));
        Tallies tallies = tallies(fairId, Figure.REGISTERED, Figure.CHECKED_IN, Figure.RESUMES, Figure.INTENTIONS,
                Figure.ARRIVALS);
        List<KeyGroupFigures> byKeyGroup = jdbc.sql("SELECT code, name_zh, name_en FROM key_group ORDER BY sort_order")
                .query((rs, row) -> {
                    String code = rs.getString("code");
                    return new KeyGroupFigures(code, rs.getString("name_zh"), rs.getString("name_en"),
                            tallies.of(Figure.REGISTERED, code), tallies.of(Figure.CHECKED_IN, code),
                            tallies.of(Figure.RESUMES, code), tallies.of(Figure.INTENTIONS, code));
                })
                .list();
        return jdbc.sql(OFFER).param("fair", fairId).query((rs, row) -> new FairFigures(fairId,
                rs.getLong("employers"), rs.getLong("offered"), rs.getLong("positions"),
                tallies.of(Figure.REGISTERED, Figure.WHOLE_FAIR), tallies.of(Figure.CHECKED_IN, Figure.WHOLE_FAIR),
                tallies.of(Figure.RESUMES, Figure.WHOLE_FAIR), tallies.of(Figure.INTENTIONS, Figure.WHOLE_FAIR),
                byKeyGroup, arrivals(fair, tallies.items(Figure.ARRIVALS)))).single();
    }

    /** Every booth of the fair with its figures, by booth number: the summary report's employer table. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<BoothFigures> boothFigures(long fairId) {
        Tallies tallies = tallies(fairId, Figure.BOOTH_RESUMES, Figure.BOOTH_INTENTIONS);
        return jdbc.sql(BOOTHS).param("fair", fairId).query((rs, row) -> {
            String employer = rs.getString("employer_id");
            return new BoothFigures(rs.getString("booth_number"), rs.getString("name"), rs.getLong("offered"),
                    tallies.of(Figure.BOOTH_RESUMES, employer), tallies.of(Figure.BOOTH_INTENTIONS, employer));
        }).list();
    }

    /** The positions with the most people who reached an intention for them, most first (then oldest first). */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<PositionFigures> topPositions(long fairId, int limit) {
        Map<Long, Long> top = new HashMap<>();
        tallies(fairId, Figure.POSITION_INTENTIONS).items(Figure.POSITION_INTENTIONS).entrySet().stream()
                .filter(position -> position.getValue() > 0)
                .map(position -> Map.entry(Long.parseLong(position.getKey()), position.getValue()))
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(position -> top.put(position.getKey(), position.getValue()));
        if (top.isEmpty()) {
            return List.of();
        }
        record Row(long id, PositionFigures figures) {
        }
        return jdbc.sql(POSITIONS).param("ids", top.keySet())
                .query((rs, row) -> new Row(rs.getLong("id"), new PositionFigures(rs.getString("title"),
                        rs.getString("name"), rs.getInt("headcount"), top.get(rs.getLong("id")))))
                .list().stream()
                .sorted(Comparator.comparingLong((Row position) -> position.figures().intentions()).reversed()
                        .thenComparingLong(Row::id))
                .map(Row::figures).toList();
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

    /** Slots from opening to closing time, empty ones included, plus any slot outside with arrivals in it. */
    private static List<ArrivalSlot> arrivals(FairInfo fair, Map<String, Long> arrived) {
        Map<LocalTime, Long> counts = new TreeMap<>();
        for (LocalTime slot = slotOf(fair.opensAt()); slot.isBefore(fair.closesAt());
                slot = slot.plusMinutes(SLOT_MINUTES)) {
            counts.put(slot, 0L);
            if (slot.plusMinutes(SLOT_MINUTES).equals(LocalTime.MIDNIGHT)) {
                break;
            }
        }
        arrived.forEach((slot, count) -> {
            if (count != 0) {
                counts.merge(LocalTime.parse(slot), count, Long::sum);
            }
        });
        List<ArrivalSlot> slots = new ArrayList<>(counts.size());
        counts.forEach((start, count) -> slots.add(new ArrivalSlot(start, count)));
        return slots;
    }

    static LocalTime slotOf(LocalTime time) {
        return LocalTime.of(time.getHour(), time.getMinute() / SLOT_MINUTES * SLOT_MINUTES);
    }

    /** The fair's tallies of {@code figures}, summed over stripes. */
    private Tallies tallies(long fairId, Figure... figures) {
        Map<String, Figure> byCode = new HashMap<>();
        for (Figure figure : figures) {
            byCode.put(figure.code, figure);
        }
        Map<Figure, Map<String, Long>> items = new EnumMap<>(Figure.class);
        jdbc.sql(TALLIES).param("fair", fairId).param("figures", byCode.keySet()).query(rs -> {
            items.computeIfAbsent(byCode.get(rs.getString(1)), figure -> new HashMap<>())
                    .put(rs.getString(2), rs.getLong(3));
        });
        return new Tallies(items);
    }

    private record Tallies(Map<Figure, Map<String, Long>> items) {
        long of(Figure figure, String item) {
            return items(figure).getOrDefault(item, 0L);
        }

        Map<String, Long> items(Figure figure) {
            return items.getOrDefault(figure, Map.of());
        }
    }
}
