package vn.danvan.system;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a table that people fill in with Excel and upload: an .xlsx workbook (its first sheet) or, where the
 * caller accepts it, a CSV file (UTF-8 with or without BOM; comma, semicolon — Excel's choice where the decimal
 * separator is a comma, as in Vietnam — or tab). The header row may stand under a few title rows ("KẾ HOẠCH …",
 * "Danh mục …"), as such tables are printed; its cells name the caller's {@link Column}s without regard to
 * diacritics, case, punctuation or a note in brackets. Every cell is read as the person sees it: text trimmed and
 * in Unicode NFC, a date cell as dd/MM/yyyy, a number without Excel's ".0".
 *
 * <p>A file that cannot be read as a whole is refused with an {@link Unreadable} naming the {@link Problem}; its
 * message key is the caller's prefix and the problem's name ({@code "task.import.file." + "tooLarge"}), so every
 * import keeps its own wording. Rows are then checked by the caller, one by one.
 *
 * @param <C> the columns the caller reads
 */
public final class SheetReader<C extends Enum<C> & SheetReader.Column> {

    private static final long MEGABYTE = 1024 * 1024;
    // a header row is short; 64 cells is far more than any import has
    private static final int HEADER_CELLS = 64;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** A column the caller reads, usually an enum constant. */
    public interface Column {

        Heading heading();

        /** The header written in templates and named when the column is missing. */
        default String header() {
            return heading().header();
        }

        default boolean required() {
            return heading().required();
        }

        /**
         * Whether a value in this column makes a row a data row. Not so for an ordinal ("STT"): a template numbered in
         * advance has no data on those rows.
         */
        default boolean isData() {
            return true;
        }
    }

    /**
     * How a column is headed: the header written in templates, whether the column is required, and the headers it
     * is known under, as {@link #headerKey header keys} ("ma tinh", "province code").
     */
    public record Heading(String header, boolean required, Set<String> aliases) {

        public Heading {
            aliases = Set.copyOf(aliases);
        }

        public Heading(String header, boolean required, String... aliases) {
            this(header, required, Set.of(aliases));
        }
    }

    /** Why a file is refused as a whole; the arguments of its message follow. */
    public enum Problem {
        /** No file name, or no bytes. */
        EMPTY("empty"),
        /** Neither .xlsx nor (where accepted) .csv; the file name. */
        EXTENSION("extension"),
        /** The upload could not be read. */
        UNREADABLE("unreadable"),
        /** Larger than allowed; the limit in megabytes. */
        TOO_LARGE("tooLarge"),
        /** A CSV file not in UTF-8. */
        NOT_UTF8("notUtf8"),
        /** A CSV file that cannot be parsed (an unclosed quote); about which line. */
        BAD_CSV("badCsv"),
        /** Not an OOXML workbook (an old .xls, a renamed CSV, a damaged download); the file name. */
        BAD_XLSX("badXlsx"),
        /** No row among the first ones names enough columns. */
        NO_HEADER("noHeader"),
        /** The header lacks required columns; their headers, comma-separated. */
        MISSING_COLUMNS("missingColumns"),
        /** More data rows than allowed; the limit. */
        TOO_MANY_ROWS("tooManyRows"),
        /** No data row under the header. */
        NO_ROWS("noRows");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        /** The last part of the message key. */
        public String key() {
            return key;
        }
    }

    /** A file that cannot be read at all, with the message key and arguments that tell the user why. */
    public static final class Unreadable extends Exception {

        private final Problem problem;
        private final transient Object[] arguments;

        Unreadable(String keyPrefix, Problem problem, Object... arguments) {
            super(keyPrefix + problem.key());
            this.problem = problem;
            this.arguments = arguments;
        }

        public Problem problem() {
            return problem;
        }

        /** The caller's message key for the problem. */
        public String key() {
            return getMessage();
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    /** A data row: its number as the user sees it in the file (title and header rows counted), and its cells. */
    public static final class Row<C extends Enum<C> & Column> {

        private final int number;
        private final Map<C, Value> values;

        private Row(int number, Map<C, Value> values) {
            this.number = number;
            this.values = values;
        }

        public int number() {
            return number;
        }

        /** The cell's text, trimmed, in NFC, inner spaces collapsed; empty when the column or the cell is missing. */
        public String text(C column) {
            return values.getOrDefault(column, Value.EMPTY).text();
        }

        /** Whether the cell was an Excel number, which may have lost the leading zeros of a code (00004 → 4). */
        public boolean isNumber(C column) {
            return values.getOrDefault(column, Value.EMPTY).number();
        }

        private boolean isBlank() {
            return values.entrySet().stream().noneMatch(cell -> cell.getKey().isData() && !cell.getValue().text().isEmpty());
        }
    }

    private final Class<C> columns;
    private final String keyPrefix;
    private final long maxBytes;
    private final int maxRows;
    private final boolean csv;
    private final int headerRows;
    private final int headerColumns;

    private SheetReader(Class<C> columns, String keyPrefix, long maxBytes, int maxRows, boolean csv, int headerRows,
                        int headerColumns) {
        this.columns = columns;
        this.keyPrefix = keyPrefix;
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
        this.csv = csv;
        this.headerRows = headerRows;
        this.headerColumns = headerColumns;
    }

    /**
     * A reader of .xlsx files whose header is the first row.
     *
     * @param keyPrefix the start of the caller's message keys, such as {@code "catalogue.file."}
     */
    public static <C extends Enum<C> & Column> SheetReader<C> of(Class<C> columns, String keyPrefix, long maxBytes, int maxRows) {
        return new SheetReader<>(columns, keyPrefix, maxBytes, maxRows, false, 1, 0);
    }

    /** The same reader, accepting CSV files too. */
    public SheetReader<C> orCsv() {
        return new SheetReader<>(columns, keyPrefix, maxBytes, maxRows, true, headerRows, headerColumns);
    }

    /** The same reader, taking as header the first of the first {@code rows} rows that names at least {@code columns} columns. */
    public SheetReader<C> headerWithin(int rows, int columns) {
        return new SheetReader<>(this.columns, keyPrefix, maxBytes, maxRows, csv, rows, columns);
    }

    /**
     * The file's data rows as the caller's lines, in order; rows without data are skipped.
     *
     * @param fileName the name as uploaded; folders some browsers send along are dropped
     */
    public <T> List<T> read(String fileName, InputStream content, Function<Row<C>, T> line) throws Unreadable {
        String name = displayName(fileName);
        if (name.isBlank()) {
            throw unreadable(Problem.EMPTY);
        }
        String lowerCase = name.toLowerCase(Locale.ROOT);
        boolean isCsv = csv && lowerCase.endsWith(".csv");
        if (!isCsv && !lowerCase.endsWith(".xlsx")) {
            throw unreadable(Problem.EXTENSION, name);
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw unreadable(Problem.UNREADABLE);
        }
        if (bytes.length == 0) {
            throw unreadable(Problem.EMPTY);
        }
        if (bytes.length > maxBytes) {
            throw unreadable(Problem.TOO_LARGE, maxBytes / MEGABYTE);
        }
        try (Table table = isCsv ? csvTable(bytes) : xlsxTable(bytes, name)) {
            return lines(table, line);
        }
    }

    /** The name without the folders some browsers send along; empty for none. */
    public static String displayName(String fileName) {
        if (fileName == null) {
            return "";
        }
        return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    }

    /** A date as written in a cell: dd/MM/yyyy (d/M/yyyy accepted) or ISO yyyy-MM-dd; null when neither. */
    public static LocalDate date(String text) {
        String value = text == null ? "" : text.strip();
        try {
            return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A header as compared: without diacritics, case or punctuation ("Tỉnh / Thành Phố" → "tinh thanh pho"). */
    public static String headerKey(String header) {
        return VietnameseText.fold(header).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /**
     * The column a header names, if any. A note in brackets is ignored unless the whole header is known:
     * "Cơ quan phối hợp (cách nhau bởi dấu ;)" names the coordinators.
     */
    public static <C extends Enum<C> & Column> Optional<C> column(Class<C> columns, String header) {
        Optional<C> named = withAlias(columns, headerKey(header));
        if (named.isEmpty() && header != null && header.contains("(")) {
            return withAlias(columns, headerKey(header.replaceAll("\\(.*?\\)", " ")));
        }
        return named;
    }

    private static <C extends Enum<C> & Column> Optional<C> withAlias(Class<C> columns, String key) {
        for (C column : columns.getEnumConstants()) {
            if (column.heading().aliases().contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private Unreadable unreadable(Problem problem, Object... arguments) {
        return new Unreadable(keyPrefix, problem, arguments);
    }

    // --- header and rows, common to both formats

    private <T> List<T> lines(Table table, Function<Row<C>, T> line) throws Unreadable {
        Map<C, Integer> header = null;
        int index = 0;
        while (header == null) {
            Cells cells = index < headerRows ? table.next() : null;
            if (cells == null) {
                throw unreadable(Problem.NO_HEADER);
            }
            Map<C, Integer> found = header(cells);
            if (found.size() >= headerColumns) {
                header = found;
            }
            index++;
        }
        List<String> missing = new ArrayList<>();
        for (C column : columns.getEnumConstants()) {
            if (column.required() && !header.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw unreadable(Problem.MISSING_COLUMNS, String.join(", ", missing));
        }
        List<T> lines = new ArrayList<>();
        for (Cells cells = table.next(); cells != null; cells = table.next()) {
            index++;
            Map<C, Value> values = new EnumMap<>(columns);
            for (Map.Entry<C, Integer> column : header.entrySet()) {
                values.put(column.getKey(), cells.at(column.getValue()));
            }
            Row<C> row = new Row<>(index, values);
            if (row.isBlank()) {
                continue;
            }
            if (lines.size() == maxRows) {
                throw unreadable(Problem.TOO_MANY_ROWS, maxRows);
            }
            lines.add(line.apply(row));
        }
        if (lines.isEmpty()) {
            throw unreadable(Problem.NO_ROWS);
        }
        return lines;
    }

    private Map<C, Integer> header(Cells cells) throws Unreadable {
        Map<C, Integer> found = new EnumMap<>(columns);
        for (int index = 0; index < HEADER_CELLS; index++) {
            int at = index;
            column(columns, cells.at(index).text()).ifPresent(column -> found.putIfAbsent(column, at));
        }
        return found;
    }

    /** A cell's text, normalized, and whether it was an Excel number. */
    private record Value(String text, boolean number) {

        static final Value EMPTY = new Value("", false);

        static Value of(String text, boolean number) {
            String normalized = VietnameseText.normalize(text);
            return normalized == null || normalized.isEmpty() ? EMPTY : new Value(normalized, number);
        }
    }

    /** The cells of one row; a missing one is empty. */
    private interface Cells {
        Value at(int column) throws Unreadable;
    }

    /** The rows of a file, read one after the other, so that a file of blank lines does not fill the memory. */
    private abstract static class Table implements AutoCloseable {

        private final Closeable source;

        Table(Closeable source) {
            this.source = source;
        }

        /** The next row (empty for an empty line), or null after the last. */
        abstract Cells next() throws Unreadable;

        @Override
        public void close() {
            try {
                source.close();
            } catch (IOException e) {
                // the file was read from memory: there is nothing to release
            }
        }
    }

    // --- CSV

    private Table csvTable(byte[] bytes) throws Unreadable {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw unreadable(Problem.NOT_UTF8);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // empty lines are kept as records so that record numbers stay the line numbers the user sees
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        CSVParser parser;
        try {
            parser = CSVParser.parse(text, format);
        } catch (IOException e) {
            throw unreadable(Problem.UNREADABLE);
        }
        Iterator<CSVRecord> records = parser.iterator();
        return new Table(parser) {
            @Override
            Cells next() throws Unreadable {
                List<String> record;
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                    record = records.next().toList();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw unreadable(Problem.BAD_CSV, parser.getCurrentLineNumber());
                }
                return column -> column < record.size() ? Value.of(record.get(column), false) : Value.EMPTY;
            }
        };
    }

    /** The separator of the header line: the most frequent of comma, semicolon and tab, comma on a tie. */
    private static char delimiterOf(String text) {
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

    // --- XLSX

    private Table xlsxTable(byte[] bytes, String name) throws Unreadable {
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            // POI reports a file that is not an OOXML workbook (an .xls, a renamed CSV, a damaged download) with
            // several exception types; to the user they all mean the same
            throw unreadable(Problem.BAD_XLSX, name);
        }
        Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
        return new Table(workbook) {
            private int index;

            @Override
            Cells next() {
                if (sheet == null || index > sheet.getLastRowNum()) {
                    return null;
                }
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(index++);
                return column -> {
                    try {
                        return row == null ? Value.EMPTY : value(row.getCell(column));
                    } catch (RuntimeException e) {
                        throw unreadable(Problem.BAD_XLSX, name);
                    }
                };
            }
        };
    }

    /** A cell as the person sees it: a date cell as dd/MM/yyyy, a number without Excel's ".0", a formula's result. */
    private static Value value(Cell cell) {
        if (cell == null) {
            return Value.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> Value.of(cell.getStringCellValue(), false);
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? Value.of(VietnameseFormat.date(cell.getLocalDateTimeCellValue().toLocalDate()), false)
                    : Value.of(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString(), true);
            case BOOLEAN -> Value.of(String.valueOf(cell.getBooleanCellValue()), false);
            default -> Value.EMPTY;
        };
    }
}
