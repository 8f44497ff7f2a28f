package vn.danvan.org;

import java.util.Arrays;
import java.util.Optional;
import vn.danvan.system.VietnameseText;

/** What a unit is called: the word that precedes its name in the catalogue ("Xã", "Phường", "Đặc khu"…). */
public enum UnitKind {
    PROVINCE(UnitLevel.PROVINCE, "Tỉnh"),
    CENTRAL_CITY(UnitLevel.PROVINCE, "Thành phố"),
    DISTRICT(UnitLevel.DISTRICT, "Huyện"),
    URBAN_DISTRICT(UnitLevel.DISTRICT, "Quận"),
    TOWN(UnitLevel.DISTRICT, "Thị xã"),
    PROVINCIAL_CITY(UnitLevel.DISTRICT, "Thành phố"),
    COMMUNE(UnitLevel.COMMUNE, "Xã"),
    WARD(UnitLevel.COMMUNE, "Phường"),
    SPECIAL_ZONE(UnitLevel.COMMUNE, "Đặc khu"),
    TOWNSHIP(UnitLevel.COMMUNE, "Thị trấn");

    private final UnitLevel level;
    private final String label;

    UnitKind(UnitLevel level, String label) {
        this.level = level;
        this.label = label;
    }

    public UnitLevel level() {
        return level;
    }

    public String label() {
        return label;
    }

    /** Reads the catalogue's "Cấp" column for a commune-level unit: Xã, Phường, Đặc khu (Thị trấn before 2025). */
    public static Optional<UnitKind> ofCommuneLabel(String label) {
        String folded = VietnameseText.fold(label);
        return Arrays.stream(values())
                .filter(kind -> kind.level == UnitLevel.COMMUNE)
                .filter(kind -> VietnameseText.fold(kind.label).equals(folded))
                .findFirst();
    }
}
