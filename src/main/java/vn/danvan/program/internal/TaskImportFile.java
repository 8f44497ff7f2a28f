package vn.danvan.program.internal;

import java.io.InputStream;
import java.util.List;
import vn.danvan.system.SheetReader;

/**
 * Reads a plan's task list from an Excel workbook (.xlsx, first sheet) into {@link TaskImportLine}s. The header row
 * may be preceded by a few title rows ("KẾ HOẠCH …", "Phụ lục"), as plans are printed.
 */
public final class TaskImportFile {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 2_000;

    private static final SheetReader<TaskImportColumn> READER =
            SheetReader.of(TaskImportColumn.class, "task.import.file.", MAX_BYTES, MAX_ROWS).headerWithin(15, 3);

    private TaskImportFile() {
    }

    /** The task rows; a file that cannot be read at all is refused with a {@code task.import.file.*} message. */
    public static List<TaskImportLine> read(String fileName, InputStream content) throws SheetReader.Unreadable {
        return READER.read(fileName, content, row -> new TaskImportLine(row.number(), row.text(TaskImportColumn.GROUP),
                row.text(TaskImportColumn.TITLE), row.text(TaskImportColumn.DESCRIPTION), row.text(TaskImportColumn.OUTPUT),
                row.text(TaskImportColumn.LEAD), row.text(TaskImportColumn.COORDINATORS), row.text(TaskImportColumn.DEADLINE),
                row.text(TaskImportColumn.LEGAL_BASIS), row.text(TaskImportColumn.PRIORITY), row.text(TaskImportColumn.WEIGHT)));
    }
}
