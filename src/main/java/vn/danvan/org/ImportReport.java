package vn.danvan.org;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * What an import of the administrative-unit catalogue found, row by row, and whether it was written.
 *
 * <p>Messages are keys with arguments, so that the page and the API say them in the reader's language. Row
 * numbers are those the user sees in the file: the header is row 1.
 *
 * @param fileName      the uploaded file's name
 * @param problems      what made the whole file unreadable (wrong type, too large, no header…); no rows then
 * @param rows          every data row with its outcome
 * @param applied       true when the rows were written (only ever for a file without errors)
 * @param elapsedMillis time spent reading, checking and, when applied, writing
 */
public record ImportReport(String fileName, List<Message> problems, List<Row> rows, boolean applied,
                           long elapsedMillis) implements Serializable {

    public ImportReport {
        problems = List.copyOf(problems);
        rows = List.copyOf(rows);
    }

    /** A file that could not be read at all. */
    public static ImportReport refused(String fileName, Message problem, long elapsedMillis) {
        return new ImportReport(fileName, List.of(problem), List.of(), false, elapsedMillis);
    }

    /** True when nothing stands in the way of applying the file: it was read and no row has an error. */
    public boolean ok() {
        return problems.isEmpty() && rows.stream().noneMatch(Row::hasError);
    }

    public Counts counts() {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int errors = 0;
        int warnings = 0;
        for (Row row : rows) {
            switch (row.status()) {
                case NEW -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case ERROR -> errors++;
            }
            if (row.messages().stream().anyMatch(m -> m.severity() == Severity.WARNING)) {
                warnings++;
            }
        }
        return new Counts(rows.size(), created, updated, unchanged, errors, warnings);
    }

    /** Rows in the order a reader wants them: errors, then warnings, then changes, then the rest; by row number. */
    public List<Row> rowsByImportance() {
        return rows.stream().sorted(Comparator.comparingInt(Row::importance).thenComparingInt(Row::number)).toList();
    }

    public ImportReport withElapsed(long millis) {
        return new ImportReport(fileName, problems, rows, applied, millis);
    }

    public ImportReport markApplied() {
        return new ImportReport(fileName, problems, rows, true, elapsedMillis);
    }

    /** The outcome of one row. */
    public enum Status { NEW, UPDATED, UNCHANGED, ERROR }

    public enum Severity { ERROR, WARNING, INFO }

    /** A message key with its arguments (strings and numbers only). */
    public record Message(Severity severity, String key, List<Object> arguments) implements Serializable {

        public Message {
            arguments = List.copyOf(arguments);
        }

        public static Message error(String key, Object... arguments) {
            return new Message(Severity.ERROR, key, List.of(arguments));
        }

        public static Message warning(String key, Object... arguments) {
            return new Message(Severity.WARNING, key, List.of(arguments));
        }

        public static Message info(String key, Object... arguments) {
            return new Message(Severity.INFO, key, List.of(arguments));
        }
    }

    /** One data row as read (codes after restoring Excel's lost zeros) and what the import does with it. */
    public record Row(int number, String communeCode, String communeName, String level, String provinceCode,
                      Status status, List<Message> messages) implements Serializable {

        public Row {
            messages = List.copyOf(messages);
        }

        public boolean hasError() {
            return status == Status.ERROR;
        }

        public boolean hasWarning() {
            return messages.stream().anyMatch(m -> m.severity() == Severity.WARNING);
        }

        int importance() {
            if (hasError()) {
                return 0;
            }
            if (hasWarning()) {
                return 1;
            }
            return switch (status) {
                case NEW, UPDATED -> 2;
                default -> 3;
            };
        }
    }

    /**
     * @param rows     data rows read
     * @param created  new units (mới)
     * @param updated  units renamed or of another kind (cập nhật)
     * @param unchanged units already as in the file (không đổi)
     * @param errors   rows with an error
     * @param warnings rows with a warning (they are still imported)
     */
    public record Counts(int rows, int created, int updated, int unchanged, int errors, int warnings)
            implements Serializable {
    }
}
