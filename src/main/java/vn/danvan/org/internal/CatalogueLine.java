package vn.danvan.org.internal;

/**
 * One data row of a catalogue file as read, before any rule is applied: texts trimmed and in Unicode NFC, codes
 * from Excel number cells given back their leading zeros.
 *
 * @param number the row number the user sees in the file (the header is row 1)
 */
public record CatalogueLine(int number, String communeCode, String communeName, String level, String provinceCode,
                            String provinceName) {
}
