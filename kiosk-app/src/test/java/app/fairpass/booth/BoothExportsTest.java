package app.fairpass.booth;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.booth.BoothFixture.Booths;
import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.booth.BoothDeskService;
import app.fairpass.core.booth.BoothRecordCommand;
import app.fairpass.core.booth.BoothRecordService;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.pass.PassRef;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The booth's downloads, read back: CSV and XLSX parsed, the lead report PDF's text extracted. */
@SpringBootTest
@ActiveProfiles("test")
class BoothExportsTest extends KaribuTest {
    @Autowired
    BoothFixture fixture;
    @Autowired
    BoothRecordService recorder;
    @Autowired
    BoothDeskService desk;
    @Autowired
    JdbcClient jdbc;

    Booths booths;
    FairPassUser staff;

    @BeforeEach
    void records() {
        booths = fixture.openFairWithTwoBooths();
        PassRef chen = fixture.register(booths.fair(), "陈喆", true);
        PassRef hidden = fixture.register(booths.fair(), "赵赟", false);
        staff = fixture.user(booths.staffA());
        signIn(staff);
        long position = desk.positions(booths.fair().id()).get(0).positionId();
        recorder.record(new BoothRecordCommand(booths.fair().id(), chen.shortId(), RecordKind.RESUME, null,
                "可以加班", 4, null));
        recorder.record(new BoothRecordCommand(booths.fair().id(), chen.shortId(), RecordKind.INTENTION, position,
                null, null, null));
        recorder.record(new BoothRecordCommand(booths.fair().id(), hidden.shortId(), RecordKind.RESUME, null, null,
                null, null));
    }

    @Test
    void csvHasABomChineseTextAndOneRowPerRecord() throws Exception {
        byte[] csv = download("export-csv");

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = csv(csv);
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(row -> row.get("姓名")).containsExactlyInAnyOrder("陈喆", "陈喆", "（未同意提供）");
        assertThat(rows).extracting(row -> row.get("类型")).containsExactlyInAnyOrder("收到简历", "达成意向", "收到简历");
        assertThat(rows).filteredOn(row -> row.get("备注").equals("可以加班")).singleElement()
                .extracting(row -> row.get("评价")).isEqualTo("4");
    }

    /** A name or a note a spreadsheet would run as a formula is text in the booth's CSV, starting with a quote. */
    @Test
    void csvCellsThatLookLikeFormulasAreText() throws Exception {
        PassRef formula = fixture.register(booths.fair(), "=HYPERLINK(\"http://x.cn\",\"查看\")", true);
        recorder.record(new BoothRecordCommand(booths.fair().id(), formula.shortId(), RecordKind.RESUME, null,
                "@SUM(1+1)", 5, null));

        List<CSVRecord> rows = csv(download("export-csv"));

        assertThat(rows).filteredOn(row -> row.get("评价").equals("5")).singleElement().satisfies(row -> {
            assertThat(row.get("姓名")).isEqualTo("'=HYPERLINK(\"http://x.cn\",\"查看\")");
            assertThat(row.get("备注")).isEqualTo("'@SUM(1+1)");
            assertThat(row.get("胸牌编号")).isEqualTo(formula.shortId());
        });
        assertThat(rows).extracting(row -> row.get("姓名")).contains("陈喆");
    }

    @Test
    void xlsxKeepsNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("export-xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名");
            Row rated = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(6) != null && "可以加班".equals(row.getCell(6).getStringCellValue())) {
                    rated = row;
                }
            }
            assertThat(rated).isNotNull();
            assertThat(rated.getCell(5).getNumericCellValue()).isEqualTo(4.0);
            assertThat(rated.getCell(1).getStringCellValue()).isEqualTo("陈喆");
        }
    }

    @Test
    void theLeadReportNamesTheBoothAndOnlySharedPeople() throws Exception {
        String text;
        try (var pdf = Loader.loadPDF(download("export-pdf"))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("A01", "苏州恒瑞精密机械有限公司", "陈喆").doesNotContain("赵赟");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'EXPORT_BOOTH_RECORDS' AND target LIKE ?")
                .param("fair:" + booths.fair().id() + "%").query(Long.class).single()).isEqualTo(1);
    }

    private static List<CSVRecord> csv(byte[] csv) throws Exception {
        return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8))
                .getRecords();
    }

    private byte[] download(String id) throws Exception {
        UI.getCurrent().navigate("booth");
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("tabs")).setSelectedIndex(1);
        return DownloadKt._download(_get(Anchor.class, spec -> spec.withId(id)));
    }
}
