package app.fairpass.core.seeker;

import app.fairpass.core.account.Roles;
import app.fairpass.core.pass.PassCode;
import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organiser's reads of people: the searchable list of a fair and the follow-up list after it. */
@Service
public class SeekerAdminService {
    private static final String ROWS = """
            SELECT s.id, s.name, s.phone, s.education, p.short_id, c.checked_in_at
            FROM pass p JOIN job_seeker s ON s.id = p.job_seeker_id
            LEFT JOIN check_in c ON c.pass_id = p.id
            WHERE p.fair_id = :fair
            """;

    private final JdbcClient jdbc;

    SeekerAdminService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * People registered for the fair whose name or phone contains {@code query} (all when blank), by name. A whole
     * mobile number is looked for as it is stored, however it was typed ("+86 138-1234-5678").
     */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<SeekerRow> search(long fairId, String query, int limit) {
        PhoneNumber.Reading phone = PhoneNumber.read(query);
        String q = phone.isValid() ? phone.number() : query == null ? "" : query.strip();
        List<SeekerRow> rows = jdbc.sql(ROWS
                        + " AND (:q = '' OR s.name LIKE :like OR s.phone LIKE :like) ORDER BY s.name, s.id LIMIT :limit")
                .param("fair", fairId).param("q", q).param("like", "%" + escapeLike(q) + "%").param("limit", limit)
                .query(SeekerAdminService::row).list();
        return withKeyGroups(fairId, rows);
    }

    /**
     * Key-group members who checked in but reached no intention with any employer: the people a service calls
     * after the fair.
     */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public List<SeekerRow> followUp(long fairId) {
        List<SeekerRow> rows = jdbc.sql(ROWS + """
                 AND c.id IS NOT NULL AND s.purged_at IS NULL
                 AND EXISTS (SELECT 1 FROM job_seeker_key_group g WHERE g.job_seeker_id = s.id)
                 AND NOT EXISTS (SELECT 1 FROM booth_record r WHERE r.fair_id = p.fair_id
                     AND r.job_seeker_id = s.id AND r.kind = 'INTENTION')
                ORDER BY s.name, s.id
                """).param("fair", fairId).query(SeekerAdminService::row).list();
        return withKeyGroups(fairId, rows);
    }

    /** Phones already holding a pass for the fair: an import leaves those people as they are. */
    @RolesAllowed(Roles.ORGANISER)
    @Transactional(readOnly = true)
    public Set<String> registeredPhones(long fairId) {
        return Set.copyOf(jdbc.sql("SELECT s.phone FROM pass p JOIN job_seeker s ON s.id = p.job_seeker_id"
                + " WHERE p.fair_id = :fair AND s.phone IS NOT NULL").param("fair", fairId).query(String.class)
                .list());
    }

    /** Key groups in a second query, so the same SQL runs on H2 and PostgreSQL (they aggregate strings apart). */
    private List<SeekerRow> withKeyGroups(long fairId, List<SeekerRow> rows) {
        Map<Long, List<String>> groups = new HashMap<>();
        jdbc.sql("SELECT g.job_seeker_id, g.key_group_code FROM job_seeker_key_group g"
                        + " JOIN pass p ON p.job_seeker_id = g.job_seeker_id WHERE p.fair_id = :fair"
                        + " ORDER BY g.key_group_code")
                .param("fair", fairId)
                .query(rs -> {
                    groups.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return rows.stream().map(row -> new SeekerRow(row.seekerId(), row.name(), row.phone(), row.education(),
                List.copyOf(groups.getOrDefault(row.seekerId(), List.of())), row.passShortId(), row.checkedInAt()))
                .toList();
    }

    private static SeekerRow row(ResultSet rs, int rowNum) throws SQLException {
        String education = rs.getString("education");
        Timestamp checkedIn = rs.getTimestamp("checked_in_at");
        return new SeekerRow(rs.getLong("id"), rs.getString("name"), rs.getString("phone"),
                education == null ? null : Education.valueOf(education), List.of(),
                PassCode.displayShortId(rs.getString("short_id")), checkedIn == null ? null : checkedIn.toInstant());
    }

    private static String escapeLike(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
