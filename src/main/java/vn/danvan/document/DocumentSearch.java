package vn.danvan.document;

/** Filters of the registry: words (diacritics ignored) over number, symbol, type and title; type; issuer; year; status; tag. */
public record DocumentSearch(String text, DocumentType type, String issuer, Long issuerOrganizationId, Integer year,
                             DocumentStatus status, String tag) {

    public static DocumentSearch text(String text) {
        return new DocumentSearch(text, null, null, null, null, null, null);
    }
}
