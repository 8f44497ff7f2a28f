package vn.danvan.document.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import vn.danvan.document.Document;
import vn.danvan.document.DocumentRegistry.NewDocument;
import vn.danvan.document.DocumentStatus;
import vn.danvan.document.DocumentType;

/**
 * The form registering or editing a document. The number box takes "16/CT-TTg" or "27-KH/BDVTU" whole; the
 * date is dd/MM/yyyy or ISO; the registry checks the rest (type, issuer, duplicate).
 */
record DocumentForm(
        @Size(max = 150, message = "{document.form.tooLong}") String numberSymbol,
        DocumentType type,
        @Size(max = 120, message = "{document.form.tooLong}") String typeLabel,
        @Size(max = 10, message = "{document.form.tooLong}") String issueDate,
        Integer year,
        @Size(max = 12, message = "{document.form.tooLong}") String partyTerm,
        Long issuerOrganizationId,
        @Size(max = 300, message = "{document.form.tooLong}") String issuerName,
        @NotBlank(message = "{document.title.required}") @Size(max = 2000, message = "{document.form.tooLong}") String title,
        DocumentStatus status,
        @Size(max = 600, message = "{document.form.tooLong}") String tags,
        Integer version) {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    static DocumentForm blank() {
        return new DocumentForm(null, null, null, null, null, null, null, null, null, DocumentStatus.IN_FORCE, null, null);
    }

    /** A new form with what a citation in a text says; blank fields stay blank. */
    static DocumentForm prefilled(String numberSymbol, String typeLabel, String issueDate, String issuerName) {
        String date = issueDate == null || issueDate.isBlank() ? null : issueDate.strip();
        if (date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            date = date.substring(8) + "/" + date.substring(5, 7) + "/" + date.substring(0, 4);
        }
        return new DocumentForm(blankToNull(numberSymbol), null, blankToNull(typeLabel), date, null, null, null,
                blankToNull(issuerName), null, DocumentStatus.IN_FORCE, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static DocumentForm of(Document d, List<String> tags) {
        return new DocumentForm(d.numberSymbol(), d.type(), d.typeLabel(),
                d.issueDate() == null ? null : d.issueDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                d.issueDate() == null ? d.year() : null, d.partyTerm(), d.issuerOrganizationId(), d.issuerName(), d.title(),
                d.status(), String.join(", ", tags), d.version());
    }

    /** The issue date, or null when blank; throws when it is not a date. */
    LocalDate parsedIssueDate() {
        if (issueDate == null || issueDate.isBlank()) {
            return null;
        }
        String value = issueDate.strip();
        try {
            return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, VIETNAMESE_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(value, e);
        }
    }

    NewDocument request(LocalDate date) {
        return new NewDocument(numberSymbol, type, typeLabel, year, partyTerm, issuerOrganizationId, issuerName, date, title,
                status, tags == null ? List.of() : List.of(tags));
    }
}
