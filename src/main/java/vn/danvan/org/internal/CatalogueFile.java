package vn.danvan.org.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.danvan.org.ImportReport.Message;
import vn.danvan.org.UnitLevel;
import vn.danvan.system.VietnameseText;

/**
 * Reads a catalogue file, CSV (UTF-8, with or without BOM; comma, semicolon or tab) or XLSX (first sheet), into
 * {@link CatalogueLine}s. The header row may be preceded by a few title rows, as in the GSO's downloads.
 *
 * <p>Excel turns a code typed as 00004 into the number 4. In an XLSX the cell says it is a number, so the
 * zeros are given back; in a CSV nothing tells a lost zero from a typing error, so a short code stays short
 * and the rules report its length.
 */
public final class CatalogueFile {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    private static final int HEADER_SEARCH_ROWS = 10;

    private CatalogueFile() {
    }

    /** A file that cannot be imported at all, with the reason for the user. */
    public static final class Unreadable extends Exception {

        private final transient Message problem;

        Unreadable(String key, Object... arguments) {
            super(key);
            this.problem = Message.error(key, arguments);
        }

        public Message problem() {
            return problem;
        }
    }

    private enum Type { CSV, XLSX }

    public static List<CatalogueLine> read(String fileName, InputStream content) throws Unreadable {
        if (displayName(fileName).isBlank()) {
            throw new Unreadable("catalogue.file.empty");
        }
        Type type = typeOf(fileName);
        byte[] bytes = readAtMost(content);
        if (bytes.length == 0) {
            throw new Unreadable("catalogue.file.empty");
        }
        return type == Type.CSV ? readCsv(bytes) : readXlsx(bytes, displayName(fileName));
    }

    private static Type typeOf(String fileName) throws Unreadable {
        String name = displayName(fileName).toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Type.CSV;
        }
        if (name.endsWith(".xlsx")) {
            return Type.XLSX;
        }
        throw new Unreadable("catalogue.file.extension", displayName(fileName));
    }

    /** The name without the folders some browsers send along. */
    static String displayName(String fileName) {
        if (fileName == null) {
            return "";
        }
        return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    }

    private static byte[] readAtMost(InputStream content) throws Unreadable {
        try {
            byte[] bytes = content.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new Unreadable("catalogue.file.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new Unreadable("catalogue.file.unreadable");
        }
    }

    // --- CSV ---

    private static List<CatalogueLine> readCsv(byte[] bytes) throws Unreadable {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("catalogue.file.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // empty lines are kept as records so that record numbers stay the line numbers the user sees
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            try {
                for (CSVRecord record : parser) {
                    records.add(record.toList());
                    if (records.size() > MAX_ROWS + HEADER_SEARCH_ROWS + 1) {
                        break;
                    }
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new Unreadable("catalogue.file.badCsv", parser.getCurrentLineNumber());
            }
        } catch (IOException e) {
            throw new Unreadable("catalogue.file.unreadable");
        }
        return lines(records.size(), index -> {
            List<String> record = records.get(index);
            return column -> column < record.size() ? CellValue.text(record.get(column)) : CellValue.EMPTY;
        });
    }

    /** The separator of the header line: Excel writes ";" where the decimal separator is ",", as in Vietnam. */
    static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = firstLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    // --- XLSX ---

    private static List<CatalogueLine> readXlsx(byte[] bytes, String fileName) throws Unreadable {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new Unreadable("catalogue.file.noHeader");
            }
            Sheet sheet = workbook.getSheetAt(0);
            return lines(sheet.getLastRowNum() + 1, index -> {
                Row row = sheet.getRow(index);
                return column -> row == null ? CellValue.EMPTY : cellValue(row.getCell(column));
            });
        } catch (Unreadable e) {
            throw e;
        } catch (Exception e) {
            // POI reports a file that is not an OOXML workbook (an .xls, a renamed CSV, a damaged download) with
            // several exception types; to the user they all mean the same
            throw new Unreadable("catalogue.file.badXlsx", fileName);
        }
    }

    private static CellValue cellValue(Cell cell) {
        if (cell == null) {
            return CellValue.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> CellValue.text(cell.getStringCellValue());
            case NUMERIC -> new CellValue(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString(), true);
            case BOOLEAN -> CellValue.text(String.valueOf(cell.getBooleanCellValue()));
            default -> CellValue.EMPTY;
        };
    }

    /** A cell's text, and whether it was an Excel number (which may have lost its leading zeros). */
    private record CellValue(String text, boolean number) {

        static final CellValue EMPTY = new CellValue("", false);

        static CellValue text(String text) {
            return new CellValue(text == null ? "" : text, false);
        }
    }

    // --- header and rows, common to both formats ---

    private static List<CatalogueLine> lines(int rowCount, IntFunction<IntFunction<CellValue>> rows) throws Unreadable {
        int headerIndex = -1;
        Map<CatalogueColumn, Integer> columns = Map.of();
        for (int index = 0; index < Math.min(rowCount, HEADER_SEARCH_ROWS) && headerIndex < 0; index++) {
            Map<CatalogueColumn, Integer> found = header(rows.apply(index));
            if (found.size() >= 2) {
                headerIndex = index;
                columns = found;
            }
        }
        if (headerIndex < 0) {
            throw new Unreadable("catalogue.file.noHeader");
        }
        List<String> missing = new ArrayList<>();
        for (CatalogueColumn column : CatalogueColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new Unreadable("catalogue.file.missingColumns", String.join(", ", missing));
        }
        List<CatalogueLine> lines = new ArrayList<>();
        for (int index = headerIndex + 1; index < rowCount; index++) {
            IntFunction<CellValue> row = rows.apply(index);
            CatalogueLine line = new CatalogueLine(index + 1,
                    code(row, columns, CatalogueColumn.COMMUNE_CODE, UnitLevel.COMMUNE),
                    text(row, columns, CatalogueColumn.COMMUNE_NAME),
                    text(row, columns, CatalogueColumn.LEVEL),
                    code(row, columns, CatalogueColumn.PROVINCE_CODE, UnitLevel.PROVINCE),
                    text(row, columns, CatalogueColumn.PROVINCE_NAME));
            if (isBlank(line)) {
                continue;
            }
            if (lines.size() == MAX_ROWS) {
                throw new Unreadable("catalogue.file.tooManyRows", MAX_ROWS);
            }
            lines.add(line);
        }
        if (lines.isEmpty()) {
            throw new Unreadable("catalogue.file.noRows");
        }
        return lines;
    }

    private static Map<CatalogueColumn, Integer> header(IntFunction<CellValue> row) {
        Map<CatalogueColumn, Integer> columns = new EnumMap<>(CatalogueColumn.class);
        // a header row is short; 64 cells is far more than any catalogue has
        for (int index = 0; index < 64; index++) {
            int column = index;
            CatalogueColumn.ofHeader(row.apply(index).text()).ifPresent(found -> columns.putIfAbsent(found, column));
        }
        return columns;
    }

    private static String text(IntFunction<CellValue> row, Map<CatalogueColumn, Integer> columns, CatalogueColumn column) {
        Integer index = columns.get(column);
        String value = index == null ? null : VietnameseText.normalize(row.apply(index).text());
        return value == null ? "" : value;
    }

    /** A code as written; from an Excel number cell, left-padded with the zeros Excel dropped (4 → 00004). */
    private static String code(IntFunction<CellValue> row, Map<CatalogueColumn, Integer> columns, CatalogueColumn column,
                               UnitLevel level) {
        CellValue cell = row.apply(columns.get(column));
        String digits = cell.text().strip();
        if (cell.number() && digits.matches("\\d+") && digits.length() < level.codeLength()) {
            return "0".repeat(level.codeLength() - digits.length()) + digits;
        }
        return text(row, columns, column);
    }

    private static boolean isBlank(CatalogueLine line) {
        return line.communeCode().isEmpty() && line.communeName().isEmpty() && line.level().isEmpty()
                && line.provinceCode().isEmpty() && line.provinceName().isEmpty();
    }
}
