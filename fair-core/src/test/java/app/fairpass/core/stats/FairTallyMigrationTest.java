package app.fairpass.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.fairpass.core.ScratchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records written before there were tallies are counted into them by the migration that adds them. */
class FairTallyMigrationTest {

    /**
     * Two fairs. At the first: a graduate, a graduate who is also unemployed, and someone in no group; both
     * graduates checked in (09:05 and 09:20 local time); three resumes; intentions: the first graduate at both
     * employers, the second at one, for the same position. At the second fair only the first graduate registered.
     */
    @Test
    void v13CountsTheRecordsAlreadyThere() throws Exception {
        try (ScratchDatabase database = new ScratchDatabase("tally_migration")) {
            database.flywayUpTo("12").migrate();
            long fair;
            long other;
            Map<String, Long> ids = new HashMap<>();
            try (Connection sql = database.connection()) {
                fair = insert(sql, "INSERT INTO fair (name, venue, fair_date, opens_at, closes_at, status, created_at)"
                        + " VALUES ('迁移前招聘会', '体育馆', DATE '2026-06-30', TIME '09:00:00', TIME '12:00:00', 'OPEN',"
                        + " CURRENT_TIMESTAMP)");
                other = insert(sql, "INSERT INTO fair (name, venue, fair_date, opens_at, closes_at, status, created_at)"
                        + " VALUES ('另一场', '体育馆', DATE '2026-07-01', TIME '09:00:00', TIME '12:00:00', 'PLANNED',"
                        + " CURRENT_TIMESTAMP)");
                update(sql, "INSERT INTO pass_key (key_id, secret, created_at)"
                        + " VALUES ('A', 'ab', CURRENT_TIMESTAMP)");
                int n = 0;
                for (String person : new String[] {"graduate", "both", "none"}) {
                    ids.put(person, insert(sql, "INSERT INTO job_seeker (name, show_badge_line,"
                            + " share_with_employers, registered_via, created_at)"
                            + " VALUES (?, TRUE, TRUE, 'DESK', CURRENT_TIMESTAMP)", person));
                    ids.put(person + " pass", insert(sql, "INSERT INTO pass (fair_id, job_seeker_id, random_id,"
                            + " short_id, key_id, status, issued_at)"
                            + " VALUES (?, ?, ?, ?, 'A', 'ACTIVE', CURRENT_TIMESTAMP)",
                            fair, ids.get(person), "R" + n, "S" + n++));
                }
                update(sql, "INSERT INTO job_seeker_key_group (job_seeker_id, key_group_code)"
                        + " VALUES (?, 'COLLEGE_GRADUATE'), (?, 'COLLEGE_GRADUATE'), (?, 'UNEMPLOYED')",
                        ids.get("graduate"), ids.get("both"), ids.get("both"));
                update(sql, "INSERT INTO pass (fair_id, job_seeker_id, random_id, short_id, key_id, status, issued_at)"
                        + " VALUES (?, ?, 'R9', 'S9', 'A', 'ACTIVE', CURRENT_TIMESTAMP)", other, ids.get("graduate"));
                checkIn(sql, fair, ids.get("graduate pass"), LocalDateTime.of(2026, 6, 30, 9, 5));
                checkIn(sql, fair, ids.get("both pass"), LocalDateTime.of(2026, 6, 30, 9, 20));
                long a = insert(sql, "INSERT INTO employer (name, created_at) VALUES ('甲', CURRENT_TIMESTAMP)");
                long b = insert(sql, "INSERT INTO employer (name, created_at) VALUES ('乙', CURRENT_TIMESTAMP)");
                long positionA = insert(sql, "INSERT INTO job_position (fair_id, employer_id, title, headcount)"
                        + " VALUES (?, ?, '车工', 3)", fair, a);
                long positionB = insert(sql, "INSERT INTO job_position (fair_id, employer_id, title, headcount)"
                        + " VALUES (?, ?, '会计', 2)", fair, b);
                ids.put("a", a);
                ids.put("b", b);
                ids.put("position a", positionA);
                ids.put("position b", positionB);
                record(sql, fair, ids.get("graduate"), a, null, "RESUME");
                record(sql, fair, ids.get("both"), a, null, "RESUME");
                record(sql, fair, ids.get("none"), b, null, "RESUME");
                record(sql, fair, ids.get("graduate"), a, positionA, "INTENTION");
                record(sql, fair, ids.get("graduate"), b, positionB, "INTENTION");
                record(sql, fair, ids.get("both"), b, positionB, "INTENTION");
            }

            database.flyway().migrate();

            Map<String, Long> expected = new HashMap<>(Map.ofEntries(
                    entry("registered/", 3L), entry("registered/COLLEGE_GRADUATE", 2L),
                    entry("registered/UNEMPLOYED", 1L),
                    entry("checked-in/", 2L), entry("checked-in/COLLEGE_GRADUATE", 2L),
                    entry("checked-in/UNEMPLOYED", 1L),
                    entry("resumes/", 3L), entry("resumes/COLLEGE_GRADUATE", 2L), entry("resumes/UNEMPLOYED", 1L),
                    entry("intentions/", 2L), entry("intentions/COLLEGE_GRADUATE", 2L),
                    entry("intentions/UNEMPLOYED", 1L),
                    entry("arrivals/09:00", 1L), entry("arrivals/09:15", 1L),
                    entry("booth-resumes/" + ids.get("a"), 2L), entry("booth-resumes/" + ids.get("b"), 1L),
                    entry("booth-intentions/" + ids.get("a"), 1L), entry("booth-intentions/" + ids.get("b"), 2L),
                    entry("position-intentions/" + ids.get("position a"), 1L),
                    entry("position-intentions/" + ids.get("position b"), 2L)));
            try (Connection sql = database.connection()) {
                assertThat(tallies(sql, fair)).isEqualTo(expected);
                assertThat(tallies(sql, other)).containsOnly(entry("registered/", 1L),
                        entry("registered/COLLEGE_GRADUATE", 1L));
            }
        }
    }

    private static void checkIn(Connection sql, long fair, long pass, LocalDateTime local) throws SQLException {
        // Arrivals are slotted in the server clock's zone, the system default.
        update(sql, "INSERT INTO check_in (fair_id, pass_id, checked_in_at) VALUES (?, ?, ?)", fair, pass,
                local.atZone(ZoneId.systemDefault()).toOffsetDateTime());
    }

    private static void record(Connection sql, long fair, long seeker, long employer, Long position, String kind)
            throws SQLException {
        update(sql, "INSERT INTO booth_record (fair_id, job_seeker_id, employer_id, position_id, kind, recorded_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", fair, seeker, employer, position, kind,
                OffsetDateTime.now(), OffsetDateTime.now());
    }

    private static Map<String, Long> tallies(Connection sql, long fair) throws SQLException {
        Map<String, Long> tallies = new HashMap<>();
        try (PreparedStatement query = sql.prepareStatement(
                "SELECT figure, item, SUM(n) FROM fair_tally WHERE fair_id = ? GROUP BY figure, item")) {
            query.setLong(1, fair);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tallies.put(rows.getString(1) + "/" + rows.getString(2), rows.getLong(3));
                }
            }
        }
        return tallies;
    }

    private static long insert(Connection sql, String insert, Object... params) throws SQLException {
        try (PreparedStatement statement = sql.prepareStatement(insert, new String[] {"id"})) {
            bind(statement, params);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection sql, String update, Object... params) throws SQLException {
        try (PreparedStatement statement = sql.prepareStatement(update)) {
            bind(statement, params);
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
    }
}
