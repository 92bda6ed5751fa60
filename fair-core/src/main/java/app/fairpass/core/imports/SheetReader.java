package app.fairpass.core.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads the first sheet of an XLSX file, or a CSV file in UTF-8 or GBK, into a {@link Table}. */
final class SheetReader {
    private static final Charset GBK = Charset.forName("GBK");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SheetReader() {
    }

    /** XLSX by its ZIP signature, anything else as CSV; fails with {@link UnreadableFileException}. */
    static Table read(byte[] content) {
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
                records.add(record.stream().map(SheetReader::clean).toList());
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

    /** The file is neither a readable XLSX nor CSV. */
    static class UnreadableFileException extends RuntimeException {
        UnreadableFileException(Throwable cause) {
            super(cause);
        }
    }
}
