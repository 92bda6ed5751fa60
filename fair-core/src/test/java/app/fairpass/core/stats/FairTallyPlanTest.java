package app.fairpass.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import app.fairpass.core.ScratchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A tally change looks up its own rows by the primary key, even when H2 plans it on a young table (a new
 * installation's first fair): with an index on the fair alone to choose, H2 chose it, and each change then read
 * every tally row of the fair. H2 only: PostgreSQL plans each execution with its current statistics.
 */
class FairTallyPlanTest {
    private static final Pattern TARGET_INDEX =
            Pattern.compile("MERGE INTO \"PUBLIC\".\"FAIR_TALLY\" \"T\"\\s*/\\*([^*]*)\\*/");

    @Test
    void aTallyChangeIsPlannedOnThePrimaryKeyOfAYoungTable() throws Exception {
        // The PostgreSQL run leaves this class out (fair-core/pom.xml), but -Dtest overrides that exclusion.
        assumeFalse(ScratchDatabase.POSTGRES);
        try (ScratchDatabase database = new ScratchDatabase("tally_plan")) {
            database.flyway().migrate();
            try (Connection sql = database.connection(); Statement setup = sql.createStatement()) {
                setup.execute("INSERT INTO fair (id, name, venue, fair_date, opens_at, closes_at, status, created_at)"
                        + " VALUES (1, '春风行动招聘会', '体育馆', DATE '2026-03-05', TIME '09:00:00', TIME '12:00:00',"
                        + " 'OPEN', CURRENT_TIMESTAMP)");
                setup.execute("INSERT INTO fair_tally (fair_id, figure, item, stripe, n)"
                        + " VALUES (1, 'registered', '', 0, 1)");

                String index = targetIndex(sql, FairTally.mergeStatement(2, 1));

                assertThat(index).startsWith(" PUBLIC.PRIMARY_KEY_").contains("FIGURE = D.FIGURE")
                        .contains("ITEM = D.ITEM");
            }
        }
    }

    /** The index comment H2's plan gives the merge's target, with a resume's parameters. */
    private static String targetIndex(Connection sql, String merge) throws Exception {
        try (PreparedStatement explain = sql.prepareStatement("EXPLAIN " + merge)) {
            Object[] params = {"resumes", "", 1L, "booth-resumes", "7", 1L, "resumes", 1L, 42L, 1L, 7L, 1L, 7L};
            for (int i = 0; i < params.length; i++) {
                explain.setObject(i + 1, params[i]);
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                Matcher target = TARGET_INDEX.matcher(plan.getString(1));
                assertThat(target.find()).as("the plan names the target's index: %s", plan.getString(1)).isTrue();
                return target.group(1).replaceAll("\\s+", " ");
            }
        }
    }
}
