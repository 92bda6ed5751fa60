package app.fairpass.core.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Reads and writes CSV and XLSX: the one place that knows the file formats, for imports and exports alike. */
public final class TableFiles {
    private static final Charset GBK = Charset.forName("GBK");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableFiles() {
    }

    /** XLSX by its ZIP signature, anything else as CSV; fails with {@link UnreadableFileException}. */
    public static Table read(byte[] content) {
        if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
            return readXlsx(content);
        }
        return readCsv(decode(content));
    }

    /** Valid UTF-8 (with or without BOM) is UTF-8; anything else is taken as GBK, what Excel in China writes. */
    static String decode(byte[] content) {
        int offset = startsWithBom(content) ? UTF8_BOM.length : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GBK);
        }
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
                && content[2] == UTF8_BOM[2];
    }

    private static Table readCsv(String text) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get()
                .parse(new StringReader(text))) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record.stream().map(TableFiles::clean).toList());
            }
            return toTable(records);
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException(e);
        }
    }

    private static Table readXlsx(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> records = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : clean(formatter.formatCellValue(cell)));
                }
                if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                    records.add(cells);
                }
            }
            return toTable(records);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(e);
        }
    }

    private static Table toTable(List<List<String>> records) {
        if (records.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        return new Table(records.get(0), records.subList(1, records.size()));
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.strip();
    }

    public static byte[] write(Table table, TableFormat format) {
        return format == TableFormat.CSV ? writeCsv(table) : writeXlsx(table);
    }

    private static byte[] writeCsv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            printer.printRecord(table.headers());
            printer.printRecords(table.rows());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] writeXlsx(Table table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet();
            writeRow(sheet.createRow(0), table.headers());
            for (int i = 0; i < table.rows().size(); i++) {
                writeRow(sheet.createRow(i + 1), table.rows().get(i));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    /** The file is neither a readable XLSX nor CSV. */
    public static class UnreadableFileException extends RuntimeException {
        UnreadableFileException(Throwable cause) {
            super(cause);
        }
    }
}
