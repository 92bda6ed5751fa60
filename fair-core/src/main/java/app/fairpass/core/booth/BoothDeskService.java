package app.fairpass.core.booth;

import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.account.Roles;
import app.fairpass.core.audit.AuditAction;
import app.fairpass.core.audit.AuditLog;
import app.fairpass.core.pass.CodeCheck;
import app.fairpass.core.pass.PassCode;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.seeker.Education;
import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a booth reads: its fair, a scanned badge, its own records, its positions. Every query is bounded by the
 * signed-in employer taken from the security context, never by an id the browser sent, so one employer cannot
 * reach another's records or job seekers.
 */
@Service
public class BoothDeskService {
    private static final String ENTRY_COLUMNS = """
            SELECT r.id, r.kind, r.position_id, p.title, r.note, r.rating, r.recorded_at, r.updated_at, ps.short_id,
                   s.name, s.education, s.badge_line, s.share_with_employers
            FROM booth_record r
            JOIN job_seeker s ON s.id = r.job_seeker_id
            JOIN pass ps ON ps.fair_id = r.fair_id AND ps.job_seeker_id = r.job_seeker_id
            LEFT JOIN job_position p ON p.id = r.position_id
            """;

    private final JdbcClient jdbc;
    private final BadgeResolver badges;
    private final AuditLog audit;
    private final PositionIntentions positionIntentions;

    BoothDeskService(JdbcClient jdbc, BadgeResolver badges, AuditLog audit, PositionIntentions positionIntentions) {
        this.jdbc = jdbc;
        this.badges = badges;
        this.audit = audit;
        this.positionIntentions = positionIntentions;
    }

    /** The signed-in employer's booths at open fairs, most recent fair first. */
    @RolesAllowed(Roles.EMPLOYER)
    @Transactional(readOnly = true)
    public List<BoothContext> openBooths() {
        return jdbc.sql("""
                SELECT f.id, f.name, f.fair_date, e.id AS employer_id, e.name AS employer_name, b.booth_number
                FROM booth b JOIN fair f ON f.id = b.fair_id JOIN employer e ON e.id = b.employer_id
                WHERE b.employer_id = :employer AND f.status = 'OPEN'
                ORDER BY f.fair_date DESC, f.id DESC
                """).param("employer", employerId())
                .query((rs, row) -> new BoothContext(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("fair_date", java.time.LocalDate.class), rs.getLong("employer_id"),
                        rs.getString("employer_name"), rs.getString("booth_number")))
                .list();
    }

    /** A badge scanned or typed at the booth: the QR text or the short id under it. */
    @RolesAllowed(Roles.EMPLOYER)
    @Transactional(readOnly = true)
    public BoothLookup lookup(long fairId, String scanned) {
        long employerId = employerId();
        requireBooth(fairId, employerId);
        CodeCheck check = badges.resolve(fairId, scanned);
        if (check.verdict() == CodeCheck.Verdict.WRONG_FAIR) {
            return new BoothLookup(BoothLookup.Outcome.WRONG_FAIR, null);
        }
        if (check.pass() == null) {
            return new BoothLookup(BoothLookup.Outcome.UNKNOWN_PASS, null);
        }
        PassRef pass = check.pass();
        long seekerId = pass.jobSeekerId();
        List<BoothEntry> mine = jdbc.sql(ENTRY_COLUMNS
                        + " WHERE r.fair_id = :fair AND r.employer_id = :employer AND r.job_seeker_id = :seeker")
                .param("fair", fairId).param("employer", employerId).param("seeker", seekerId)
                .query(BoothDeskService::entry).list();
        BoothCard card = jdbc.sql("""
                        SELECT name, education, badge_line, share_with_employers
                        FROM job_seeker WHERE id = :seeker""").param("seeker", seekerId)
                .query((rs, row) -> {
                    boolean shared = rs.getBoolean("share_with_employers");
                    return new BoothCard(pass.shortId(), shared, shared ? rs.getString("name") : null,
                            shared ? education(rs) : null, shared ? rs.getString("badge_line") : null,
                            kind(mine, RecordKind.RESUME), kind(mine, RecordKind.INTENTION));
                }).single();
        return new BoothLookup(BoothLookup.Outcome.FOUND, card);
    }

    /** The employer's records at the fair, latest first. */
    @RolesAllowed(Roles.EMPLOYER)
    @Transactional(readOnly = true)
    public List<BoothEntry> entries(long fairId) {
        long employerId = employerId();
        requireBooth(fairId, employerId);
        return jdbc.sql(ENTRY_COLUMNS + " WHERE r.fair_id = :fair AND r.employer_id = :employer"
                        + " ORDER BY r.updated_at DESC, r.id DESC")
                .param("fair", fairId).param("employer", employerId)
                .query(BoothDeskService::entry).list();
    }

    /** The same entries, for a file leaving the server: the export is audited. */
    @RolesAllowed(Roles.EMPLOYER)
    @Transactional
    public List<BoothEntry> export(long fairId, String format) {
        List<BoothEntry> entries = entries(fairId);
        audit.record(AuditAction.EXPORT_BOOTH_RECORDS, "fair:" + fairId + " employer:" + employerId(),
                format + ", " + entries.size() + " rows");
        return entries;
    }

    /** The employer's positions at the fair, each with the intentions reached for it as the dashboard counts them. */
    @RolesAllowed(Roles.EMPLOYER)
    @Transactional(readOnly = true)
    public List<PositionTally> positions(long fairId) {
        record Offered(long id, String title, int headcount, Integer salaryMin, Integer salaryMax,
                Education education) {
        }
        List<Offered> offered = jdbc.sql("""
                SELECT id, title, headcount, salary_min, salary_max, education FROM job_position
                WHERE fair_id = :fair AND employer_id = :employer ORDER BY id
                """).param("fair", fairId).param("employer", employerId())
                .query((rs, row) -> new Offered(rs.getLong("id"), rs.getString("title"), rs.getInt("headcount"),
                        rs.getObject("salary_min", Integer.class), rs.getObject("salary_max", Integer.class),
                        rs.getString("education") == null ? null : Education.valueOf(rs.getString("education"))))
                .list();
        Map<Long, Long> intentions = positionIntentions.of(fairId, offered.stream().map(Offered::id).toList());
        return offered.stream().map(position -> new PositionTally(position.id(), position.title(),
                position.headcount(), position.salaryMin(), position.salaryMax(), position.education(),
                intentions.getOrDefault(position.id(), 0L))).toList();
    }

    private void requireBooth(long fairId, long employerId) {
        boolean hasBooth = jdbc.sql("SELECT COUNT(*) FROM booth WHERE fair_id = :fair AND employer_id = :employer")
                .param("fair", fairId).param("employer", employerId).query(Long.class).single() > 0;
        if (!hasBooth) {
            throw new AccessDeniedException("employer " + employerId + " has no booth at fair " + fairId);
        }
    }

    static long employerId() {
        return FairPassUser.current().map(FairPassUser::employerId)
                .orElseThrow(() -> new AccessDeniedException("not an employer account"));
    }

    private static Optional<BoothEntry> kind(List<BoothEntry> entries, RecordKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).findFirst();
    }

    private static BoothEntry entry(ResultSet rs, int row) throws SQLException {
        boolean shared = rs.getBoolean("share_with_employers");
        return new BoothEntry(rs.getLong("id"), RecordKind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("position_id", Long.class), rs.getString("title"), rs.getString("note"),
                (Integer) rs.getObject("rating", Integer.class),
                rs.getTimestamp("recorded_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                PassCode.displayShortId(rs.getString("short_id")),
                shared ? rs.getString("name") : null, shared ? education(rs) : null,
                shared ? rs.getString("badge_line") : null);
    }

    private static Education education(ResultSet rs) throws SQLException {
        String value = rs.getString("education");
        return value == null ? null : Education.valueOf(value);
    }

}
