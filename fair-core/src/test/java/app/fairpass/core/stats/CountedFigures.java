package app.fairpass.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.TestFair;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures counted straight from the records, with the queries the dashboard ran before it had tallies: what
 * each figure means. Tests compare the tallies and {@link FairStatsService} with these.
 */
@Component
class CountedFigures {
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
            ORDER BY intentions DESC, p.id
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final FairStatsService stats;

    CountedFigures(JdbcClient jdbc, DataSource dataSource, FairStatsService stats) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.stats = stats;
    }

    /**
     * Everything {@link FairStatsService} says of the fair equals the count of its records, and every tally (summed
     * over stripes) equals {@link FairTallyRecount}'s count.
     */
    void assertTalliesMatchRecords(long fairId, ZoneId zone) {
        List<Long> headline = List.of(count("SELECT COUNT(*) FROM pass WHERE fair_id = :fair", fairId),
                count("SELECT COUNT(*) FROM check_in WHERE fair_id = :fair", fairId),
                count("SELECT COUNT(*) FROM booth_record WHERE fair_id = :fair AND kind = 'RESUME'", fairId),
                count("SELECT COUNT(DISTINCT job_seeker_id) FROM booth_record WHERE fair_id = :fair"
                        + " AND kind = 'INTENTION'", fairId));
        FairFigures figures = TestFair.asOrganiser(() -> stats.figures(fairId));
        assertThat(List.of(figures.registered(), figures.checkedIn(), figures.resumes(), figures.intentions()))
                .as("registered, checked in, resumes, intentions (people)").isEqualTo(headline);
        assertThat(TestFair.asOrganiser(stats::overview)).filteredOn(line -> line.fair().id() == fairId)
                .singleElement().extracting(line -> List.of(line.registered(), line.checkedIn(), line.resumes(),
                        line.intentions()))
                .as("the list of fairs").isEqualTo(headline);
        assertThat(figures.byKeyGroup()).as("by key group").isEqualTo(jdbc.sql(BY_KEY_GROUP).param("fair", fairId)
                .query((rs, row) -> new KeyGroupFigures(rs.getString("code"), rs.getString("name_zh"),
                        rs.getString("name_en"), rs.getLong("registered"), rs.getLong("checked_in"),
                        rs.getLong("resumes"), rs.getLong("intentions")))
                .list());
        Map<LocalTime, Long> arrivals = new HashMap<>();
        jdbc.sql("SELECT checked_in_at FROM check_in WHERE fair_id = :fair").param("fair", fairId)
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).list()
                .forEach(at -> arrivals.merge(FairStatsService.slotOf(at.atZone(zone).toLocalTime()), 1L, Long::sum));
        assertThat(figures.arrivals().stream().filter(slot -> slot.count() > 0)
                .collect(Collectors.toMap(ArrivalSlot::start, ArrivalSlot::count))).as("arrivals").isEqualTo(arrivals);

        assertThat(TestFair.asOrganiser(() -> stats.boothFigures(fairId))).as("booths").isEqualTo(
                jdbc.sql(BY_BOOTH).param("fair", fairId)
                        .query((rs, row) -> new BoothFigures(rs.getString("booth_number"), rs.getString("name"),
                                rs.getLong("offered"), rs.getLong("resumes"), rs.getLong("intentions")))
                        .list());
        assertThat(TestFair.asOrganiser(() -> stats.topPositions(fairId, 1_000))).as("positions").isEqualTo(
                jdbc.sql(TOP_POSITIONS).param("fair", fairId)
                        .query((rs, row) -> new PositionFigures(rs.getString("title"), rs.getString("name"),
                                rs.getInt("headcount"), rs.getLong("intentions")))
                        .list());

        assertThat(tallies(fairId)).as("every tally").isEqualTo(recounted(fairId, zone));
    }

    /** The fair's tallies summed over stripes, items that sum to 0 left out (as a count leaves them out). */
    Map<String, Long> tallies(long fairId) {
        Map<String, Long> tallies = new HashMap<>();
        jdbc.sql("SELECT figure, item, SUM(n) FROM fair_tally WHERE fair_id = :fair GROUP BY figure, item")
                .param("fair", fairId)
                .query(rs -> {
                    if (rs.getLong(3) != 0) {
                        tallies.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                    }
                });
        return tallies;
    }

    private Map<String, Long> recounted(long fairId, ZoneId zone) {
        try (Connection connection = dataSource.getConnection()) {
            List<FairTallyRecount.Count> counts = FairTallyRecount.count(connection, zone);
            return counts.stream().filter(count -> count.fairId() == fairId)
                    .collect(Collectors.toMap(count -> count.figure().code + "/" + count.item(),
                            FairTallyRecount.Count::n));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, long fairId) {
        return jdbc.sql(sql).param("fair", fairId).query(Long.class).single();
    }
}
