package vn.danvan.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators of test input for the ingest engine: Vietnamese-like prose that mixes real citation and figure
 * phrases with noise, and arbitrary Unicode. The same seed always gives the same text (java.util.Random is fully
 * specified), so a failing case is reproduced from its seed alone.
 */
final class GeneratedText {

    private GeneratedText() {
    }

    /** Phrases the rules read, or deliberately almost read: citations, figures, dates, numbering, page furniture. */
    static final List<String> FRAGMENTS = List.of(
            "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ",
            "Chỉ thị số 16/CT-TTg ngày 16/5/20216 của Thủ tướng Chính phủ",
            "Chỉ thị số 05-CT/TU, ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy về tăng cường",
            "Chỉ thị số 16/CT-TTg và Nghị quyết số 42/NQ-CP của Chính phủ",
            "Chương trình hành động số 17-CTr/TU ngày 30/9/2021 của Tỉnh ủy về thực hiện",
            "Chương trình hành động số 36/CTr-UBND ngày 03/02/2023 thực hiện",
            "Chương trình phối hợp số 06-CTr/BDVTU ngày 14 tháng 01 năm 2022 về công tác dân vận",
            "Chương trình phối hợp số 06-CTr/BDVTU- BCSĐUBND ngày 14/01/2022 về phối hợp",
            "Chương trình phối hợp số 79-CTr/BDVTW-BCSĐCP ngày 11/10/2016 giữa Ban Dân vận Trung ương và Ban Cán sự đảng Chính phủ",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Kế hoạch 99/KH-UBND ngày 31/2/2023",
            "Kế hoạch số 12/KH-UBND của các sở, ngành",
            "Kế hoạch số 44/KH-UBND, ngày 14/02/2023, của UBND tỉnh về việc",
            "ký kết Kế hoạch phối hợp số 27-KH/BDVTU-BCSĐUBND về phối hợp",
            "Luật Dân chủ cơ sở năm 2022.",
            "Luật Khám bệnh, chữa bệnh năm 2023",
            "Luật Tổ chức chính quyền địa phương 72/2025/QH15 quy định",
            "Nghị quyết 42/NQ-CP của Chính phủ ngày 09/4/2020 về hỗ trợ",
            "Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ",
            "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI)",
            "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII; Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI",
            "theo Nghị định số 107/2020/NĐ-CP, Nghị định số 108/2020/NĐ-CP và Nghị định số 120/2020/NĐ-CP của Chính phủ",
            "theo Nghị định số 107/2020/NĐ-CP và 27-KH/BDVTU, Quyết định 1493/QĐ-UBND, Đề án 06",
            "Nghị quyết số 1-NQ/TW, 2-NQ/TW hoặc 3-NQ/TW của Bộ Chính trị",
            "Pháp lệnh Ưu đãi người có công với cách mạng năm 2020",
            "Quyết định 1493/QĐ-UBND ngày 14/9/2023 về Bộ tiêu chí",
            "Quyết định số 1049/QĐ-UBND của UBND tỉnh Bình Phước tại hội nghị",
            "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế",
            "Quán triệt các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017",
            "văn bản số 123/UBND-VX của Bộ Lao động - Thương binh và Xã hội",
            "Công văn số 45/SNV-TCBC ngày 2.3.2024 của Sở Nội vụ TP.HCM",
            "Thông tư liên tịch số 03/2015/TTLT-BNV-BTC",
            "Hướng dẫn 36-HD/VPTW",
            "Hiến pháp năm 2013",
            "Trường Đại học Luật Hà Nội năm 2020; Luật Đất đai có hiệu lực năm 2025;",
            "theo Bộ luật Dân sự 2015, Điều 147",
            "theo quy định của pháp luật năm 2023",
            "Chỉ số PCI năm 2022 tăng 7 bậc so với năm 2021",
            "Chỉ số cải cách hành chính đạt 85,46/100 điểm, tăng",
            "Hoàn thành việc số hóa hơn 01 triệu dữ liệu hộ tịch trên nền tảng",
            "Hội nghị lần thứ 8 Ban Chấp hành; kỳ họp thứ 7 HĐND tỉnh; hạng 3",
            "K72/Bộ chỉ huy; Sư đoàn 302 tổ chức; Quốc lộ 14",
            "Ngày 14/01/2021, Ban Dân vận tổ chức; chiều nay (5/4); ngày giải phóng 30/4,",
            "Ngày Quốc khánh 2/9. Thứ Ba, 23/7/2024; tháng 5/2023; lúc 10:53; ngày 14 tháng 01 năm 2022",
            "SIPAS giảm 06 bậc so với năm trước",
            "Thứ tư - 10/01/2024 10:53 208 0\nTổng số điểm của bài viết là: 0 trong 0 đánh giá\n",
            "  • Đang truy cập10\n  • Hôm nay600\n  • Tháng hiện tại47,475\n  • Tổng lượt truy cập1,451,698\n",
            "Trong năm có 304 doanh nghiệp, đơn vị trực thuộc hoạt động trở lại",
            "Tốc độ tăng trưởng GRDP đạt 12,17%;",
            "UBND tỉnh tặng 20 Bằng khen cho tập thể",
            "(xếp thứ 07/63 tỉnh, thành phố), đứng thứ 43/63 tỉnh thành. Xếp hạng 20/63.",
            "các cơ quan hành chính đã tiếp trên 38.500 lượt công dân, tiếp nhận",
            "có 03 Trung tâm IOC cấp huyện đã phát triển",
            "có 1.050 doanh nghiệp đăng ký thành lập mới",
            "cho 10.132 đảng viên",
            "chế tạo tăng 10,5%;",
            "dân số trên 1 triệu người, trong đó",
            "giảm so với cùng kỳ 12 vụ việc",
            "gần 22.600 đơn các loại, hơn 3.500 điển hình cá nhân, khoảng 300 hộ dân,",
            "gần như 100% hộ dân",
            "hcm bdv001 hcm bdv002\nThời gian chờ: 60 giây",
            "khen thưởng 04 đồng chí có thành tích",
            "mã 0271.3879.666; 1. Kết quả đạt được; số 10 đường Trần Hưng Đạo",
            "mỗi suất 500.000 đồng.",
            "năm 2020 có 14/15 chỉ tiêu đạt; hoàn thành 73/102 nhiệm vụ, tại 11/11 cấp huyện",
            "năm 2023; Năm 2020, giai đoạn 2016 - 2021, nhiệm kỳ 2021-2026, nhiệm kỳ 2021 – 2026,",
            "tăng (đạt 95.42% kế hoạch)",
            "tăng 32 về số dự án và gấp 5,2 lần về số vốn",
            "tăng 7 bậc; gấp 5,2 lần; 4 tỷ 180 triệu USD; tỷ lệ giảm 1,41%.",
            "60,7 triệu đồng; tổng giá trị hơn 20 tỷ đồng; 4,5 nghìn tỷ đồng",
            "64.239 tỷ đồng",
            "tiếp 3.245 lượt/4.120 người, 36 đoàn đông người",
            "thu hút 12 dự án với tổng vốn 1,2 nghìn tỷ",
            "tăng gấp 3 lần; tăng thêm 15 xã; tăng lên 2 bậc; giảm đi 3,5%",
            "đạt thứ hạng 15/63; vị trí thứ 12/63 tỉnh; xếp hạng thứ 4/63",
            "hỗ trợ 250 USD, 1.000 EUR và 3 triệu VNĐ cho 45 hộ, cá nhân",
            "kinh phí 2 tỷ 500 triệu, 12 đô la, 30 đ",
            "tổng số 10.132 đảng viên; số 5 thôn; tổ 5; khoản 1, 2 Điều 3",
            "giải quyết 85/86 xã, phường, thị trấn và 14 cán bộ, công chức, viên chức",
            "đón 1.200 lượt khách, 3/5 đơn vị, 40/30 người, 7/2024 tháng");

    /** Words and punctuation between fragments, and a few traps: "số", "ngày", "của", "Luật", bare digits. */
    private static final List<String> FILLER = List.of(
            " ", " ", " ", ", ", ". ", "; ", "\n", " và ", " của ", " theo ", " số ", " ngày ", " năm ", " Luật ",
            " thực hiện ", " trong đó ", " (", ") ", " - ", " – ", "\u00A0", "  ", " 12 ", " 2023 ", "/", "-",
            " về việc ", " cán bộ ", " Ban Dân vận Tỉnh ủy ", " tại ", " UBND tỉnh ", ": ", " hơn ", " gần ");

    private static final String[] TYPES = {"Chỉ thị", "Nghị quyết", "Nghị định", "Quyết định", "Kế hoạch",
            "Kế hoạch phối hợp", "Chương trình", "Hướng dẫn", "Thông báo kết luận", "Kết luận", "Công văn", "Văn bản",
            "Thông tư", "Đề án", "Báo cáo", "Tờ trình", "quyết định", "NGHỊ QUYẾT"};
    private static final String[] SYMBOLS = {"CT-TTg", "NQ-CP", "QĐ-UBND", "KH-UBND", "NĐ-CP", "UBND-VX", "CP",
            "TT-BTC", "BC-UBND"};
    private static final String[] PARTY_SYMBOLS = {"NQ/TW", "CT/TU", "KH/BDVTU", "CTr/BDVTU-BCSĐUBND", "HD/VPTW",
            "KL/TW", "QĐ/TW"};
    private static final String[] ISSUERS = {"Chính phủ", "Thủ tướng Chính phủ", "Ban Thường vụ Tỉnh ủy", "UBND tỉnh",
            "Bộ Chính trị", "Ban Dân vận Trung ương", "HĐND tỉnh Bình Phước"};
    private static final String[] APPROX = {"", "", "trên ", "hơn ", "gần ", "khoảng ", "tăng ", "giảm ", "gấp ",
            "xếp thứ ", "đạt ", "tổng số ", "năm ", "lần thứ "};
    private static final String[] UNITS = {"", "%", " %", " người", " hộ dân", " lượt công dân", " tỷ đồng",
            " triệu đồng", " nghìn tỷ đồng", " USD", " lần", " bậc", " doanh nghiệp", " xã, phường, thị trấn",
            " đồng chí", " năm", " ngày", " tỉnh", " đơn vị trực thuộc", " tỷ", "/63 tỉnh", "/100 điểm", "h30"};

    /** One "Vietnamese-like" text: fragments, generated citations and figures, filler and noise. */
    static String vietnameseLike(Random r, int pieces, boolean mixNormalForms) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            String piece = switch (r.nextInt(6)) {
                case 0, 1 -> FRAGMENTS.get(r.nextInt(FRAGMENTS.size()));
                case 2 -> citation(r);
                case 3 -> figure(r);
                case 4 -> FILLER.get(r.nextInt(FILLER.size()));
                default -> noise(r, 1 + r.nextInt(12));
            };
            if (mixNormalForms && r.nextBoolean()) {
                piece = Normalizer.normalize(piece, Normalizer.Form.NFD);
            }
            out.append(piece);
            out.append(FILLER.get(r.nextInt(FILLER.size())));
        }
        return out.toString();
    }

    static String citation(Random r) {
        StringBuilder c = new StringBuilder(pick(r, TYPES));
        c.append(r.nextInt(4) == 0 ? " " : r.nextBoolean() ? " số " : " Số: ");
        int n = 1 + r.nextInt(r.nextBoolean() ? 99 : 9999);
        String number = r.nextInt(4) == 0 ? String.format(java.util.Locale.ROOT, "%02d", n % 100) : Integer.toString(n);
        if (r.nextBoolean()) {
            c.append(number).append('-').append(pick(r, PARTY_SYMBOLS));
        } else {
            c.append(number);
            if (r.nextInt(3) == 0) {
                c.append('/').append(2000 + r.nextInt(26));
            }
            c.append('/').append(pick(r, SYMBOLS));
        }
        switch (r.nextInt(4)) {
            case 0 -> c.append(" ngày ").append(1 + r.nextInt(31)).append('/').append(1 + r.nextInt(13)).append('/')
                    .append(1990 + r.nextInt(40));
            case 1 -> c.append(", ngày ").append(1 + r.nextInt(28)).append(" tháng ").append(1 + r.nextInt(12))
                    .append(" năm ").append(2000 + r.nextInt(25));
            default -> {
            }
        }
        if (r.nextBoolean()) {
            c.append(r.nextBoolean() ? " của " : ", của ").append(pick(r, ISSUERS));
        }
        if (r.nextInt(3) == 0) {
            c.append(r.nextBoolean() ? ", " : " và ").append(r.nextInt(200)).append('/').append(pick(r, SYMBOLS));
        }
        return c.toString();
    }

    static String figure(Random r) {
        String number = switch (r.nextInt(7)) {
            case 0 -> Integer.toString(r.nextInt(100));
            case 1 -> Integer.toString(r.nextInt(100_000));
            case 2 -> String.format(java.util.Locale.ROOT, "%d.%03d", 1 + r.nextInt(999), r.nextInt(1000));
            case 3 -> String.format(java.util.Locale.ROOT, "%d.%03d.%03d", 1 + r.nextInt(999), r.nextInt(1000), r.nextInt(1000));
            case 4 -> r.nextInt(100) + "," + r.nextInt(100);
            case 5 -> r.nextInt(100) + "." + r.nextInt(100);
            default -> (1 + r.nextInt(31)) + "/" + (1 + r.nextInt(100));
        };
        return pick(r, APPROX) + number + pick(r, UNITS);
    }

    private static final int[][] NOISE_RANGES = {
            {0x20, 0x7E}, {0x20, 0x7E}, {0xC0, 0x1FF}, {0x1EA0, 0x1EF9}, {0x300, 0x36F}, {0x0, 0x1F},
            {0x200B, 0x200F}, {0x2028, 0x202F}, {0x590, 0x6FF}, {0x30, 0x39}, {0x1F300, 0x1F6FF}, {0xFFF0, 0xFFFF},
            {0x10000, 0x10FFFF}};

    /** Arbitrary code points: ASCII, Vietnamese letters, combining marks, controls, zero-width, RTL, astral. */
    static String noise(Random r, int codePoints) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            int[] range = NOISE_RANGES[r.nextInt(NOISE_RANGES.length)];
            int cp = range[0] + r.nextInt(range[1] - range[0] + 1);
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                cp = 0xFFFD;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Arbitrary UTF-16, lone surrogates included: anything a String can hold. */
    static String arbitraryUtf16(Random r, int chars) {
        StringBuilder out = new StringBuilder();
        while (out.length() < chars) {
            switch (r.nextInt(5)) {
                case 0 -> out.append((char) r.nextInt(0x10000)); // lone surrogates too
                case 1 -> out.append(noise(r, 1 + r.nextInt(4)));
                case 2 -> out.append(FRAGMENTS.get(r.nextInt(FRAGMENTS.size())));
                case 3 -> out.append(Normalizer.normalize(figure(r), Normalizer.Form.NFD));
                default -> out.append(citation(r));
            }
        }
        return out.toString();
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
