package vn.danvan.org.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.danvan.system.VietnameseText;

/**
 * The columns of the commune catalogue, with the headers under which they are published: the English ones of
 * the converted national file ({@code commune_code,commune_name,level,province_code,province_name}) and the
 * Vietnamese ones of the General Statistics Office's downloads ("Mã", "Tên", "Cấp", "Mã TP",
 * "Tỉnh / Thành Phố"; "Mã xã", "Tên xã", "Mã tỉnh", "Tên tỉnh"). Headers are compared without diacritics, case
 * or punctuation.
 */
public enum CatalogueColumn {
    COMMUNE_CODE("Mã xã", true, "commune code", "code", "ma xa", "ma", "ma px", "ma phuong xa", "ma xa phuong",
            "ma dvhc", "ma dvhc cap xa"),
    COMMUNE_NAME("Tên xã", true, "commune name", "name", "ten xa", "ten", "phuong xa", "xa phuong", "ten phuong xa",
            "ten xa phuong", "ten dvhc", "ten dvhc cap xa"),
    LEVEL("Cấp", true, "level", "cap", "cap dvhc", "loai"),
    PROVINCE_CODE("Mã tỉnh", true, "province code", "ma tinh", "ma tp", "ma tinh tp", "ma tinh thanh pho"),
    PROVINCE_NAME("Tên tỉnh", false, "province name", "ten tinh", "tinh", "tinh thanh pho", "tinh tp",
            "ten tinh tp", "ten tinh thanh pho");

    private final String header;
    private final boolean required;
    private final Set<String> aliases;

    CatalogueColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = Set.of(aliases);
    }

    /** The header this application writes in its template (Vietnamese, as the GSO publishes it). */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** The column a header names, if any: "Tỉnh / Thành Phố", "MÃ TP" and "province_code" are all understood. */
    public static Optional<CatalogueColumn> ofHeader(String header) {
        String key = headerKey(header);
        return Arrays.stream(values()).filter(column -> column.aliases.contains(key)).findFirst();
    }

    static String headerKey(String header) {
        return VietnameseText.fold(header).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
