package vn.danvan.program.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.danvan.program.TaskImportReport.Message;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.VietnameseText;

/**
 * Reads a plan's task list from an Excel workbook (.xlsx, first sheet) into {@link TaskImportLine}s. The header row
 * may be preceded by a few title rows ("KẾ HOẠCH …", "Phụ lục"), as plans are printed.
 */
public final class TaskImportFile {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 2_000;
    private static final int HEADER_SEARCH_ROWS = 15;

    private TaskImportFile() {
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

    public static List<TaskImportLine> read(String fileName, InputStream content) throws Unreadable {
        String name = displayName(fileName);
        if (name.isBlank()) {
            throw new Unreadable("task.import.file.empty");
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new Unreadable("task.import.file.extension", name);
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new Unreadable("task.import.file.unreadable");
        }
        if (bytes.length == 0) {
            throw new Unreadable("task.import.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable("task.import.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new Unreadable("task.import.file.noHeader");
            }
            return lines(workbook.getSheetAt(0));
        } catch (Unreadable e) {
            throw e;
        } catch (Exception e) {
            // POI reports a file that is not an OOXML workbook (an .xls, a renamed CSV, a damaged download) with
            // several exception types; to the user they all mean the same
            throw new Unreadable("task.import.file.badXlsx", name);
        }
    }

    /** The name without the folders some browsers send along. */
    public static String displayName(String fileName) {
        if (fileName == null) {
            return "";
        }
        return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    }

    private static List<TaskImportLine> lines(Sheet sheet) throws Unreadable {
        int headerIndex = -1;
        Map<TaskImportColumn, Integer> columns = Map.of();
        for (int index = 0; index <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1) && headerIndex < 0; index++) {
            Map<TaskImportColumn, Integer> found = header(sheet.getRow(index));
            if (found.size() >= 3) {
                headerIndex = index;
                columns = found;
            }
        }
        if (headerIndex < 0) {
            throw new Unreadable("task.import.file.noHeader");
        }
        List<String> missing = new ArrayList<>();
        for (TaskImportColumn column : TaskImportColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new Unreadable("task.import.file.missingColumns", String.join(", ", missing));
        }
        List<TaskImportLine> lines = new ArrayList<>();
        for (int index = headerIndex + 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            Map<TaskImportColumn, Integer> c = columns;
            TaskImportLine line = new TaskImportLine(index + 1, text(row, c, TaskImportColumn.GROUP), text(row, c, TaskImportColumn.TITLE),
                    text(row, c, TaskImportColumn.DESCRIPTION), text(row, c, TaskImportColumn.OUTPUT), text(row, c, TaskImportColumn.LEAD),
                    text(row, c, TaskImportColumn.COORDINATORS), text(row, c, TaskImportColumn.DEADLINE),
                    text(row, c, TaskImportColumn.LEGAL_BASIS), text(row, c, TaskImportColumn.PRIORITY), text(row, c, TaskImportColumn.WEIGHT));
            if (line.isBlank()) {
                continue;
            }
            if (lines.size() == MAX_ROWS) {
                throw new Unreadable("task.import.file.tooManyRows", MAX_ROWS);
            }
            lines.add(line);
        }
        if (lines.isEmpty()) {
            throw new Unreadable("task.import.file.noRows");
        }
        return lines;
    }

    private static Map<TaskImportColumn, Integer> header(Row row) {
        Map<TaskImportColumn, Integer> columns = new EnumMap<>(TaskImportColumn.class);
        if (row == null) {
            return columns;
        }
        for (int index = 0; index < Math.min(64, Math.max(0, row.getLastCellNum())); index++) {
            int column = index;
            TaskImportColumn.ofHeader(cellText(row.getCell(index))).ifPresent(found -> columns.putIfAbsent(found, column));
        }
        return columns;
    }

    private static String text(Row row, Map<TaskImportColumn, Integer> columns, TaskImportColumn column) {
        Integer index = columns.get(column);
        if (row == null || index == null) {
            return "";
        }
        String value = VietnameseText.normalize(cellText(row.getCell(index)));
        return value == null ? "" : value;
    }

    /** A cell as the person sees it: a date cell as dd/MM/yyyy, a number without Excel's ".0". */
    private static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                    yield VietnameseFormat.date(date);
                }
                yield BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
