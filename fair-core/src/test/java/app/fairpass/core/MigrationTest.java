package app.fairpass.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The migrations build the whole schema on an empty database, and running them again changes nothing: on an
 * in-memory H2, or, in the PostgreSQL run of the tests (profile "postgres"), in a new schema dropped afterwards.
 */
class MigrationTest {

    @Test
    void migratesAnEmptyDatabase() throws Exception {
        try (ScratchDatabase database = new ScratchDatabase("migration_test")) {
            Flyway flyway = database.flyway();
            MigrateResult first = flyway.migrate();
            MigrateResult second = flyway.migrate();

            assertThat(first.success).isTrue();
            assertThat(first.migrationsExecuted).isPositive();
            assertThat(second.migrationsExecuted).isZero();
            try (Connection connection = database.connection()) {
                assertThat(tables(connection, database.schema())).contains("SERIES", "FAIR", "EMPLOYER", "BOOTH",
                        "JOB_POSITION", "JOB_SEEKER", "KEY_GROUP", "JOB_SEEKER_KEY_GROUP", "CONSENT", "PASS_KEY",
                        "PASS", "CHECK_IN", "SCAN_LOG", "BOOTH_RECORD", "KIOSK_DEVICE", "USER_ACCOUNT", "AUDIT_LOG",
                        "FAIR_TALLY");
                try (ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT name_zh FROM key_group ORDER BY sort_order")) {
                    List<String> groups = new ArrayList<>();
                    while (rows.next()) {
                        groups.add(rows.getString(1));
                    }
                    assertThat(groups).containsExactly("高校毕业生", "就业困难人员", "退捕渔民", "农民工", "退役军人", "失业人员");
                }
            }
        }
    }

    /** Table names in upper case: H2 keeps them so, PostgreSQL folds them to lower case. */
    private static List<String> tables(Connection connection, String schema) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }
}
