package vn.danvan.program.internal;

import vn.danvan.system.SheetReader;

/**
 * The columns of a plan's task list, under the Vietnamese headers plans are written with. Headers are compared as
 * {@link SheetReader} does: without diacritics, case, punctuation or a note in brackets ("Cơ quan phối hợp (cách
 * nhau bởi dấu ;)").
 */
public enum TaskImportColumn implements SheetReader.Column {
    ORDINAL("STT", false, "stt", "tt", "so thu tu") {
        // a list numbered down the sheet in advance has no task on the rows not filled in
        @Override
        public boolean isData() {
            return false;
        }
    },
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

    private final SheetReader.Heading heading;

    TaskImportColumn(String header, boolean required, String... aliases) {
        this.heading = new SheetReader.Heading(header, required, aliases);
    }

    @Override
    public SheetReader.Heading heading() {
        return heading;
    }
}
