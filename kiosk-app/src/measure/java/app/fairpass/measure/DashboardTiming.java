package app.fairpass.measure;

import app.fairpass.admin.dashboard.LiveFigures;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.account.Roles;
import app.fairpass.core.stats.FairStatsService;
import app.fairpass.core.stats.FairTallyRecount;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How long one live-dashboard refresh takes at 10,000 job seekers and 100,000 booth records. Fills a new database
 * with bulk SQL (what is measured is the read) and counts the fill into the fair's tallies, as migration V13 does
 * for records written before them, then times, in the running server, what a refresh calls:
 * {@link LiveFigures#watch} (figures, booth figures and top positions, as a screen opening reads them), a tick of
 * one watching screen (the same read, compared with what was sent), and each part alone.
 * <p>
 * {@code ./mvnw -q -pl kiosk-app -am -Pmeasure verify -DskipTests -Dmeasure=DashboardTiming}
 */
public final class DashboardTiming {
    private static final int JOB_SEEKERS = 10_000;
    private static final int EMPLOYERS = 100;
    /** Booths each job seeker has a record at: 10,000 × 10 = 100,000 booth records, one in five an intention. */
    private static final int RECORDS_PER_SEEKER = 10;
    private static final int KIOSKS = 20;
    private static final int WARM_UP = 5;
    private static final int TIMED = 25;
    private static final FairPassUser ORGANISER = new FairPassUser(0, "measure", "measure", "", Roles.ORGANISER,
            null, true);

    private DashboardTiming() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext server = MeasuredServer.start(Path.of(args[0], "dashboard-timing"),
                "--fairpass.dashboard.tick-millis=3600000")) {
            JdbcClient jdbc = server.getBean(JdbcClient.class);
            long started = System.nanoTime();
            long fairId = fill(jdbc);
            System.out.printf("filled in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, counts(jdbc));
            started = System.nanoTime();
            // The fill bypassed the services, which keep the tallies: count it in as the migration would.
            try (Connection connection = server.getBean(DataSource.class).getConnection()) {
                FairTallyRecount.recount(connection, server.getBean(Clock.class).getZone());
            }
            spreadOverDevices(jdbc, fairId);
            System.out.printf("counted into %,d tally rows in %.1f s%n",
                    jdbc.sql("SELECT COUNT(*) FROM fair_tally").query(Long.class).single(),
                    (System.nanoTime() - started) / 1e9);

            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(ORGANISER, null, ORGANISER.getAuthorities()));
            LiveFigures live = server.getBean(LiveFigures.class);
            FairStatsService stats = server.getBean(FairStatsService.class);
            Map<String, Runnable> reads = new LinkedHashMap<>();
            reads.put("dashboard refresh (LiveFigures.watch)", () -> live.watch(fairId, data -> { }).run());
            Runnable unwatch = live.watch(fairId, data -> { });
            reads.put("tick, one fair watched", live::tick);
            reads.put("figures", () -> stats.figures(fairId));
            reads.put("boothFigures", () -> stats.boothFigures(fairId));
            reads.put("topPositions(8)", () -> stats.topPositions(fairId, 8));
            reads.put("overview (list of fairs)", stats::overview);

            System.out.printf("| read | median ms | min ms | max ms |%n|---|---:|---:|---:|%n");
            for (Map.Entry<String, Runnable> read : reads.entrySet()) {
                for (int i = 0; i < WARM_UP; i++) {
                    read.getValue().run();
                }
                long[] nanos = new long[TIMED];
                for (int i = 0; i < TIMED; i++) {
                    // Something changed, as it has when a busy fair's dashboard re-reads: H2 reuses a query's earlier
                    // result while its tables are unchanged, which would time that cache, not the read.
                    touch(jdbc);
                    long start = System.nanoTime();
                    read.getValue().run();
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                System.out.printf("| %s | %.1f | %.1f | %.1f |%n", read.getKey(), nanos[TIMED / 2] / 1e6,
                        nanos[0] / 1e6, nanos[TIMED - 1] / 1e6);
            }
            unwatch.run();
        }
    }

    /** One open fair: 100 employers with 5 positions each, 10,000 registered, 8,000 checked in, 100,000 records. */
    private static long fill(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO fair (name, venue, fair_date, opens_at, closes_at, status, created_at)
                VALUES ('仪表盘测量招聘会', '体育馆', DATE '2026-06-30', TIME '08:30:00', TIME '16:30:00', 'OPEN',
                        CURRENT_TIMESTAMP)""").update();
        long fairId = jdbc.sql("SELECT MAX(id) FROM fair").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO employer (name, industry, created_at)
                SELECT '测量用人单位' || CAST(X AS VARCHAR), '制造', CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, :n)""")
                .param("n", EMPLOYERS).update();
        long firstEmployer = jdbc.sql("SELECT MIN(id) FROM employer").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO booth (fair_id, employer_id, booth_number)
                SELECT :fair, id, 'M' || LPAD(CAST(id AS VARCHAR), 3, '0') FROM employer""")
                .param("fair", fairId).update();
        jdbc.sql("""
                INSERT INTO job_position (fair_id, employer_id, title, headcount)
                SELECT :fair, e.id, '岗位' || CAST(r.X AS VARCHAR), 1 + MOD(e.id * r.X, 9)
                FROM employer e CROSS JOIN SYSTEM_RANGE(1, 5) r""").param("fair", fairId).update();
        jdbc.sql("""
                INSERT INTO job_seeker (name, phone, education, show_badge_line, share_with_employers, registered_via,
                                        created_at)
                SELECT '求职者' || CAST(X AS VARCHAR), '139' || LPAD(CAST(X AS VARCHAR), 8, '0'), 'BACHELOR', TRUE,
                       TRUE, 'ONLINE', CURRENT_TIMESTAMP
                FROM SYSTEM_RANGE(1, :n)""").param("n", JOB_SEEKERS).update();
        jdbc.sql("""
                INSERT INTO job_seeker_key_group (job_seeker_id, key_group_code)
                SELECT id, CASE MOD(id, 6) WHEN 0 THEN 'EMPLOYMENT_DIFFICULTY' WHEN 1 THEN 'UNEMPLOYED'
                       WHEN 2 THEN 'MIGRANT_WORKER' WHEN 3 THEN 'VETERAN' ELSE 'COLLEGE_GRADUATE' END
                FROM job_seeker WHERE MOD(id, 10) < 7""").update();
        jdbc.sql("MERGE INTO pass_key (key_id, secret, created_at) KEY (key_id) VALUES ('M', 'measure', CURRENT_TIMESTAMP)")
                .update();
        jdbc.sql("""
                INSERT INTO pass (fair_id, job_seeker_id, random_id, short_id, key_id, status, issued_at)
                SELECT :fair, id, LPAD(CAST(id AS VARCHAR), 13, '0'), LPAD(CAST(id AS VARCHAR), 8, '0'), 'M',
                       'ACTIVE', CURRENT_TIMESTAMP
                FROM job_seeker""").param("fair", fairId).update();
        jdbc.sql("""
                INSERT INTO check_in (fair_id, pass_id, checked_in_at)
                SELECT :fair, id, DATEADD(SECOND, MOD(id * 7919, 10800), TIMESTAMP WITH TIME ZONE
                       '2026-06-30 09:00:00+08:00')
                FROM pass WHERE fair_id = :fair AND MOD(id, 5) <> 0""").param("fair", fairId).update();
        // Booth k of a person is employer (7 × person + 13 × k) mod 100: ten different booths for each person.
        jdbc.sql("""
                INSERT INTO booth_record (fair_id, job_seeker_id, employer_id, position_id, kind, recorded_at,
                                          updated_at)
                SELECT :fair, s.id, e.id,
                       CASE WHEN MOD(s.id + k.X, 5) = 0 THEN (SELECT MIN(p.id) FROM job_position p
                                                              WHERE p.employer_id = e.id) END,
                       CASE WHEN MOD(s.id + k.X, 5) = 0 THEN 'INTENTION' ELSE 'RESUME' END,
                       DATEADD(SECOND, 600 + MOD(s.id * 31 + k.X * 977, 20000), TIMESTAMP WITH TIME ZONE
                               '2026-06-30 09:00:00+08:00'),
                       DATEADD(SECOND, 600 + MOD(s.id * 31 + k.X * 977, 20000), TIMESTAMP WITH TIME ZONE
                               '2026-06-30 09:00:00+08:00')
                FROM job_seeker s CROSS JOIN SYSTEM_RANGE(1, :k) k
                JOIN employer e ON e.id = :first + MOD(s.id * 7 + k.X * 13, :employers)""")
                .param("fair", fairId).param("k", RECORDS_PER_SEEKER).param("first", firstEmployer)
                .param("employers", EMPLOYERS).update();
        return fairId;
    }

    /**
     * The recount puts each figure in one row; devices writing leave one row per device: every booth's stripe of the
     * resume and intention figures (whole fair and by key group), every kiosk's of the check-ins and arrivals. Rows
     * of 0 added here make the read sum as many rows as a fair day with 20 kiosks and 100 booths would leave.
     */
    private static void spreadOverDevices(JdbcClient jdbc, long fairId) {
        jdbc.sql("""
                INSERT INTO fair_tally (fair_id, figure, item, stripe, n)
                SELECT :fair, f.figure, f.item, b.employer_id, 0
                FROM (SELECT DISTINCT figure, item FROM fair_tally
                      WHERE fair_id = :fair AND figure IN ('resumes', 'intentions')) f
                CROSS JOIN booth b WHERE b.fair_id = :fair""").param("fair", fairId).update();
        jdbc.sql("""
                INSERT INTO fair_tally (fair_id, figure, item, stripe, n)
                SELECT :fair, f.figure, f.item, k.X, 0
                FROM (SELECT DISTINCT figure, item FROM fair_tally
                      WHERE fair_id = :fair AND figure IN ('checked-in', 'arrivals')) f
                CROSS JOIN SYSTEM_RANGE(1, :kiosks) k""").param("fair", fairId).param("kiosks", KIOSKS).update();
    }

    /**
     * One row of each table the figures read is written (the key groups aside: they never change during a fair),
     * so no earlier result of theirs can be reused; the tally row is one a check-in changes.
     */
    private static void touch(JdbcClient jdbc) {
        for (String table : new String[] {"fair", "booth", "employer", "job_position"}) {
            jdbc.sql("UPDATE " + table + " SET id = id WHERE id = (SELECT MIN(id) FROM " + table + ")").update();
        }
        jdbc.sql("UPDATE fair_tally SET n = n WHERE figure = 'checked-in' AND item = '' AND stripe = 0").update();
    }

    private static String counts(JdbcClient jdbc) {
        return String.format("%,d job seekers, %,d check-ins, %,d booth records",
                jdbc.sql("SELECT COUNT(*) FROM job_seeker").query(Long.class).single(),
                jdbc.sql("SELECT COUNT(*) FROM check_in").query(Long.class).single(),
                jdbc.sql("SELECT COUNT(*) FROM booth_record").query(Long.class).single());
    }
}
