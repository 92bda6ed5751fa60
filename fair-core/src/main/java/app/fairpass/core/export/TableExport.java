package app.fairpass.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as a file people open in Excel or WPS: CSV in UTF-8 with a byte-order mark (without it Excel reads
 * Chinese as GBK and garbles it), or a real XLSX. Numbers stay numbers in XLSX. Every CSV the application writes
 * goes through {@link #csv()}.
 */
public record TableExport(String sheetName, List<String> headers, List<List<Object>> rows) {
    /**
     * A CSV cell starting with one of these is taken for a formula by Excel, WPS or LibreOffice (tab and CR too:
     * some skip them first); a formula such as {@code =HYPERLINK(…)} can send the sheet's phone numbers away.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    public byte[] csv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setHeader(headers.toArray(String[]::new)).setQuoteMode(QuoteMode.ALL)
                        .get())) {
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(TableExport::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Text that would be a formula gets a leading {@code '} inside its quoted cell (OWASP's advice), so the
     * spreadsheet shows it as text. Numbers are left alone: a negative one is a number, not a formula. XLSX needs
     * none of this: its cells are typed.
     */
    private static Object csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number) {
            return cell;
        }
        String text = cell.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public byte[] xlsx() {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
