package vn.danvan.org.internal;

import vn.danvan.system.SheetReader;

/**
 * The columns of the commune catalogue, with the headers under which they are published: the English ones of
 * the converted national file ({@code commune_code,commune_name,level,province_code,province_name}) and the
 * Vietnamese ones of the General Statistics Office's downloads ("Mã", "Tên", "Cấp", "Mã TP",
 * "Tỉnh / Thành Phố"; "Mã xã", "Tên xã", "Mã tỉnh", "Tên tỉnh"). The template is written with the Vietnamese
 * ones. Headers are compared as {@link SheetReader} does: without diacritics, case or punctuation.
 */
public enum CatalogueColumn implements SheetReader.Column {
    COMMUNE_CODE("Mã xã", true, "commune code", "code", "ma xa", "ma", "ma px", "ma phuong xa", "ma xa phuong",
            "ma dvhc", "ma dvhc cap xa"),
    COMMUNE_NAME("Tên xã", true, "commune name", "name", "ten xa", "ten", "phuong xa", "xa phuong", "ten phuong xa",
            "ten xa phuong", "ten dvhc", "ten dvhc cap xa"),
    LEVEL("Cấp", true, "level", "cap", "cap dvhc", "loai"),
    PROVINCE_CODE("Mã tỉnh", true, "province code", "ma tinh", "ma tp", "ma tinh tp", "ma tinh thanh pho"),
    PROVINCE_NAME("Tên tỉnh", false, "province name", "ten tinh", "tinh", "tinh thanh pho", "tinh tp",
            "ten tinh tp", "ten tinh thanh pho");

    private final SheetReader.Heading heading;

    CatalogueColumn(String header, boolean required, String... aliases) {
        this.heading = new SheetReader.Heading(header, required, aliases);
    }

    @Override
    public SheetReader.Heading heading() {
        return heading;
    }
}
