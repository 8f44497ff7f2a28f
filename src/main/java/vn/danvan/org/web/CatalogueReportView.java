package vn.danvan.org.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.danvan.org.ImportReport;

/**
 * An import report in the reader's language, for the page and the API alike.
 *
 * @param rows      the rows shown: all of them in file order, or the first {@code limit} by importance
 * @param rowsTotal how many data rows the file had
 */
public record CatalogueReportView(String fileName, boolean ok, boolean applied, long elapsedMs, ImportReport.Counts counts,
                           List<String> problems, List<RowView> rows, int rowsTotal) {

    /** One row: what it said, what the import does with it, and why. */
    public record RowView(int row, String communeCode, String communeName, String level, String provinceCode,
                   ImportReport.Status status, String statusLabel, List<MessageView> messages) {
    }

    public record MessageView(ImportReport.Severity severity, String text) {
    }

    /** Every row, in the order of the file (for scripts). */
    static CatalogueReportView allRows(ImportReport report, MessageSource messages, Locale locale) {
        return of(report, report.rows(), messages, locale);
    }

    /** At most {@code limit} rows, errors and warnings first (for people). */
    static CatalogueReportView mostImportant(ImportReport report, int limit, MessageSource messages, Locale locale) {
        List<ImportReport.Row> rows = report.rowsByImportance();
        return of(report, rows.subList(0, Math.min(limit, rows.size())), messages, locale);
    }

    public boolean isCapped() {
        return rows.size() < rowsTotal;
    }

    private static CatalogueReportView of(ImportReport report, List<ImportReport.Row> rows, MessageSource messages,
                                          Locale locale) {
        return new CatalogueReportView(report.fileName(), report.ok(), report.applied(), report.elapsedMillis(),
                report.counts(),
                report.problems().stream().map(problem -> text(problem, messages, locale)).toList(),
                rows.stream().map(row -> new RowView(row.number(), row.communeCode(), row.communeName(), row.level(),
                        row.provinceCode(), row.status(),
                        messages.getMessage("catalogue.status." + row.status(), null, locale),
                        row.messages().stream().map(m -> new MessageView(m.severity(), text(m, messages, locale))).toList()))
                        .toList(),
                report.rows().size());
    }

    static String text(ImportReport.Message message, MessageSource messages, Locale locale) {
        return messages.getMessage(message.key(), message.arguments().toArray(), message.key(), locale);
    }
}
