package vn.danvan.program;

import java.io.Serializable;
import java.util.List;

/**
 * What an import of a plan's tasks from a file found, row by row, and whether it was written. A file is written
 * whole or not at all, so {@code imported} is either every row or none.
 *
 * <p>Messages are keys with arguments, so that the page and the API say them in the reader's language. Row
 * numbers are those the user sees in the file: the header is row 1.
 *
 * @param problems      what made the whole file unreadable (wrong type, no header…); no rows then
 * @param rows          every data row with its outcome
 * @param newGroups     the task groups named in the file that the plan did not have, created by the import
 * @param applied       true when the rows were written (only ever for a file without errors)
 * @param imported      the number of tasks created
 * @param elapsedMillis time spent reading, checking and, when applied, writing
 */
public record TaskImportReport(long planId, String fileName, List<Message> problems, List<Row> rows, List<String> newGroups,
                               boolean applied, int imported, long elapsedMillis) implements Serializable {

    public TaskImportReport {
        problems = List.copyOf(problems);
        rows = List.copyOf(rows);
        newGroups = List.copyOf(newGroups);
    }

    static TaskImportReport refused(long planId, String fileName, Message problem) {
        return new TaskImportReport(planId, fileName, List.of(problem), List.of(), List.of(), false, 0, 0);
    }

    /** True when nothing stands in the way of writing the file: it was read, it has rows, and none has an error. */
    public boolean ok() {
        return problems.isEmpty() && rows.stream().noneMatch(Row::hasError);
    }

    public long errorRows() {
        return rows.stream().filter(Row::hasError).count();
    }

    /** The rows with an error first, then the others, each in file order. */
    public List<Row> rowsErrorsFirst() {
        return rows.stream().sorted(java.util.Comparator.comparing((Row r) -> !r.hasError()).thenComparingInt(Row::number)).toList();
    }

    TaskImportReport withElapsed(long millis) {
        return new TaskImportReport(planId, fileName, problems, rows, newGroups, applied, imported, millis);
    }

    TaskImportReport markApplied(int count) {
        return new TaskImportReport(planId, fileName, problems, rows, newGroups, true, count, elapsedMillis);
    }

    public enum Severity { ERROR, INFO }

    /** A message key with its arguments (strings and numbers only). */
    public record Message(Severity severity, String key, List<Object> arguments) implements Serializable {

        public Message {
            arguments = List.copyOf(arguments);
        }

        public static Message error(String key, Object... arguments) {
            return new Message(Severity.ERROR, key, List.of(arguments));
        }

        public static Message info(String key, Object... arguments) {
            return new Message(Severity.INFO, key, List.of(arguments));
        }
    }

    /**
     * One data row as read and what the import makes of it.
     *
     * @param title    the task's title as written
     * @param lead     the lead organization as written
     * @param deadline the deadline as written
     */
    public record Row(int number, String title, String lead, String deadline, List<Message> messages) implements Serializable {

        public Row {
            messages = List.copyOf(messages);
        }

        public boolean hasError() {
            return messages.stream().anyMatch(m -> m.severity() == Severity.ERROR);
        }
    }
}
