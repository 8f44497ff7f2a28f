package vn.danvan.program.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.danvan.system.VietnameseText;

/**
 * The columns of a plan's task list, under the Vietnamese headers plans are written with. Headers are compared
 * without diacritics, case, punctuation or a note in brackets ("Cơ quan phối hợp (cách nhau bởi dấu ;)").
 */
public enum TaskImportColumn {
    ORDINAL("STT", false, "stt", "tt", "so thu tu"),
    GROUP("Nhóm nhiệm vụ", false, "nhom nhiem vu", "nhom", "nhom giai phap", "nhom nhiem vu giai phap"),
    TITLE("Nhiệm vụ", true, "nhiem vu", "ten nhiem vu", "noi dung nhiem vu"),
    DESCRIPTION("Mô tả", false, "mo ta", "noi dung", "mo ta nhiem vu", "noi dung chi tiet"),
    OUTPUT("Sản phẩm", false, "san pham", "san pham du kien", "ket qua san pham"),
    LEAD("Cơ quan chủ trì", true, "co quan chu tri", "chu tri", "don vi chu tri", "co quan don vi chu tri"),
    COORDINATORS("Cơ quan phối hợp", false, "co quan phoi hop", "phoi hop", "don vi phoi hop", "co quan don vi phoi hop"),
    DEADLINE("Thời hạn", true, "thoi han", "thoi han hoan thanh", "thoi gian hoan thanh", "han hoan thanh"),
    LEGAL_BASIS("Căn cứ", false, "can cu", "van ban can cu", "can cu phap ly"),
    PRIORITY("Ưu tiên", false, "uu tien", "muc uu tien", "muc do uu tien"),
    WEIGHT("Trọng số", false, "trong so");

    private final String header;
    private final boolean required;
    private final Set<String> aliases;

    TaskImportColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = Set.of(aliases);
    }

    /** The header written in the template. */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public static Optional<TaskImportColumn> ofHeader(String header) {
        String key = headerKey(header);
        return Arrays.stream(values()).filter(column -> column.aliases.contains(key)).findFirst();
    }

    static String headerKey(String header) {
        String withoutNote = header == null ? "" : header.replaceAll("\\(.*?\\)", " ");
        return VietnameseText.fold(withoutNote).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
