package vn.danvan.program.internal;

/**
 * One data row of a task file as read, before any rule is applied: texts trimmed and in Unicode NFC, empty when
 * the cell or the column is missing; a date cell written as dd/MM/yyyy.
 *
 * @param number the row number the user sees in the file (the header's row is counted)
 */
public record TaskImportLine(int number, String group, String title, String description, String output, String lead,
                             String coordinators, String deadline, String legalBasis, String priority, String weight) {
}
