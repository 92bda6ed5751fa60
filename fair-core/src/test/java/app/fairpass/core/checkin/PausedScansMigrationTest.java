package app.fairpass.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scans logged while a kiosk paused, before the pause was removed, are no answer a retry could be given. */
class PausedScansMigrationTest {

    @Test
    void v16RemovesPausedScansAndKeepsEveryOtherScan() throws Exception {
        try (ScratchDatabase database = new ScratchDatabase("paused_scans_migration")) {
            database.flywayUpTo("15").migrate();
            try (Connection sql = database.connection()) {
                sql.createStatement().executeUpdate("""
                        INSERT INTO scan_log (outcome, nonce, scanned_at) VALUES
                          ('INVALID_CODE', 'junk-1', CURRENT_TIMESTAMP),
                          ('TOO_MANY_FAILED_SCANS', 'paused-1', CURRENT_TIMESTAMP),
                          ('CHECKED_IN', 'valid-1', CURRENT_TIMESTAMP)""");
            }

            database.flyway().migrate();

            try (Connection sql = database.connection();
                    ResultSet rows = sql.createStatement().executeQuery("SELECT nonce FROM scan_log ORDER BY id")) {
                List<String> nonces = new ArrayList<>();
                while (rows.next()) {
                    nonces.add(rows.getString(1));
                }
                assertThat(nonces).containsExactly("junk-1", "valid-1");
            }
        }
    }
}
