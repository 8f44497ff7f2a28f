package vn.danvan.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import of a yearly calendar file found, row by row, and whether it was written (only ever when no
 * row has an error: all or nothing). Messages are keys with arguments, said in the reader's language.
 *
 * @param problem what made the whole file unreadable, or null
 */
public record CalendarImportReport(String fileName, Message problem, List<Line> lines, boolean applied)
        implements Serializable {

    public CalendarImportReport {
        lines = List.copyOf(lines);
    }

    public enum Status { NEW, UPDATED, UNCHANGED, ERROR }

    public record Message(String key, List<String> arguments) implements Serializable {

        public Message {
            arguments = List.copyOf(arguments);
        }

        public static Message of(String key, Object... arguments) {
            return new Message(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
        }
    }

    /**
     * One data row of the file; the header is row 1.
     *
     * @param date null when the date cell could not be read
     */
    public record Line(int row, String dateText, LocalDate date, String kindText, String reason, String legalBasis,
                       Status status, List<Message> errors) implements Serializable {

        public Line {
            errors = List.copyOf(errors);
        }
    }

    public boolean ok() {
        return problem == null && lines.stream().noneMatch(line -> line.status() == Status.ERROR);
    }

    public long count(Status status) {
        return lines.stream().filter(line -> line.status() == status).count();
    }
}
