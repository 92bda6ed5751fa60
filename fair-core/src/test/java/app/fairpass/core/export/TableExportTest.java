package app.fairpass.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text that a spreadsheet would run as a formula, written to CSV and XLSX and read back. */
class TableExportTest {
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x.cn\",\"查看\")", "=1+2", "@SUM(1+1)",
            "+8613800138000", "-1", "\t=1+2", "\r=1+2");

    final TableExport table = new TableExport("名单", List.of("姓名", "手机号", "签到时间", "人数"),
            FORMULAS.stream().<List<Object>>map(name -> List.of(name, "13800138000", "2026-06-30 09:05:00", 3))
                    .toList());

    @Test
    void csvCellsThatWouldBeFormulasStartWithAQuoteAndKeepTheirText() throws Exception {
        byte[] bytes = table.csv();

        assertThat(csv(bytes)).extracting(row -> row.get("姓名"))
                .containsExactlyElementsOf(FORMULAS.stream().map(name -> "'" + name).toList());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"'=1+2\",\"13800138000\"");
    }

    @Test
    void csvLeavesOrdinaryNamesPhonesDatesAndNumbersAlone() throws Exception {
        TableExport ordinary = new TableExport("名单", List.of("姓名", "手机号", "签到时间", "人数", "差额"),
                List.of(List.of("王堃珺", "13800138000", "2026-06-30 09:05:00", 3, -2), Arrays.asList("O'Brien", null,
                        "7K3M-9QX2", 0, -0.5)));

        List<CSVRecord> rows = csv(ordinary.csv());

        assertThat(rows.get(0).values()).containsExactly("王堃珺", "13800138000", "2026-06-30 09:05:00", "3", "-2");
        assertThat(rows.get(1).values()).containsExactly("O'Brien", "", "7K3M-9QX2", "0", "-0.5");
    }

    /** XLSX cells are typed: text is never a formula there, so it is written as it is, without the quote. */
    @Test
    void xlsxKeepsTheSameTextAsPlainTextCells() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx()))) {
            List<Row> rows = List.of(workbook.getSheetAt(0).getRow(1), workbook.getSheetAt(0).getRow(2));
            assertThat(rows).allSatisfy(row -> assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING));
            assertThat(rows).extracting(row -> row.getCell(0).getStringCellValue())
                    .containsExactly(FORMULAS.get(0), FORMULAS.get(1));
            assertThat(rows.get(0).getCell(3).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                        StandardCharsets.UTF_8))
                .getRecords();
    }
}
