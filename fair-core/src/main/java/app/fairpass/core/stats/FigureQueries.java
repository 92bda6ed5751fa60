package app.fairpass.core.stats;

import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads behind one fair's figures, from its running tallies ({@link FairTally}) and the small tables (booths,
 * positions, key groups), each in one read-only transaction so the figures agree with each other. No role check
 * here: only {@link FairStatsService} reaches it, which checks who asks (or checked, when it handed out a
 * {@link FollowedFair}).
 */
@Repository
@Transactional(readOnly = true)
class FigureQueries {
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

    private final JdbcClient jdbc;
    private final FairService fairs;

    FigureQueries(JdbcClient jdbc, FairService fairs) {
        this.jdbc = jdbc;
        this.fairs = fairs;
    }

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

    public List<BoothFigures> boothFigures(long fairId) {
        Tallies tallies = tallies(fairId, Figure.BOOTH_RESUMES, Figure.BOOTH_INTENTIONS);
        return jdbc.sql(BOOTHS).param("fair", fairId).query((rs, row) -> {
            String employer = rs.getString("employer_id");
            return new BoothFigures(rs.getString("booth_number"), rs.getString("name"), rs.getLong("offered"),
                    tallies.of(Figure.BOOTH_RESUMES, employer), tallies.of(Figure.BOOTH_INTENTIONS, employer));
        }).list();
    }

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

    /** Slots from opening to closing time, empty ones included, plus any slot outside with arrivals in it. */
    private static List<ArrivalSlot> arrivals(FairInfo fair, Map<String, Long> arrived) {
        Map<LocalTime, Long> counts = new TreeMap<>();
        for (LocalTime slot = FairStatsService.slotOf(fair.opensAt()); slot.isBefore(fair.closesAt());
                slot = slot.plusMinutes(FairStatsService.SLOT_MINUTES)) {
            counts.put(slot, 0L);
            if (slot.plusMinutes(FairStatsService.SLOT_MINUTES).equals(LocalTime.MIDNIGHT)) {
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
