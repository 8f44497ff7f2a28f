package vn.danvan.calendar.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.danvan.system.VietnameseText;

/**
 * Reads a yearly calendar file: CSV (UTF-8, comma or semicolon) or XLSX (first sheet), with a header row naming
 * the columns "ngày", "loại", "lý do", "căn cứ" (in any order, with or without diacritics). Returns the cells as
 * text; an Excel date cell is given as dd/MM/yyyy.
 */
public final class CalendarFile {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 2000;
    public static final List<String> HEADERS = List.of("ngày", "loại", "lý do", "căn cứ");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private CalendarFile() {
    }

    /** A file that cannot be read at all; the key and arguments say why. */
    public static final class Unreadable extends Exception {

        private final transient Object[] arguments;

        Unreadable(String key, Object... arguments) {
            super(key);
            this.arguments = arguments;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    /** A data row: its number as the user sees it (header = 1) and the four cells. */
    public record Row4(int row, String date, String kind, String reason, String legalBasis) {
    }

    public static List<Row4> read(String fileName, InputStream content) throws Unreadable {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            bytes = content.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new Unreadable("calendar.import.unreadable");
        }
        if (bytes.length == 0) {
            throw new Unreadable("calendar.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable("calendar.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        List<List<String>> table;
        if (name.endsWith(".csv")) {
            table = csv(bytes);
        } else if (name.endsWith(".xlsx")) {
            table = xlsx(bytes);
        } else {
            throw new Unreadable("calendar.import.extension", fileName == null ? "" : fileName);
        }
        if (table.isEmpty()) {
            throw new Unreadable("calendar.import.empty");
        }
        int[] columns = new int[HEADERS.size()];
        List<String> header = table.get(0);
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < HEADERS.size(); c++) {
            columns[c] = -1;
            for (int i = 0; i < header.size(); i++) {
                if (VietnameseText.fold(header.get(i)).equals(VietnameseText.fold(HEADERS.get(c)))) {
                    columns[c] = i;
                    break;
                }
            }
            if (columns[c] < 0) {
                missing.add(HEADERS.get(c));
            }
        }
        if (!missing.isEmpty()) {
            throw new Unreadable("calendar.import.missingColumns", String.join(", ", missing));
        }
        List<Row4> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            Row4 row = new Row4(r + 1, cell(cells, columns[0]), cell(cells, columns[1]), cell(cells, columns[2]),
                    cell(cells, columns[3]));
            if (row.date().isEmpty() && row.kind().isEmpty() && row.reason().isEmpty() && row.legalBasis().isEmpty()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new Unreadable("calendar.import.tooManyRows", MAX_ROWS);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new Unreadable("calendar.import.noRows");
        }
        return rows;
    }

    /** dd/MM/yyyy (d/M/yyyy accepted) or ISO yyyy-MM-dd; null when neither. */
    public static LocalDate parseDate(String text) {
        String value = text == null ? "" : text.strip();
        try {
            return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String cell(List<String> cells, int index) {
        String value = index < cells.size() ? VietnameseText.normalize(cells.get(index)) : null;
        return value == null ? "" : value;
    }

    private static List<List<String>> csv(byte[] bytes) throws Unreadable {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("calendar.import.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<List<String>> table = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setIgnoreEmptyLines(false).setTrim(true).get())) {
            for (CSVRecord record : parser) {
                table.add(record.toList());
                if (table.size() > MAX_ROWS + 2) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Unreadable("calendar.import.badCsv");
        }
        return table;
    }

    private static List<List<String>> xlsx(byte[] bytes) throws Unreadable {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS + 2); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                table.add(cells);
            }
            return table;
        } catch (Exception e) {
            // POI says "not a workbook" with several exception types; to the user they all mean the same
            throw new Unreadable("calendar.import.badXlsx");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
        }
        return formatter.formatCellValue(cell);
    }
}
