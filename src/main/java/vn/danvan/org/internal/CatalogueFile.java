package vn.danvan.org.internal;

import java.io.InputStream;
import java.util.List;
import vn.danvan.org.UnitLevel;
import vn.danvan.system.SheetReader;

/**
 * Reads a catalogue file, CSV or XLSX (first sheet), into {@link CatalogueLine}s. The header row may be preceded
 * by a few title rows, as in the GSO's downloads.
 *
 * <p>Excel turns a code typed as 00004 into the number 4. In an XLSX the cell says it is a number, so the
 * zeros are given back; in a CSV nothing tells a lost zero from a typing error, so a short code stays short
 * and the rules report its length.
 */
public final class CatalogueFile {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    private static final SheetReader<CatalogueColumn> READER =
            SheetReader.of(CatalogueColumn.class, "catalogue.file.", MAX_BYTES, MAX_ROWS).orCsv().headerWithin(10, 2);

    private CatalogueFile() {
    }

    /** The data rows; a file that cannot be read at all is refused with a {@code catalogue.file.*} message. */
    public static List<CatalogueLine> read(String fileName, InputStream content) throws SheetReader.Unreadable {
        return READER.read(fileName, content, row -> new CatalogueLine(row.number(),
                code(row, CatalogueColumn.COMMUNE_CODE, UnitLevel.COMMUNE),
                row.text(CatalogueColumn.COMMUNE_NAME),
                row.text(CatalogueColumn.LEVEL),
                code(row, CatalogueColumn.PROVINCE_CODE, UnitLevel.PROVINCE),
                row.text(CatalogueColumn.PROVINCE_NAME)));
    }

    /** A code as written; from an Excel number cell, left-padded with the zeros Excel dropped (4 → 00004). */
    private static String code(SheetReader.Row<CatalogueColumn> row, CatalogueColumn column, UnitLevel level) {
        String code = row.text(column);
        if (row.isNumber(column) && code.matches("\\d+") && code.length() < level.codeLength()) {
            return "0".repeat(level.codeLength() - code.length()) + code;
        }
        return code;
    }
}
