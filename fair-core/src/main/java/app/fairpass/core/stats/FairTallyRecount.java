package app.fairpass.core.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts every fair's figures from its records, as {@link FairTally} keeps them while they are written: fills the
 * tallies of records written without them (migration V13, bulk-loaded measurements) and checks them in tests.
 * Plain JDBC, because a Flyway migration has a connection and no Spring.
 */
public final class FairTallyRecount {
    private static final String FIRST_ENTRIES =
            "(SELECT c.fair_id, p.job_seeker_id FROM check_in c JOIN pass p ON p.id = c.pass_id)";
    private static final String RESUME_RECORDS =
            "(SELECT fair_id, job_seeker_id FROM booth_record WHERE kind = 'RESUME')";
    private static final String INTENTION_RECORDS =
            "(SELECT fair_id, job_seeker_id FROM booth_record WHERE kind = 'INTENTION')";
    /** Queries of (fair id, item, count) per figure; arrivals are slotted in Java, in the clock's zone. */
    private static final Map<Figure, List<String>> COUNTS = new EnumMap<>(Map.of(
            Figure.REGISTERED, wholeAndByKeyGroup("pass", "COUNT(*)"),
            Figure.CHECKED_IN, wholeAndByKeyGroup(FIRST_ENTRIES, "COUNT(*)"),
            Figure.RESUMES, wholeAndByKeyGroup(RESUME_RECORDS, "COUNT(*)"),
            Figure.INTENTIONS, wholeAndByKeyGroup(INTENTION_RECORDS, "COUNT(DISTINCT x.job_seeker_id)"),
            Figure.BOOTH_RESUMES, List.of("SELECT fair_id, CAST(employer_id AS VARCHAR(40)), COUNT(*)"
                    + " FROM booth_record WHERE kind = 'RESUME' GROUP BY fair_id, employer_id"),
            Figure.BOOTH_INTENTIONS, List.of("SELECT fair_id, CAST(employer_id AS VARCHAR(40)), COUNT(*)"
                    + " FROM booth_record WHERE kind = 'INTENTION' GROUP BY fair_id, employer_id"),
            Figure.POSITION_INTENTIONS, List.of("SELECT fair_id, CAST(position_id AS VARCHAR(40)),"
                    + " COUNT(DISTINCT job_seeker_id) FROM booth_record WHERE kind = 'INTENTION'"
                    + " AND position_id IS NOT NULL GROUP BY fair_id, position_id")));

    private FairTallyRecount() {
    }

    /**
     * Replaces every fair's tallies by a count of its records, in stripe 0. Only while nothing else writes: a
     * record written meanwhile could be counted twice or not at all.
     */
    public static void recount(Connection connection, ZoneId zone) throws SQLException {
        List<Count> counts = count(connection, zone);
        try (Statement delete = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO fair_tally (fair_id, figure, item, stripe, n) VALUES (?, ?, ?, 0, ?)")) {
            delete.executeUpdate("DELETE FROM fair_tally");
            for (Count count : counts) {
                insert.setLong(1, count.fairId());
                insert.setString(2, count.figure().code);
                insert.setString(3, count.item());
                insert.setLong(4, count.n());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Every fair's figures as counted from its records; items with no records are left out. */
    static List<Count> count(Connection connection, ZoneId zone) throws SQLException {
        List<Count> counts = new ArrayList<>();
        try (Statement sql = connection.createStatement()) {
            for (Map.Entry<Figure, List<String>> figure : COUNTS.entrySet()) {
                for (String query : figure.getValue()) {
                    try (ResultSet rows = sql.executeQuery(query)) {
                        while (rows.next()) {
                            counts.add(new Count(rows.getLong(1), figure.getKey(), rows.getString(2),
                                    rows.getLong(3)));
                        }
                    }
                }
            }
            Map<Slot, Long> arrivals = new LinkedHashMap<>();
            try (ResultSet rows = sql.executeQuery("SELECT fair_id, checked_in_at FROM check_in")) {
                while (rows.next()) {
                    String slot = FairStatsService.slotOf(rows.getTimestamp(2).toInstant().atZone(zone).toLocalTime())
                            .toString();
                    arrivals.merge(new Slot(rows.getLong(1), slot), 1L, Long::sum);
                }
            }
            arrivals.forEach((slot, n) -> counts.add(new Count(slot.fairId(), Figure.ARRIVALS, slot.start(), n)));
        }
        return counts;
    }

    /** The whole fair's count and one per key group, of the rows of {@code source} (fair_id, job_seeker_id). */
    private static List<String> wholeAndByKeyGroup(String source, String count) {
        return List.of("SELECT x.fair_id, '" + Figure.WHOLE_FAIR + "', " + count + " FROM " + source
                        + " x GROUP BY x.fair_id",
                "SELECT x.fair_id, g.key_group_code, " + count + " FROM " + source + " x"
                        + " JOIN job_seeker_key_group g ON g.job_seeker_id = x.job_seeker_id"
                        + " GROUP BY x.fair_id, g.key_group_code");
    }

    /** One figure's item of one fair. */
    record Count(long fairId, Figure figure, String item, long n) {
    }

    private record Slot(long fairId, String start) {
    }
}
