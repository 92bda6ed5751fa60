package app.fairpass.organiser;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.fairpass.KaribuTest;
import app.fairpass.admin.report.FairReports;
import app.fairpass.admin.report.ui.ReportsView;
import app.fairpass.core.audit.AuditEvent;
import app.fairpass.core.audit.AuditLog;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.export.ExportFile;
import app.fairpass.core.export.ExportKind;
import app.fairpass.core.export.ExportService;
import app.fairpass.core.export.TableFormat;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.fair.NewFair;
import app.fairpass.core.fair.NewSeries;
import app.fairpass.core.fair.SeriesInfo;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.retention.RetentionService;
import app.fairpass.core.seeker.SeekerAdminService;
import app.fairpass.core.seeker.SeekerRow;
import app.fairpass.core.stats.FairFigures;
import app.fairpass.core.stats.FairStatsService;
import app.fairpass.organiser.OrganiserFixture.Fair;
import app.fairpass.printing.text.Language;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Reports, audited exports, the follow-up list, and a retention purge that keeps every figure. */
@SpringBootTest
@ActiveProfiles("test")
class ReportsAndRetentionTest extends KaribuTest {
    @Autowired
    OrganiserFixture fixture;
    @Autowired
    ExportService exports;
    @Autowired
    FairReports reports;
    @Autowired
    FairStatsService stats;
    @Autowired
    FairService fairs;
    @Autowired
    RetentionService retention;
    @Autowired
    AuditLog audit;
    @Autowired
    SeekerAdminService seekers;
    @Autowired
    JdbcClient jdbc;

    Fair fair;
    PassRef hired;
    PassRef toCall;

    /** Three registered: a graduate with an intention, a graduate without, a veteran who never came. */
    @BeforeEach
    void aFairWithOneIntention() {
        fair = fixture.openFair("报表测试招聘会");
        hired = fixture.register(fair, "陈喆", "COLLEGE_GRADUATE");
        toCall = fixture.register(fair, "王堃", "COLLEGE_GRADUATE", "UNEMPLOYED");
        fixture.register(fair, "赵珺", "VETERAN");
        fixture.checkIn(fair, hired);
        fixture.checkIn(fair, toCall);
        fixture.record(fair, fair.a(), hired, RecordKind.RESUME);
        fixture.record(fair, fair.a(), hired, RecordKind.INTENTION);
        fixture.record(fair, fair.b(), toCall, RecordKind.RESUME);
        signIn(organiser());
    }

    @Test
    void theCheckInExportIsACsvExcelReadsAndIsAudited() throws IOException {
        ExportFile csv = exports.export(fair.info().id(), ExportKind.CHECK_INS, TableFormat.CSV);

        assertThat(csv.content()).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new InputStreamReader(
                new ByteArrayInputStream(csv.content(), 3, csv.content().length - 3), StandardCharsets.UTF_8))
                .getRecords();
        assertThat(records.get(0).values()).containsExactly("签到时间", "凭证短号", "姓名", "重点群体", "签到机");
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(2), r -> r.get(3))
                .containsExactly(tuple("陈喆", "高校毕业生"),
                        tuple("王堃", "高校毕业生、失业人员"));
        AuditEvent latest = audit.latest(1).get(0);
        assertThat(latest.action()).isEqualTo("EXPORT_CHECK_INS");
        assertThat(latest.target()).isEqualTo("fair:" + fair.info().id());
        assertThat(latest.actor()).isEqualTo("test-organiser");
    }

    /** Names that a spreadsheet would run as formulas (a link that sends the row away) reach the CSV inert. */
    @Test
    void namesThatLookLikeFormulasAreTextInTheCheckInAndFollowUpCsv() throws IOException {
        List<String> formulas = List.of("=HYPERLINK(\"http://x.cn\",\"查看\")", "=1+2", "@SUM(1+1)", "+8613800138000",
                "-1");
        for (String name : formulas) {
            fixture.checkIn(fair, fixture.register(fair, name, "VETERAN"));
        }
        List<String> neutralised = formulas.stream().map(name -> "'" + name).toList();

        List<CSVRecord> checkIns = csv(exports.export(fair.info().id(), ExportKind.CHECK_INS, TableFormat.CSV)
                .content());
        List<CSVRecord> followUp = csv(exports.export(fair.info().id(), ExportKind.FOLLOW_UP, TableFormat.CSV)
                .content());

        assertThat(checkIns).extracting(r -> r.get("姓名")).containsExactlyElementsOf(
                Stream.concat(Stream.of("陈喆", "王堃"), neutralised.stream()).toList());
        assertThat(checkIns).allSatisfy(r -> assertThat(r.get("签到时间"))
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        assertThat(followUp).extracting(r -> r.get("姓名")).containsExactlyInAnyOrderElementsOf(
                Stream.concat(Stream.of("王堃"), neutralised.stream()).toList());
        assertThat(followUp).allSatisfy(r -> assertThat(r.get("手机号")).matches("\\d{11}"));
    }

    @Test
    void boothRecordsExportAsXlsx() throws IOException {
        ExportFile xlsx = exports.export(fair.info().id(), ExportKind.BOOTH_RECORDS, TableFormat.XLSX);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("类型");
            assertThat(List.of(sheet.getRow(1), sheet.getRow(2), sheet.getRow(3)))
                    .extracting(row -> row.getCell(3).getStringCellValue())
                    .containsExactlyInAnyOrder("收到简历", "达成就业意向", "收到简历");
        }
        assertThat(audit.latest(1).get(0).action()).isEqualTo("EXPORT_BOOTH_RECORDS");
    }

    @Test
    void theFollowUpListHasTheKeyGroupMemberWhoCameAndReachedNoIntention() throws IOException {
        UI.getCurrent().navigate(ReportsView.class, fair.info().id());

        byte[] download = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-follow-up-csv")));

        List<CSVRecord> records = CSVFormat.EXCEL.parse(new InputStreamReader(
                new ByteArrayInputStream(download, 3, download.length - 3), StandardCharsets.UTF_8)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(0)).isEqualTo("王堃");
        assertThat(records.get(1).get(1)).matches("1[3-9][0-9]{9}");
        assertThat(audit.latest("EXPORT_FOLLOW_UP", 1)).singleElement()
                .satisfies(e -> assertThat(e.target()).isEqualTo("fair:" + fair.info().id()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSeriesRollUpAddsUpItsFairs() throws IOException {
        long seriesId = fairs.createSeries(new NewSeries("服务月报表测试 " + fair.info().name(), null, null));
        var info = fair.info();
        fairs.updateFair(info.id(), new NewFair(seriesId, info.name(), info.venue(), info.date(), info.opensAt(),
                info.closesAt()));
        UI.getCurrent().navigate(ReportsView.class, info.id());
        Select<SeriesInfo> series = _get(Select.class, spec -> spec.withId("series"));
        _setValue(series, fairs.listSeries().stream().filter(s -> s.id() == seriesId).findFirst().orElseThrow());

        String text = text(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("series-pdf"))));

        // 2 employers, 2 + 8 positions, 3 registered, 2 checked in, 2 resumes, 1 person with an intention
        assertThat(text).contains("服务月报表测试").contains(info.name() + " 2026-06-30 2 10 3 2 2 1")
                .contains("合计 2 10 3 2 2 1");
    }

    @Test
    void aPurgeRemovesPersonalDataAndKeepsFiguresAndTheSummaryReport() throws IOException {
        long fairId = fair.info().id();
        fairs.changeStatus(fairId, FairStatus.CLOSED);
        FairFigures figuresBefore = stats.figures(fairId);
        List<String> phones = seekers.search(fairId, "", 10).stream().map(SeekerRow::phone).toList();
        assertThat(phones).hasSize(3);
        String reportBefore = text(reports.summary(fairId, Language.ZH));
        assertThat(reportBefore).contains("恒瑞精密");
        assertThat(retention.due()).as("closed today: not yet due").isZero();
        // The fair closed longer ago than the retention period.
        jdbc.sql("UPDATE fair SET closed_at = :at WHERE id = :fair")
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(
                        retention.retentionDays() + 1L))))
                .param("fair", fairId).update();

        int purged = retention.purge();

        assertThat(purged).isEqualTo(3);
        assertThat(stats.figures(fairId)).isEqualTo(figuresBefore);
        assertThat(text(reports.summary(fairId, Language.ZH))).isEqualTo(reportBefore);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM job_seeker s JOIN pass p ON p.job_seeker_id = s.id
                WHERE p.fair_id = :fair AND (s.name <> '已清除' OR s.phone IS NOT NULL OR s.badge_line IS NOT NULL
                  OR s.purged_at IS NULL)
                """).param("fair", fairId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM job_seeker WHERE phone IN (:phones)").param("phones", phones)
                .query(Long.class).single()).as("the phones are nowhere").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booth_record WHERE fair_id = :fair AND note IS NOT NULL")
                .param("fair", fairId).query(Long.class).single()).isZero();
        assertThat(audit.latest("RETENTION_PURGE", 1)).hasSize(1);
    }

    private static List<CSVRecord> csv(byte[] content) throws IOException {
        return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(new InputStreamReader(
                new ByteArrayInputStream(content, 3, content.length - 3), StandardCharsets.UTF_8)).getRecords();
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
