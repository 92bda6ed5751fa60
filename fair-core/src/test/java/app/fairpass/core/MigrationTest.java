package app.fairpass.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The migrations build the whole schema on an empty database, and running them again changes nothing. */
class MigrationTest {

    @Test
    void migratesAnEmptyDatabase() throws Exception {
        String url = "jdbc:h2:mem:migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "").load();

        MigrateResult first = flyway.migrate();
        MigrateResult second = flyway.migrate();

        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isPositive();
        assertThat(second.migrationsExecuted).isZero();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(tables(connection)).contains("SERIES", "FAIR", "EMPLOYER", "BOOTH", "JOB_POSITION",
                    "JOB_SEEKER", "KEY_GROUP", "JOB_SEEKER_KEY_GROUP", "CONSENT", "PASS_KEY", "PASS", "CHECK_IN",
                    "SCAN_LOG", "BOOTH_RECORD", "KIOSK_DEVICE", "USER_ACCOUNT", "AUDIT_LOG");
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

    private static List<String> tables(Connection connection) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
