package vn.danvan.program.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.danvan.program.TaskImportReport;

/**
 * A task import report in the reader's language, for the page and the API alike.
 *
 * @param errorRows how many rows have an error (nothing was written when there is one)
 */
public record TaskImportReportView(long planId, String fileName, boolean ok, boolean applied, int imported, long rowsTotal,
                                   long errorRows, List<String> newGroups, long elapsedMs, List<String> problems, List<RowView> rows) {

    /** One row of the file: what it said and what the import makes of it. */
    public record RowView(int row, String title, String lead, String deadline, boolean error, List<MessageView> messages) {
    }

    public record MessageView(TaskImportReport.Severity severity, String text) {
    }

    /** Every row; in file order for scripts, rows in error first for people. */
    static TaskImportReportView of(TaskImportReport report, boolean errorsFirst, MessageSource messages, Locale locale) {
        List<TaskImportReport.Row> rows = errorsFirst ? report.rowsErrorsFirst() : report.rows();
        return new TaskImportReportView(report.planId(), report.fileName(), report.ok(), report.applied(), report.imported(),
                report.rows().size(), report.errorRows(), report.newGroups(), report.elapsedMillis(),
                report.problems().stream().map(p -> text(p, messages, locale)).toList(),
                rows.stream().map(r -> new RowView(r.number(), r.title(), r.lead(), r.deadline(), r.hasError(),
                        r.messages().stream().map(m -> new MessageView(m.severity(), text(m, messages, locale))).toList())).toList());
    }

    static String text(TaskImportReport.Message message, MessageSource messages, Locale locale) {
        return messages.getMessage(message.key(), message.arguments().toArray(), message.key(), locale);
    }
}
