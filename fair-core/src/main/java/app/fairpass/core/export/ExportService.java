package app.fairpass.core.export;

import app.fairpass.core.account.Roles;
import app.fairpass.core.audit.AuditAction;
import app.fairpass.core.audit.AuditLog;
import app.fairpass.core.pass.PassCode;
import app.fairpass.core.seeker.EducationWords;
import app.fairpass.core.seeker.KeyGroupInfo;
import app.fairpass.core.seeker.SeekerAdminService;
import app.fairpass.core.seeker.SeekerDirectory;
import app.fairpass.core.seeker.SeekerRow;
import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exports of a fair's records as CSV or XLSX, each one audited: they carry personal data. */
@Service
public class ExportService {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String CHECK_INS = """
            SELECT c.checked_in_at, p.short_id, s.name, k.name AS kiosk, s.id AS seeker_id
            FROM check_in c JOIN pass p ON p.id = c.pass_id JOIN job_seeker s ON s.id = p.job_seeker_id
            LEFT JOIN kiosk_device k ON k.id = c.kiosk_id
            WHERE c.fair_id = :fair ORDER BY c.checked_in_at, c.id
            """;
    private static final String BOOTH_RECORDS = """
            SELECT r.recorded_at, b.booth_number, e.name AS employer, r.kind, jp.title, p.short_id, s.name,
              s.id AS seeker_id
            FROM booth_record r JOIN employer e ON e.id = r.employer_id
            JOIN booth b ON b.fair_id = r.fair_id AND b.employer_id = r.employer_id
            JOIN job_seeker s ON s.id = r.job_seeker_id
            JOIN pass p ON p.fair_id = r.fair_id AND p.job_seeker_id = r.job_seeker_id
            LEFT JOIN job_position jp ON jp.id = r.position_id
            WHERE r.fair_id = :fair ORDER BY r.recorded_at, r.id
            """;

    private final JdbcClient jdbc;
    private final SeekerAdminService seekers;
    private final SeekerDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    ExportService(JdbcClient jdbc, SeekerAdminService seekers, SeekerDirectory directory, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.seekers = seekers;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed(Roles.ORGANISER)
    @Transactional
    public ExportFile export(long fairId, ExportKind kind, TableFormat format) {
        TableExport table = switch (kind) {
            case CHECK_INS -> checkIns(fairId);
            case BOOTH_RECORDS -> boothRecords(fairId);
            case FOLLOW_UP -> followUp(fairId);
        };
        audit.record(switch (kind) {
            case CHECK_INS -> AuditAction.EXPORT_CHECK_INS;
            case BOOTH_RECORDS -> AuditAction.EXPORT_BOOTH_RECORDS;
            case FOLLOW_UP -> AuditAction.EXPORT_FOLLOW_UP;
        }, "fair:" + fairId, format + ", " + table.rows().size() + " rows");
        String name = kind.fileLabel() + "-" + fairId + "." + format.extension();
        return new ExportFile(name, format.mediaType(), format == TableFormat.CSV ? table.csv() : table.xlsx());
    }

    private TableExport checkIns(long fairId) {
        Map<Long, String> groups = keyGroupsOf(fairId);
        ZoneId zone = clock.getZone();
        return new TableExport(ExportKind.CHECK_INS.fileLabel(), List.of("签到时间", "凭证短号", "姓名", "重点群体", "签到机"), jdbc.sql(CHECK_INS)
                .param("fair", fairId)
                .query((rs, row) -> List.<Object>of(time(rs, "checked_in_at", zone), shortId(rs), rs.getString("name"),
                        groups.getOrDefault(rs.getLong("seeker_id"), ""), nullToEmpty(rs.getString("kiosk"))))
                .list());
    }

    private TableExport boothRecords(long fairId) {
        Map<Long, String> groups = keyGroupsOf(fairId);
        ZoneId zone = clock.getZone();
        return new TableExport(ExportKind.BOOTH_RECORDS.fileLabel(), List.of("时间", "展位号", "单位名称", "类型", "岗位名称", "凭证短号", "姓名", "重点群体"),
                jdbc.sql(BOOTH_RECORDS).param("fair", fairId)
                        .query((rs, row) -> List.<Object>of(time(rs, "recorded_at", zone), rs.getString("booth_number"),
                                rs.getString("employer"),
                                "INTENTION".equals(rs.getString("kind")) ? "达成就业意向" : "收到简历",
                                nullToEmpty(rs.getString("title")), shortId(rs), rs.getString("name"),
                                groups.getOrDefault(rs.getLong("seeker_id"), "")))
                        .list());
    }

    private TableExport followUp(long fairId) {
        Map<String, String> names = keyGroupNames();
        ZoneId zone = clock.getZone();
        List<List<Object>> rows = new ArrayList<>();
        for (SeekerRow row : seekers.followUp(fairId)) {
            rows.add(List.of(row.name(), nullToEmpty(row.phone()),
                    row.keyGroups().stream().map(names::get).collect(Collectors.joining("、")),
                    EducationWords.word(row.education()), row.passShortId(),
                    TIME.format(row.checkedInAt().atZone(zone))));
        }
        return new TableExport(ExportKind.FOLLOW_UP.fileLabel(),
                List.of("姓名", "手机号", "重点群体", "学历", "凭证短号", "签到时间"), rows);
    }

    private Map<Long, String> keyGroupsOf(long fairId) {
        Map<String, String> names = keyGroupNames();
        return seekers.search(fairId, "", Integer.MAX_VALUE).stream().collect(Collectors.toMap(SeekerRow::seekerId,
                row -> row.keyGroups().stream().map(names::get).collect(Collectors.joining("、"))));
    }

    private Map<String, String> keyGroupNames() {
        return directory.keyGroups().stream().collect(Collectors.toMap(KeyGroupInfo::code, KeyGroupInfo::nameZh));
    }

    private static String time(ResultSet rs, String column, ZoneId zone) throws SQLException {
        return TIME.format(rs.getTimestamp(column).toInstant().atZone(zone));
    }

    private static String shortId(ResultSet rs) throws SQLException {
        return PassCode.displayShortId(rs.getString("short_id"));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
