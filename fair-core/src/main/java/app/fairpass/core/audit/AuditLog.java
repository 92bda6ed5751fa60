package app.fairpass.core.audit;

import static app.fairpass.core.SqlTime.instant;
import static app.fairpass.core.SqlTime.utc;

import app.fairpass.core.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what, when. Entries join the caller's transaction, so an action and its audit entry commit together.
 * Targets are ids ("pass:42"), never names or phone numbers. The table is append-only (the database refuses
 * UPDATE and DELETE), so plain SQL inserts and reads are all it takes; every check-in writes one.
 */
@Service
public class AuditLog {
    /** The actor of entries written while nobody is signed in, e.g. by a scheduled task. */
    public static final String SYSTEM = "system";
    /** The actor of a refused sign-in under a name that is no account's (the name typed is not kept). */
    public static final String UNKNOWN_ACCOUNT = "?";

    private static final int MAX_DETAIL = 500;
    private static final String COLUMNS = "SELECT occurred_at, actor, action, target, detail FROM audit_log";
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An entry by the signed-in user, or by {@link #SYSTEM}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String target, String detail) {
        recordBy(currentActor(), action, target, detail);
    }

    /**
     * An entry whose actor is not the signed-in user: a sign-in is audited before Spring Security keeps the new
     * authentication, and a refused one has none.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBy(String actor, AuditAction action, String target, String detail) {
        String clipped = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")
                .params(utc(clock.instant()), actor, action.name(), target, clipped)
                .update();
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<AuditEvent> latest(int limit) {
        return jdbc.sql(COLUMNS + " ORDER BY id DESC LIMIT ?").param(limit).query(AuditLog::event).list();
    }

    /** The latest entries of one action, e.g. every EXPORT_FOLLOW_UP. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<AuditEvent> latest(String action, int limit) {
        return jdbc.sql(COLUMNS + " WHERE action = ? ORDER BY id DESC LIMIT ?").params(action, limit)
                .query(AuditLog::event).list();
    }

    /** The actions recorded so far, for a filter. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_log ORDER BY action").query(String.class).list();
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("action"),
                rs.getString("target"), rs.getString("detail"));
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? SYSTEM : auth.getName();
    }
}
