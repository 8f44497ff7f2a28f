package vn.danvan.calendar.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.danvan.calendar.CalendarImportReport;

/** An import report with its messages said in the reader's language, for the page. */
record ImportView(String fileName, boolean applied, String problem, List<Row> rows) implements Serializable {

    record Row(int row, String date, String kind, String reason, String legalBasis, String status, String statusLabel,
               List<String> errors) implements Serializable {
    }

    static ImportView of(CalendarImportReport report, MessageSource messages, Locale locale) {
        return new ImportView(report.fileName(), report.applied(),
                report.problem() == null ? null : text(report.problem(), messages, locale),
                report.lines().stream().map(line -> new Row(line.row(), line.dateText(), line.kindText(), line.reason(),
                        line.legalBasis(), line.status().name(),
                        messages.getMessage("calendar.import.status." + line.status(), null, line.status().name(), locale),
                        line.errors().stream().map(error -> text(error, messages, locale)).toList())).toList());
    }

    static String text(CalendarImportReport.Message message, MessageSource messages, Locale locale) {
        return messages.getMessage(message.key(), message.arguments().toArray(), message.key(), locale);
    }
}
