package app.fairpass.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.stats.ArrivalSlot;
import app.fairpass.core.stats.FairFigures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tenth of the reported fair day played through the real services (the full day is run by its command, see
 * docs/benchmarks.md): the statistics and the summary report state exactly the planned figures, and the day
 * hangs together as a real one would.
 */
class FairDayReplayTest {
    private static final FairDayPlan PLAN = FairDayPlan.REPORTED.scaledDown(10);

    @TempDir
    Path dataDir;

    @Test
    void theSummaryStatesThePlannedFiguresAndTheDayHangsTogether() throws Exception {
        FairDay.Outcome outcome = FairDayReplay.replay(PLAN, dataDir);

        FairFigures figures = outcome.figures();
        assertThat(figures.registered()).isEqualTo(300);
        assertThat(figures.checkedIn()).isEqualTo(240);
        assertThat(figures.employers()).isEqualTo(10);
        assertThat(figures.positionsOffered()).isEqualTo(275);
        assertThat(figures.resumes()).isEqualTo(150);
        assertThat(figures.intentions()).isEqualTo(68);

        try (var pdf = Loader.loadPDF(outcome.summaryPdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(DemoFair.NAME);
            // The six headline boxes, each figure over its label.
            assertThat(text).containsPattern("10\\s+参会用人单位\\s+275\\s+提供岗位\\s+300\\s+报名人数\\s+240\\s+签到人数"
                    + "\\s+150\\s+收到简历\\s+68\\s+达成就业意向");
            assertThat(text).containsPattern("合计\\s+275\\s+150\\s+\\d+");
        }

        assertThat(arrivalsBetween(figures, LocalTime.of(9, 30), LocalTime.of(10, 30))).as("the morning peak")
                .isGreaterThan(figures.checkedIn() / 2);
        assertThat(arrivalsBetween(figures, LocalTime.of(9, 0), LocalTime.of(12, 0))).isEqualTo(figures.checkedIn());

        String url = "jdbc:h2:file:" + dataDir.resolve(FairDayReplay.DATABASE) + ";IFEXISTS=TRUE";
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            assertThat(count(db, """
                    SELECT COUNT(*) FROM booth_record r WHERE NOT EXISTS (SELECT 1 FROM check_in c
                      JOIN pass p ON p.id = c.pass_id WHERE p.job_seeker_id = r.job_seeker_id
                      AND c.checked_in_at < r.recorded_at)""")).as("booth records of people not yet checked in")
                    .isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM scan_log WHERE outcome = 'ALREADY_CHECKED_IN'"))
                    .as("passes scanned twice").isPositive();
            assertThat(count(db, "SELECT COUNT(*) FROM booth_record WHERE kind = 'INTENTION'"))
                    .as("some reached intentions with two employers").isGreaterThan(68);
            assertThat(count(db, "SELECT COUNT(*) FROM booth_record WHERE kind = 'INTENTION'"
                    + " AND position_id IS NULL")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM fair WHERE status = 'CLOSED'")).isEqualTo(1);
        }

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = FairDayReplay.run(new String[] {"--data-dir=" + dataDir}, new PrintStream(printed, true,
                StandardCharsets.UTF_8));
        assertThat(exit).as("a second replay into the same database is refused").isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("replay.mv.db exists");
    }

    private static long arrivalsBetween(FairFigures figures, LocalTime from, LocalTime to) {
        return figures.arrivals().stream().filter(slot -> !slot.start().isBefore(from) && slot.start().isBefore(to))
                .mapToLong(ArrivalSlot::count).sum();
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (ResultSet result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
