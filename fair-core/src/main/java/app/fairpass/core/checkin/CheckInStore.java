package app.fairpass.core.checkin;

import static app.fairpass.core.SqlTime.instant;
import static app.fairpass.core.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The check-in and scan-log tables in plain SQL. The scan is the busiest path in FairPass (hundreds a second at a
 * fair's opening), and these few statements are all it needs: no entity to load, snapshot and flush.
 * Both tables are append-only; their unique keys (one first entry per pass, one scan per kiosk and nonce) decide
 * races, and {@code ConflictRetry} answers the loser from the winner's row.
 */
@Repository
class CheckInStore {
    private final JdbcClient jdbc;

    CheckInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LoggedScan> scanByNonce(long kioskId, String nonce) {
        return jdbc.sql("SELECT pass_id, outcome FROM scan_log WHERE kiosk_id = ? AND nonce = ?")
                .params(kioskId, nonce)
                .query((rs, row) -> new LoggedScan(nullableLong(rs, "pass_id"),
                        CheckInOutcome.valueOf(rs.getString("outcome"))))
                .optional();
    }

    Optional<FirstEntry> firstEntry(long passId) {
        return jdbc.sql("SELECT kiosk_id, checked_in_at FROM check_in WHERE pass_id = ?")
                .param(passId)
                .query((rs, row) -> new FirstEntry(nullableLong(rs, "kiosk_id"), instant(rs, "checked_in_at")))
                .optional();
    }

    FirstEntry addFirstEntry(long fairId, long passId, long kioskId, Instant at, CheckInRequest request) {
        jdbc.sql("""
                INSERT INTO check_in (fair_id, pass_id, kiosk_id, checked_in_at, device_time, nonce)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(fairId, passId, kioskId, utc(at), utc(request.deviceTime()), request.nonce())
                .update();
        return new FirstEntry(kioskId, at);
    }

    /** One scan attempt and its outcome: ids only, neither the raw text scanned nor anything personal. */
    void log(CheckInRequest request, Long fairId, Long passId, CheckInOutcome outcome, Instant at) {
        jdbc.sql("""
                INSERT INTO scan_log (kiosk_id, fair_id, pass_id, outcome, nonce, scanned_at, device_time)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(request.kioskId(), fairId, passId, outcome.name(), request.nonce(), utc(at),
                        utc(request.deviceTime()))
                .update();
    }

    /** First entries per kiosk id since {@code from}. */
    Map<Long, Long> firstEntriesByKioskSince(Instant from) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT kiosk_id, COUNT(*) FROM check_in WHERE checked_in_at >= ? AND kiosk_id IS NOT NULL
                GROUP BY kiosk_id""")
                .param(utc(from))
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** The first entry of a pass and the kiosk it was made at (a nullable column). */
    record FirstEntry(Long kioskId, Instant at) {
    }

    record LoggedScan(Long passId, CheckInOutcome outcome) {
    }
}
