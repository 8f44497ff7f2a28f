package vn.danvan.calendar.internal;

import java.io.InputStream;
import java.util.List;
import vn.danvan.system.SheetReader;

/**
 * Reads a yearly calendar file: CSV or XLSX (first sheet), whose first row names the columns "ngày", "loại",
 * "lý do", "căn cứ" (in any order, with or without diacritics). Returns the cells as text; an Excel date cell is
 * given as dd/MM/yyyy.
 */
public final class CalendarFile {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 2000;

    /** The columns, each under its one header. */
    enum CalendarColumn implements SheetReader.Column {
        DATE("ngày"), KIND("loại"), REASON("lý do"), LEGAL_BASIS("căn cứ");

        private final SheetReader.Heading heading;

        CalendarColumn(String header) {
            this.heading = new SheetReader.Heading(header, true, SheetReader.headerKey(header));
        }

        @Override
        public SheetReader.Heading heading() {
            return heading;
        }
    }

    private static final SheetReader<CalendarColumn> READER =
            SheetReader.of(CalendarColumn.class, "calendar.import.", MAX_BYTES, MAX_ROWS).orCsv();

    private CalendarFile() {
    }

    /** A data row: its number as the user sees it (header = 1) and the four cells. */
    public record Row4(int row, String date, String kind, String reason, String legalBasis) {
    }

    /** The data rows; a file that cannot be read at all is refused with a {@code calendar.import.*} message. */
    public static List<Row4> read(String fileName, InputStream content) throws SheetReader.Unreadable {
        return READER.read(fileName, content, row -> new Row4(row.number(), row.text(CalendarColumn.DATE),
                row.text(CalendarColumn.KIND), row.text(CalendarColumn.REASON), row.text(CalendarColumn.LEGAL_BASIS)));
    }
}
