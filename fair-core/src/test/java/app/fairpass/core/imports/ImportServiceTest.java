package app.fairpass.core.imports;

import static app.fairpass.core.TestFair.asOrganiser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.fairpass.core.TestFair;
import app.fairpass.core.employer.BoothInfo;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.PositionInfo;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.imports.ImportProblem.Kind;
import app.fairpass.core.seeker.Education;
import app.fairpass.core.seeker.SeekerAdminService;
import app.fairpass.core.seeker.SeekerRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imports of the files services really have: XLSX and GBK CSV, good and broken. */
@SpringBootTest
class ImportServiceTest {
    private static final Charset GBK = Charset.forName("GBK");

    @Autowired
    ImportService imports;
    @Autowired
    EmployerService employers;
    @Autowired
    SeekerAdminService seekers;
    @Autowired
    TestFair testFair;
    @Autowired
    JdbcClient jdbc;

    FairInfo fair;
    String suffix;

    @BeforeEach
    void openFair() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        fair = testFair.openFair("导入测试招聘会 " + suffix);
    }

    @Test
    void anXlsxOfEmployersImportsOnceAndAgainChangesNothing() throws IOException {
        byte[] file = xlsx(List.of(
                List.of("展位号", "单位名称", "岗位名称", "招聘人数", "薪资下限", "薪资上限", "学历要求", "专业类别"),
                List.of("A01", "恒瑞精密 " + suffix, "数控车工", "8", "5000", "7000", "中专", "机械"),
                List.of("A01", "恒瑞精密 " + suffix, "质检员", "3", "4500", "6000", "高中及以上", ""),
                List.of("B07", "嘉德食品 " + suffix, "面点师", "2", "", "", "不限", "")));

        ImportResult first = asOrganiser(() -> imports.importEmployers(fair.id(), file));

        assertThat(first.imported()).isTrue();
        assertThat(first.added()).isEqualTo(2 + 3);
        List<BoothInfo> booths = asOrganiser(() -> employers.booths(fair.id()));
        assertThat(booths).extracting(BoothInfo::boothNumber, BoothInfo::employerName).containsExactly(
                tuple("A01", "恒瑞精密 " + suffix),
                tuple("B07", "嘉德食品 " + suffix));
        List<PositionInfo> a01 = asOrganiser(() -> employers.positionsOf(fair.id(), booths.get(0).employerId()));
        assertThat(a01).extracting(PositionInfo::title, PositionInfo::headcount, PositionInfo::salaryMin,
                PositionInfo::education).containsExactly(
                tuple("数控车工", 8, 5000, Education.VOCATIONAL_SECONDARY),
                tuple("质检员", 3, 4500, Education.HIGH_SCHOOL));
        String before = snapshot();

        ImportResult again = asOrganiser(() -> imports.importEmployers(fair.id(), file));

        assertThat(again.imported()).isTrue();
        assertThat(again.added()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aGbkCsvOfJobSeekersRegistersThemAndAgainChangesNothing() {
        byte[] file = ("姓名,手机号,重点群体,学历,求职意向/专业,同意处理个人信息,同意向用人单位提供信息,胸牌显示求职意向\r\n"
                + "陈喆,13912340001,高校毕业生,本科,软件开发,是,是,否\r\n"
                + "王堃,13912340002,就业困难人员、失业人员,高中,,是,否,否\r\n").getBytes(GBK);

        ImportResult first = asOrganiser(() -> imports.importSeekers(fair.id(), file));

        assertThat(first.problems()).isEmpty();
        assertThat(first.imported()).isTrue();
        assertThat(first.added()).isEqualTo(2);
        List<SeekerRow> registered = asOrganiser(() -> seekers.search(fair.id(), "", 10));
        assertThat(registered).extracting(SeekerRow::name).containsExactlyInAnyOrder("陈喆", "王堃");
        assertThat(registered).filteredOn(row -> row.name().equals("王堃")).singleElement()
                .satisfies(row -> assertThat(row.keyGroups()).containsExactly("EMPLOYMENT_DIFFICULTY", "UNEMPLOYED"));
        String before = snapshot();

        ImportResult again = asOrganiser(() -> imports.importSeekers(fair.id(), file));

        assertThat(again.imported()).isTrue();
        assertThat(again.added()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void utf8WithAByteOrderMarkReadsTheSameAsGbk() {
        String text = "姓名,手机号,同意处理个人信息\n珺昇,13912340003,同意\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = new byte[bom.length + text.getBytes(StandardCharsets.UTF_8).length];
        System.arraycopy(bom, 0, utf8, 0, 3);
        System.arraycopy(text.getBytes(StandardCharsets.UTF_8), 0, utf8, 3, utf8.length - 3);

        ImportCheck fromUtf8 = asOrganiser(() -> imports.checkSeekers(fair.id(), utf8));
        ImportCheck fromGbk = asOrganiser(() -> imports.checkSeekers(fair.id(), text.getBytes(GBK)));

        assertThat(fromUtf8.problems()).isEmpty();
        assertThat(fromUtf8.rows()).isEqualTo(fromGbk.rows());
        assertThat(fromUtf8.rows().get(0)).startsWith("珺昇", "13912340003");
    }

    @Test
    void oneWrongPhoneAnywhereImportsNobody() {
        byte[] file = ("姓名,手机号,同意处理个人信息\n"
                + "张三,13912340011,是\n"
                + "李四,1391234001,是\n"
                + "王五,13912340013,是\n").getBytes(GBK);

        ImportResult result = asOrganiser(() -> imports.importSeekers(fair.id(), file));

        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).containsExactly(new ImportProblem(3, Kind.PHONE, "1391234001"));
        assertThat(asOrganiser(() -> seekers.search(fair.id(), "", 10))).isEmpty();
    }

    @Test
    void phonesWrittenWithCountryCodeSpacesOrFullWidthDigitsAreStoredAsElevenDigits() {
        byte[] file = ("姓名,手机号,同意处理个人信息\n"
                + "张三,+86 139 1234 0041,是\n"
                + "李四,0086-139-1234-0042,是\n"
                + "王五,１３９１２３４００４３,是\n"
                + "赵六,(139) 1234 0044,是\n").getBytes(StandardCharsets.UTF_8);

        ImportResult result = asOrganiser(() -> imports.importSeekers(fair.id(), file));

        assertThat(result.problems()).isEmpty();
        assertThat(asOrganiser(() -> seekers.search(fair.id(), "", 10))).extracting(SeekerRow::name,
                SeekerRow::phone).containsExactlyInAnyOrder(tuple("张三", "13912340041"), tuple("李四", "13912340042"),
                tuple("王五", "13912340043"), tuple("赵六", "13912340044"));
    }

    @Test
    void theOrganisersSearchFindsAPhoneHoweverItIsTyped() {
        byte[] file = "姓名,手机号,同意处理个人信息\n张三,13912340061,是\n".getBytes(StandardCharsets.UTF_8);
        asOrganiser(() -> imports.importSeekers(fair.id(), file));

        assertThat(asOrganiser(() -> seekers.search(fair.id(), "+86 139-1234-0061", 10))).extracting(SeekerRow::name)
                .containsExactly("张三");
    }

    @Test
    void theSamePhoneWrittenTwoWaysIsADuplicate() {
        byte[] file = "姓名,手机号,同意处理个人信息\n张三,13912340051,是\n李四,+86 139-1234-0051,是\n"
                .getBytes(StandardCharsets.UTF_8);

        ImportResult result = asOrganiser(() -> imports.importSeekers(fair.id(), file));

        assertThat(result.problems()).containsExactly(new ImportProblem(3, Kind.DUPLICATE_PHONE, "2"));
    }

    @Test
    void anEmptyPhoneIsARequiredCell() {
        byte[] file = "姓名,手机号,同意处理个人信息\n张三,,是\n".getBytes(StandardCharsets.UTF_8);

        ImportResult result = asOrganiser(() -> imports.importSeekers(fair.id(), file));

        assertThat(result.problems()).containsExactly(new ImportProblem(2, Kind.REQUIRED, "手机号"));
    }

    @Test
    void duplicatesInsideTheFileAreReportedWithTheFirstLine() {
        byte[] seekerFile = ("姓名,手机号,同意处理个人信息\n张三,13912340021,是\n李四,13912340021,是\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] employerFile = ("展位号,单位名称,岗位名称,招聘人数\nC01,甲公司 " + suffix + ",焊工,2\n"
                + "C01,甲公司 " + suffix + ",焊工,3\nC01,乙公司 " + suffix + ",电工,1\n")
                .getBytes(StandardCharsets.UTF_8);

        ImportResult seekersResult = asOrganiser(() -> imports.importSeekers(fair.id(), seekerFile));
        ImportResult employersResult = asOrganiser(() -> imports.importEmployers(fair.id(), employerFile));

        assertThat(seekersResult.problems()).containsExactly(new ImportProblem(3, Kind.DUPLICATE_PHONE, "2"));
        assertThat(employersResult.problems()).extracting(ImportProblem::line, ImportProblem::kind).containsExactly(
                tuple(3, Kind.DUPLICATE_POSITION),
                tuple(4, Kind.BOOTH_TAKEN));
        assertThat(asOrganiser(() -> employers.booths(fair.id()))).isEmpty();
        assertThat(asOrganiser(() -> seekers.search(fair.id(), "", 10))).isEmpty();
    }

    @Test
    void controlCharactersInAnyTextCellImportNobodyAndEmojiAreKeptAsTyped() {
        byte[] hostile = ("姓名,手机号,求职意向/专业,同意处理个人信息\n"
                + "张燕😀𠀀,13912340031,<script>alert(1)</script>,是\n"
                + "李\u0000四,13912340032,,是\n"
                + "王五,13912340033,会计\u202Etxt.exe,是\n").getBytes(StandardCharsets.UTF_8);
        byte[] clean = "姓名,手机号,求职意向/专业,同意处理个人信息\n张燕😀𠀀,13912340031,<script>alert(1)</script>,是\n"
                .getBytes(StandardCharsets.UTF_8);

        ImportResult refused = asOrganiser(() -> imports.importSeekers(fair.id(), hostile));
        ImportResult imported = asOrganiser(() -> imports.importSeekers(fair.id(), clean));

        assertThat(refused.problems()).containsExactly(new ImportProblem(3, Kind.INVISIBLE_CHARACTERS, "姓名"),
                new ImportProblem(4, Kind.INVISIBLE_CHARACTERS, "求职意向/专业"));
        assertThat(imported.imported()).isTrue();
        assertThat(asOrganiser(() -> seekers.search(fair.id(), "", 10))).extracting(SeekerRow::name)
                .containsExactly("张燕😀𠀀");
    }

    @Test
    void missingColumnsAndBadCellsAreNamed() {
        byte[] noPhoneColumn = "姓名,学历\n张三,本科\n".getBytes(StandardCharsets.UTF_8);
        byte[] badCells = ("展位号,单位名称,岗位名称,招聘人数,薪资下限,薪资上限,学历要求\n"
                + "D01,,钳工,0,6000,5000,小学毕业\n").getBytes(StandardCharsets.UTF_8);

        ImportCheck missing = asOrganiser(() -> imports.checkSeekers(fair.id(), noPhoneColumn));
        ImportResult bad = asOrganiser(() -> imports.importEmployers(fair.id(), badCells));

        assertThat(missing.problems()).containsExactly(new ImportProblem(0, Kind.MISSING_COLUMN, "手机号"),
                new ImportProblem(0, Kind.MISSING_COLUMN, "同意处理个人信息"));
        assertThat(bad.imported()).isFalse();
        assertThat(bad.problems()).extracting(ImportProblem::kind).containsExactly(Kind.REQUIRED, Kind.HEADCOUNT,
                Kind.SALARY_RANGE, Kind.EDUCATION);
        assertThat(asOrganiser(() -> employers.booths(fair.id()))).isEmpty();
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedWhole() {
        byte[] zipButNoWorkbook = {'P', 'K', 3, 4, 0, 0, 0};

        ImportResult result = asOrganiser(() -> imports.importEmployers(fair.id(), zipButNoWorkbook));

        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::kind).containsExactly(Kind.UNREADABLE_FILE);
    }

    /** Every row the imports touch for this fair, as text: equal before and after means nothing changed. */
    private String snapshot() {
        List<String> positions = jdbc.sql("""
                SELECT title, headcount, salary_min, education FROM job_position WHERE fair_id = :fair ORDER BY id
                """).param("fair", fair.id())
                .query((rs, row) -> rs.getString("title") + rs.getInt("headcount") + rs.getInt("salary_min")
                        + rs.getString("education"))
                .list();
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM employer), (SELECT COUNT(*) FROM booth WHERE fair_id = :fair),
                  (SELECT COUNT(*) FROM job_seeker), (SELECT COUNT(*) FROM consent),
                  (SELECT COUNT(*) FROM pass WHERE fair_id = :fair)
                """).param("fair", fair.id())
                .query((rs, row) -> rs.getLong(1) + "|" + rs.getLong(2) + "|" + positions + "|" + rs.getLong(3) + "|"
                        + rs.getLong(4) + "|" + rs.getLong(5))
                .single();
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("岗位");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    // Services' sheets hold numbers as numbers: write them so.
                    if (r > 0 && value.matches("\\d+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
