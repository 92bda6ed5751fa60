package app.fairpass.core.retention;

import app.fairpass.core.account.Roles;
import app.fairpass.core.audit.AuditAction;
import app.fairpass.core.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes job seekers' personal data once every fair they registered for has been closed longer than the retention
 * period (PIPL art. 19: no longer than needed). The person's row stays, anonymous, with education and key groups,
 * so every figure of every fair stays the same; consents stay as the anonymous record that they were given.
 */
@Service
@EnableConfigurationProperties(RetentionSettings.class)
public class RetentionService {
    public static final String PURGED_NAME = "已清除";

    private static final String DUE = """
            SELECT s.id FROM job_seeker s WHERE s.purged_at IS NULL
              AND EXISTS (SELECT 1 FROM pass p WHERE p.job_seeker_id = s.id)
              AND NOT EXISTS (SELECT 1 FROM pass p JOIN fair f ON f.id = p.fair_id
                  WHERE p.job_seeker_id = s.id AND (f.status <> 'CLOSED' OR f.closed_at IS NULL OR f.closed_at > :cutoff))
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final int days;

    RetentionService(JdbcClient jdbc, AuditLog audit, Clock clock, RetentionSettings settings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.days = settings.days();
    }

    /** Days after a fair closes that its job seekers' personal data is kept. */
    @RolesAllowed(Roles.ORGANISER)
    public int retentionDays() {
        return days;
    }

    /** How many people a purge now would make anonymous. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public long due() {
        return jdbc.sql("SELECT COUNT(*) FROM (" + DUE + ") d").param("cutoff", cutoff()).query(Long.class).single();
    }

    /** Makes every person who is due anonymous; returns how many. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public int purge() {
        Timestamp cutoff = cutoff();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE booth_record SET note = NULL WHERE job_seeker_id IN (" + DUE + ")")
                .param("cutoff", cutoff).update();
        int purged = jdbc.sql("""
                UPDATE job_seeker SET name = :purged, phone = NULL, badge_line = NULL, show_badge_line = FALSE,
                  share_with_employers = FALSE, purged_at = :now
                WHERE id IN (""" + DUE + ")")
                .param("purged", PURGED_NAME).param("now", now).param("cutoff", cutoff).update();
        audit.record(AuditAction.RETENTION_PURGE, null, purged + " job seekers, retention " + days + " days");
        return purged;
    }

    private Timestamp cutoff() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(days));
        return Timestamp.from(cutoff);
    }
}
