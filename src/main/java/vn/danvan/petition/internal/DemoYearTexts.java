package vn.danvan.petition.internal;

import java.util.Random;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;

/**
 * The words of the generated demo year: invented people, hamlets, projects and companies, and the matters citizens
 * bring, per category and field, with their weights. The weights give the shares of the provincial reports: about a
 * quarter complaints, one in twelve denunciations, the rest recommendations and feedback; land first in every
 * category but denunciations (cadres and finances). Every person, company and official here is invented.
 */
final class DemoYearTexts {

    private DemoYearTexts() {
    }

    static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
            "Ngô", "Dương", "Lý", "Ma", "Hà", "Nông", "Triệu", "Lục", "Đinh", "Lương", "Hứa", "Mạc", "Đào", "Tạ"};
    static final String[] MIDDLE_MALE = {"Văn", "Văn", "Văn", "Đức", "Minh", "Hữu", "Quang", "Xuân", "Công", "Ngọc", "Thanh", "Mạnh"};
    static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Hồng", "Kim", "Minh"};
    static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khánh", "Kiên", "Long", "Lâm", "Nam",
            "Phúc", "Quân", "Sơn", "Thắng", "Thành", "Tuấn", "Toàn", "Khoa", "Trung", "Việt", "Vinh", "Chiến", "Hưng", "Tâm", "Thịnh"};
    static final String[] GIVEN_FEMALE = {"Hà", "Hạnh", "Hoa", "Hương", "Lan", "Mai", "Thảo", "Vân", "Yến", "Nhung", "Loan", "Huyền",
            "Ngân", "Phương", "Quỳnh", "Trang", "Tuyết", "Xuân", "Liên", "Dung", "Nga", "Oanh"};
    static final String[] HAMLETS = {"xóm Nam Đồng", "xóm Soi Mít", "tổ dân phố 3", "tổ dân phố 7", "xóm Gò Pháo", "thôn Nà Pài",
            "thôn Bản Chang", "xóm Đồng Bục", "tổ dân phố 12", "thôn Khuổi Đắng", "xóm Đồng Bẩm", "xóm Gò Móc", "thôn Nà Làng",
            "xóm Làng Chè", "xóm Hồng Thái", "tổ dân phố Đồng Tâm", "xóm Cây Thị", "thôn Pác Nghiều", "xóm Trung Tâm", "tổ dân phố 21",
            "xóm Khuôn Ngàn", "thôn Bản Cái", "xóm Tân Lập", "xóm Đầm Mới"};
    static final String[] PROJECTS = {"đường liên xã Tân Cương - Phúc Trìu", "Khu dân cư số 3", "Khu công nghiệp Điềm Thụy mở rộng",
            "nâng cấp Quốc lộ 3 đoạn tránh", "hồ chứa nước Khuôn Nanh", "Khu đô thị phía Nam", "trường mầm non trung tâm",
            "cụm công nghiệp Nam Hòa", "kè chống sạt lở bờ sông Cầu", "đường dây 110 kV mạch 2", "Khu tái định cư số 2",
            "nghĩa trang nhân dân tập trung"};
    static final String[] COMPANIES = {"Công ty TNHH Khoáng sản Hoàng Long", "Công ty cổ phần Vật liệu xây dựng Đồng Phát",
            "Công ty TNHH Chăn nuôi Phú Hưng", "Hợp tác xã Chè Tân Thịnh", "Công ty cổ phần Xây dựng Thành Đạt",
            "Công ty TNHH Cát sỏi Sông Công", "Công ty TNHH Thức ăn chăn nuôi An Phát"};
    static final String[] TRANSFER_SOURCES = {"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Ban Tiếp công dân Trung ương",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Thanh tra Chính phủ", "Báo Thái Nguyên (chuyên mục Bạn đọc)",
            "Văn phòng Tỉnh ủy"};
    /** Competent bodies outside the system, for petitions transferred out. */
    static final String[] OUTSIDE_AGENCIES = {"Tòa án nhân dân khu vực 1 - Thái Nguyên", "Công an tỉnh Thái Nguyên",
            "Thi hành án dân sự tỉnh Thái Nguyên", "Bảo hiểm xã hội tỉnh Thái Nguyên", "Viện kiểm sát nhân dân tỉnh Thái Nguyên",
            "Công ty Điện lực Thái Nguyên"};
    static final String[] GUIDE_REASONS = {
            "Hướng dẫn công dân gửi đơn đến Tòa án nhân dân có thẩm quyền để giải quyết tranh chấp theo thủ tục tố tụng dân sự",
            "Hướng dẫn công dân gửi đơn đến Chủ tịch UBND xã nơi có đất, là người có thẩm quyền giải quyết lần đầu",
            "Hướng dẫn công dân liên hệ bộ phận một cửa để được giải quyết thủ tục hành chính theo quy định",
            "Nội dung đã được trả lời tại buổi tiếp công dân; hướng dẫn công dân thực hiện theo văn bản trả lời",
            "Hướng dẫn công dân gửi đơn đến cơ quan bảo hiểm xã hội nơi đang hưởng chế độ"};
    static final String[] DIALOGUE_CONTENT = {
            "Người khiếu nại giữ nguyên nội dung khiếu nại; đại diện UBND xã giải thích căn cứ pháp lý của quyết định; hai bên thống nhất đo đạc lại hiện trạng thửa đất.",
            "Đối thoại công khai; người khiếu nại cung cấp thêm giấy tờ về nguồn gốc sử dụng đất; đoàn xác minh ghi nhận, hẹn kiểm tra thực địa.",
            "Người khiếu nại đồng ý một phần phương án hỗ trợ, đề nghị xem xét thêm khoản hỗ trợ chuyển đổi nghề."};
    static final String[] SUSPEND_REASONS = {"Chờ kết quả giám định của cơ quan chuyên môn", "Chờ kết quả giải quyết vụ án dân sự có liên quan tại Tòa án",
            "Người khiếu nại đi điều trị bệnh dài ngày, chưa thể làm việc"};
    static final String[] UNSATISFIED_NOTES = {"Công dân chưa đồng ý với kết quả giải quyết", "Công dân cho rằng mức hỗ trợ còn thấp",
            "Công dân đề nghị cấp trên xem xét lại"};

    /** One kind of matter: what it is about, who it is against, and how often it comes. */
    record Matter(MatterCategory category, MatterField field, int weight, boolean provincial, String respondent, String content) {
    }

    /**
     * {c} the commune, {h} a hamlet, {p} a project, {k} a company, {o} an official, {n} a number, {t} a land plot,
     * {s} a map sheet, {a} an area in m², {y} a year.
     */
    static final Matter[] MATTERS = {
            new Matter(MatterCategory.COMPLAINT, MatterField.LAND, 30, false, "Chủ tịch UBND {c}",
                    "Khiếu nại Quyết định số {n}/QĐ-UBND của Chủ tịch UBND {c} về việc thu hồi {a} m² đất nông nghiệp tại thửa đất số {t}, tờ bản đồ số {s}, {h} để thực hiện dự án {p}; mức bồi thường, hỗ trợ thấp hơn giá thị trường, đề nghị xem xét lại."),
            new Matter(MatterCategory.COMPLAINT, MatterField.LAND, 14, false, "UBND {c}",
                    "Khiếu nại việc UBND {c} không cấp giấy chứng nhận quyền sử dụng đất cho thửa đất số {t}, tờ bản đồ số {s} tại {h}, gia đình sử dụng ổn định từ năm {y}, không có tranh chấp."),
            new Matter(MatterCategory.COMPLAINT, MatterField.LAND, 8, true, "Văn phòng Đăng ký đất đai tỉnh Thái Nguyên",
                    "Khiếu nại việc chỉnh lý biến động làm sai lệch ranh giới, diện tích thửa đất số {t}, tờ bản đồ số {s} của gia đình tại {h}, {c}."),
            new Matter(MatterCategory.COMPLAINT, MatterField.CONSTRUCTION, 6, false, "Chủ tịch UBND {c}",
                    "Khiếu nại Quyết định xử phạt vi phạm hành chính và buộc tháo dỡ phần công trình nhà ở của gia đình tại {h}, {c}; gia đình xây dựng trên đất ở đã được cấp giấy chứng nhận."),
            new Matter(MatterCategory.COMPLAINT, MatterField.SOCIAL_POLICY, 5, false, "UBND {c}",
                    "Khiếu nại việc không đưa gia đình vào danh sách hộ cận nghèo năm {y} dù thu nhập bình quân thuộc chuẩn cận nghèo theo quy định."),
            new Matter(MatterCategory.COMPLAINT, MatterField.ADMINISTRATION, 3, false, "Bộ phận Một cửa UBND {c}",
                    "Khiếu nại hành vi chậm giải quyết hồ sơ đăng ký biến động đất đai của gia đình quá thời hạn quy định mà không có văn bản trả lời."),
            new Matter(MatterCategory.COMPLAINT, MatterField.ENVIRONMENT, 2, true, "Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên",
                    "Khiếu nại quyết định phê duyệt phương án cải tạo, phục hồi môi trường mỏ đá của {k} làm ảnh hưởng đến đất sản xuất của các hộ dân {h}, {c}."),

            new Matter(MatterCategory.DENUNCIATION, MatterField.LAND, 3, false, "Ông {o}, công chức địa chính - xây dựng {c}",
                    "Tố cáo ông {o}, công chức địa chính - xây dựng {c}, có hành vi nhận tiền của người dân để xác nhận sai nguồn gốc đất tại {h}."),
            new Matter(MatterCategory.DENUNCIATION, MatterField.PARTY_AND_CADRES, 3, false, "Ông {o}, Trưởng {h}",
                    "Tố cáo Trưởng {h}, {c} thu các khoản đóng góp xây dựng đường giao thông nông thôn năm {y} không đúng quy định, không công khai thu, chi."),
            new Matter(MatterCategory.DENUNCIATION, MatterField.FINANCE, 2, false, "Ban Quản lý dự án đầu tư xây dựng {c}",
                    "Tố cáo sai phạm trong nghiệm thu, thanh toán công trình {p}: khối lượng thực tế thấp hơn khối lượng được thanh toán."),
            new Matter(MatterCategory.DENUNCIATION, MatterField.SOCIAL_POLICY, 1, false, "Bà {o}, công chức văn hóa - xã hội {c}",
                    "Tố cáo việc lập hồ sơ khống để hưởng trợ cấp xã hội, chiếm đoạt tiền hỗ trợ người có công với cách mạng tại {c}."),
            new Matter(MatterCategory.DENUNCIATION, MatterField.ENVIRONMENT, 1, true, "{k}",
                    "Tố cáo {k} khai thác cát, sỏi trái phép trên sông Cầu đoạn qua {c}, gây sạt lở đất canh tác của các hộ dân {h}."),

            new Matter(MatterCategory.RECOMMENDATION, MatterField.LAND, 14, false, "UBND {c}",
                    "Kiến nghị xem xét điều chỉnh đơn giá bồi thường đất nông nghiệp và hỗ trợ chuyển đổi nghề khi Nhà nước thu hồi đất thực hiện dự án {p}."),
            new Matter(MatterCategory.RECOMMENDATION, MatterField.LAND, 8, true, "Văn phòng Đăng ký đất đai tỉnh Thái Nguyên",
                    "Kiến nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ dân {h}, {c} đã nộp hồ sơ từ năm {y}."),
            new Matter(MatterCategory.RECOMMENDATION, MatterField.SOCIAL_POLICY, 7, true, "Sở Nội vụ tỉnh Thái Nguyên",
                    "Kiến nghị xem xét giải quyết chế độ cho thân nhân liệt sĩ, người có công với cách mạng tại {h}, {c}."),
            new Matter(MatterCategory.RECOMMENDATION, MatterField.CONSTRUCTION, 5, false, "UBND {c}",
                    "Kiến nghị đầu tư nâng cấp tuyến đường liên thôn qua {h} đã xuống cấp nghiêm trọng, đi lại khó khăn trong mùa mưa."),
            new Matter(MatterCategory.RECOMMENDATION, MatterField.ENVIRONMENT, 3, false, "UBND {c}",
                    "Kiến nghị di dời điểm tập kết rác thải sinh hoạt gần khu dân cư {h}, {c}, gây mùi hôi, ruồi nhặng."),
            new Matter(MatterCategory.RECOMMENDATION, MatterField.ADMINISTRATION, 2, false, "UBND {c}",
                    "Kiến nghị rút ngắn thời gian giải quyết thủ tục chuyển mục đích sử dụng đất và công khai tiến độ hồ sơ tại bộ phận một cửa."),
            new Matter(MatterCategory.RECOMMENDATION, MatterField.JUSTICE, 2, true, "Thi hành án dân sự tỉnh Thái Nguyên",
                    "Kiến nghị đẩy nhanh việc thi hành bản án dân sự số {n}/{y}/DS-ST về tranh chấp quyền sử dụng đất tại {h}, {c}."),
            new Matter(MatterCategory.RECOMMENDATION, MatterField.FINANCE, 2, false, "UBND {c}",
                    "Kiến nghị công khai các khoản thu, chi quỹ xây dựng nông thôn mới và quỹ phòng, chống thiên tai của {h}."),
            new Matter(MatterCategory.RECOMMENDATION, MatterField.OTHER, 2, false, "UBND {c}",
                    "Kiến nghị lắp đặt biển báo, gờ giảm tốc tại nút giao qua {h}, nơi thường xảy ra tai nạn giao thông."),

            new Matter(MatterCategory.FEEDBACK, MatterField.LAND, 7, false, "UBND {c}",
                    "Phản ánh việc một số hộ lấn chiếm đất hành lang giao thông, đất công tại {h} để xây dựng công trình mà chưa được xử lý."),
            new Matter(MatterCategory.FEEDBACK, MatterField.ENVIRONMENT, 6, false, "{k}",
                    "Phản ánh trang trại chăn nuôi của {k} xả thải gây ô nhiễm nguồn nước, mùi hôi ảnh hưởng đến các hộ dân {h}, {c}."),
            new Matter(MatterCategory.FEEDBACK, MatterField.CONSTRUCTION, 4, false, "Ban Quản lý dự án đầu tư xây dựng {c}",
                    "Phản ánh công trình đường giao thông {h} mới nghiệm thu đã nứt, lún, đề nghị kiểm tra chất lượng công trình."),
            new Matter(MatterCategory.FEEDBACK, MatterField.ADMINISTRATION, 4, false, "UBND {c}",
                    "Phản ánh thái độ, tinh thần phục vụ chưa tốt của công chức bộ phận một cửa {c} khi tiếp nhận hồ sơ của công dân."),
            new Matter(MatterCategory.FEEDBACK, MatterField.SOCIAL_POLICY, 3, false, "UBND {c}",
                    "Phản ánh việc chi trả trợ cấp xã hội hằng tháng cho người cao tuổi tại {h} chậm so với quy định."),
            new Matter(MatterCategory.FEEDBACK, MatterField.OTHER, 3, false, "Công an {c}",
                    "Phản ánh tình trạng tụ tập, gây mất an ninh trật tự ban đêm tại khu vực {h}, {c}.")};

    /** Weights of the categories over all petitions: complaints 25 %, denunciations 8 %, recommendations 40 %, feedback 27 %. */
    static final int[] CATEGORY_WEIGHTS = {25, 8, 40, 27};

    static Matter matter(Random random, MatterCategory category) {
        int sum = 0;
        for (Matter m : MATTERS) {
            sum += m.category() == category ? m.weight() : 0;
        }
        int draw = random.nextInt(sum);
        for (Matter m : MATTERS) {
            if (m.category() == category) {
                draw -= m.weight();
                if (draw < 0) {
                    return m;
                }
            }
        }
        throw new IllegalStateException(category.name());
    }

    static MatterCategory category(Random random) {
        int draw = random.nextInt(100);
        for (int i = 0; i < CATEGORY_WEIGHTS.length; i++) {
            draw -= CATEGORY_WEIGHTS[i];
            if (draw < 0) {
                return MatterCategory.values()[i];
            }
        }
        return MatterCategory.FEEDBACK;
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A full name; {@code female} picks the middle and given names. */
    static String name(Random random, boolean female) {
        return pick(random, FAMILY) + " " + (female ? pick(random, MIDDLE_FEMALE) : pick(random, MIDDLE_MALE)) + " "
                + (female ? pick(random, GIVEN_FEMALE) : pick(random, GIVEN_MALE));
    }

    /** The values of one matter's placeholders, drawn once so that the respondent and the content name the same people. */
    static java.util.Map<String, String> slots(Random random, Matter matter, String commune, String hamlet, int year) {
        java.util.Map<String, String> slots = new java.util.HashMap<>();
        slots.put("{c}", commune);
        slots.put("{h}", hamlet);
        slots.put("{p}", pick(random, PROJECTS));
        slots.put("{k}", pick(random, COMPANIES));
        slots.put("{o}", name(random, matter.respondent().startsWith("Bà")));
        slots.put("{n}", String.valueOf(10 + random.nextInt(890)));
        slots.put("{t}", String.valueOf(12 + random.nextInt(480)));
        slots.put("{s}", String.valueOf(1 + random.nextInt(46)));
        slots.put("{a}", String.valueOf(80 + 10 * random.nextInt(120)));
        slots.put("{y}", String.valueOf(year - 1 - random.nextInt(12)));
        return slots;
    }

    static String fill(String template, java.util.Map<String, String> slots) {
        String text = template;
        for (var slot : slots.entrySet()) {
            text = text.replace(slot.getKey(), slot.getValue());
        }
        return text;
    }
}
