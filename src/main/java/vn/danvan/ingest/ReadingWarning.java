package vn.danvan.ingest;

/**
 * Something irregular in the text that the extractor read through rather than rejected. The citation or figure
 * is still reported; the warning tells a reviewer where the written text cannot be taken literally.
 */
public enum ReadingWarning {
    /** A date that no calendar has, such as "ngày 16/5/20216": the date is left empty. */
    INVALID_DATE("invalid-date"),
    /** Spaces typed inside a symbol ("06-CTr/BDVTU- BCSĐUBND"): the symbol is reported without them. */
    STRAY_SPACE_IN_SYMBOL("stray-space-in-symbol"),
    /** "95.42%": a dot where Vietnamese writes a decimal comma, read as the decimal separator. */
    DOT_DECIMAL_SEPARATOR("dot-decimal-separator");

    private final String code;

    ReadingWarning(String code) {
        this.code = code;
    }

    /** The stable name used in the JSON output. */
    public String code() {
        return code;
    }
}
