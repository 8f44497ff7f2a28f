package vn.danvan.activity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.activity.Activities;
import vn.danvan.activity.ActivityKind;
import vn.danvan.activity.Official;
import vn.danvan.document.Document;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.org.UserAccount;
import vn.danvan.org.UserAccounts;
import vn.danvan.program.DeadlineKind;
import vn.danvan.program.Plan;
import vn.danvan.program.ProgramPlans;
import vn.danvan.program.TaskGroup;
import vn.danvan.system.DeploymentMode;

/**
 * The demo province's events as the seed reports describe them: the signing of the 2023 coordination plan
 * (27-KH/BDVTU-BCSĐUBND, 12/01/2023), the conference reviewing 2023, an interdisciplinary inspection delegation
 * in two communes, a commune chairman's dialogue with citizens, a meeting with voters and the first review after
 * the 2025 merger. Some conclusions became tasks of the 2024 demo plan, so that the event pages show live task
 * statuses. Everything is fixed (no randomness), recorded through {@link Activities} with the rights of the demo
 * coordinator "bdv". The officials' names are invented; their titles follow the reports.
 */
@Component
@Order(50)
class ActivityDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ActivityDemoData.class);

    private final DeploymentMode mode;
    private final Activities activities;
    private final ActivityRepository repository;
    private final Organizations organizations;
    private final UserAccounts accounts;
    private final DocumentRegistry documents;
    private final ProgramPlans plans;

    ActivityDemoData(DeploymentMode mode, Activities activities, ActivityRepository repository, Organizations organizations,
                     UserAccounts accounts, DocumentRegistry documents, ProgramPlans plans) {
        this.mode = mode;
        this.activities = activities;
        this.repository = repository;
        this.organizations = organizations;
        this.accounts = accounts;
        this.documents = documents;
        this.plans = plans;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.isDemo() || repository.count() > 0) {
            return;
        }
        Optional<UserAccount> coordinator = accounts.findByUsername("bdv");
        if (coordinator.isEmpty() || coordinator.get().organizationId() == null || org("TN-BDVTU-CU") == null) {
            log.warn("Demo events skipped: the demo organizations or the account bdv are missing");
            return;
        }
        UserAccount account = coordinator.get();
        DanVanUser bdv = new DanVanUser(account, "", true, organizations.scopeFor(account.role(), account.organizationId()));
        Long program06 = document("06", "CTr/BDVTU-BCSĐUBND", null);
        Long plan27 = document("27", "KH/BDVTU-BCSĐUBND", null);
        Long directive16 = document("16", "CT-TTg", 2016);
        Plan plan2024 = plans.plans(null).stream().filter(p -> p.year() == 2024 && p.kind() == Plan.Kind.ANNUAL).findFirst().orElse(null);
        int events = 0;
        int tasks = 0;

        long signing = activities.create(new Activities.NewActivity(ActivityKind.SIGNING,
                "Hội nghị ký kết Kế hoạch phối hợp thực hiện công tác dân vận năm 2023 giữa Ban cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy",
                LocalDate.of(2023, 1, 12), null, "Hội trường Tỉnh ủy", org("TN-BDVTU-CU"),
                "Hai bên ký kết Kế hoạch phối hợp số 27-KH/BDVTU-BCSĐUBND nhằm tiếp tục thực hiện Chương trình phối hợp số"
                        + " 06-CTr/BDVTU-BCSĐUBND ngày 14/01/2022 về phối hợp thực hiện công tác dân vận giai đoạn 2022-2026.",
                orgs("TN-BCSD-CU", "TN-UBND", "TN-MTTQ"),
                List.of(official("Hoàng Văn Thịnh", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy", "TN-BDVTU-CU", Official.Role.CHAIR),
                        official("Nguyễn Quang Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh", "TN-UBND", Official.Role.CHAIR),
                        official("Lê Thị Minh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "TN-MTTQ", Official.Role.ATTENDEE)),
                ids(plan27, program06)), bdv);
        events++;
        activities.addConclusion(signing, "Các sở, ban, ngành và UBND cấp huyện xây dựng kế hoạch cụ thể thực hiện Kế hoạch phối hợp"
                + " số 27-KH/BDVTU-BCSĐUBND, hoàn thành trong quý I/2023.", bdv);

        long review = activities.create(new Activities.NewActivity(ActivityKind.CONFERENCE,
                "Hội nghị tổng kết thực hiện Kế hoạch phối hợp công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024",
                LocalDate.of(2024, 1, 18), null, "Hội trường Tỉnh ủy", org("TN-BDVTU-CU"),
                "Hội nghị đánh giá kết quả thực hiện Kế hoạch phối hợp số 27-KH/BDVTU-BCSĐUBND năm 2023: công tác dân vận của"
                        + " các cơ quan nhà nước, chính quyền các cấp có chuyển biến; việc tiếp công dân, đối thoại với Nhân dân được"
                        + " duy trì; còn một số nơi chưa xây dựng kế hoạch cụ thể, việc nắm tình hình có lúc chưa kịp thời."
                        + " Các đại biểu thảo luận và thống nhất các nhiệm vụ trọng tâm năm 2024.",
                orgs("TN-BCSD-CU", "TN-UBND", "TN-VP", "TN-SNV", "TN-MTTQ", "TN-HND", "TN-HLHPN", "UBX-05503", "UBX-05443"),
                List.of(official("Hoàng Văn Thịnh", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy", "TN-BDVTU-CU", Official.Role.CHAIR),
                        official("Trần Đức Long", "Phó Bí thư Tỉnh ủy", null, Official.Role.GUEST),
                        official("Nguyễn Quang Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh", "TN-UBND", Official.Role.GUEST),
                        official("Lê Thị Minh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "TN-MTTQ", Official.Role.ATTENDEE)),
                ids(plan27, program06)), bdv);
        events++;
        long r1 = activities.addConclusion(review, "Tiếp tục thực hiện nghiêm Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ;"
                + " người đứng đầu cơ quan hành chính các cấp trực tiếp đối thoại với Nhân dân ít nhất 01 lần trong năm.", bdv);
        long r2 = activities.addConclusion(review, "Sở Nội vụ hướng dẫn các cơ quan, đơn vị đánh giá cán bộ, công chức gắn với mức độ hài lòng"
                + " của người dân; tổng hợp kết quả trong 6 tháng cuối năm 2024.", bdv);
        activities.addConclusion(review, "Nhân rộng các mô hình \"Dân vận khéo\" trong cải cách hành chính, chuyển đổi số ở cấp xã.", bdv);
        activities.addConclusion(review, "Định kỳ 6 tháng, hai bên trao đổi thông tin, sơ kết việc thực hiện Kế hoạch phối hợp.", bdv);
        if (plan2024 != null) {
            tasks += followUp(review, r1, plan2024, "Tham mưu UBND tỉnh tổ chức đối thoại giữa người đứng đầu với Nhân dân năm 2024",
                    "TN-VP", "đối thoại", DeadlineKind.QUARTER, null, 3, bdv);
            tasks += followUp(review, r2, plan2024, "Hướng dẫn đánh giá cán bộ, công chức gắn với mức độ hài lòng của người dân",
                    "TN-SNV", "cán bộ", DeadlineKind.HALF_YEAR, null, 2, bdv);
        }

        long inspection = activities.create(new Activities.NewActivity(ActivityKind.INSPECTION,
                "Đoàn kiểm tra liên ngành kiểm tra việc thực hiện Chỉ thị số 16/CT-TTg và Chương trình phối hợp số 06-CTr/BDVTU-BCSĐUBND"
                        + " tại xã Tân Cương và phường Phan Đình Phùng",
                LocalDate.of(2024, 5, 14), LocalDate.of(2024, 5, 16), "Trụ sở UBND xã Tân Cương; trụ sở UBND phường Phan Đình Phùng",
                org("TN-BDVTU-CU"),
                "Đoàn làm việc với lãnh đạo hai địa phương, kiểm tra hồ sơ, bộ phận tiếp nhận và trả kết quả, sổ tiếp công dân;"
                        + " trao đổi với một số hộ dân về việc công khai thủ tục hành chính và thực hiện dân chủ ở cơ sở.",
                orgs("TN-VP", "TN-SNV", "TN-MTTQ", "UBX-05503", "UBX-05443"),
                List.of(official("Đặng Thị Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy", "TN-BDVTU-CU", Official.Role.HEAD),
                        official("Phạm Minh Tuấn", "Phó Chánh Văn phòng UBND tỉnh", "TN-VP", Official.Role.MEMBER),
                        official("Vũ Thị Lan", "Phó Giám đốc Sở Nội vụ", "TN-SNV", Official.Role.MEMBER),
                        official("Nguyễn Văn Bình", "Chủ tịch UBND xã Tân Cương", "UBX-05503", Official.Role.ATTENDEE)),
                ids(directive16, program06)), bdv);
        events++;
        long i1 = activities.addConclusion(inspection, "UBND xã Tân Cương niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận tiếp nhận"
                + " và trả kết quả; hoàn thành trước ngày 30/6/2024.", bdv);
        long i2 = activities.addConclusion(inspection, "UBND phường Phan Đình Phùng kiện toàn Ban Thanh tra nhân dân theo Luật Thực hiện dân chủ"
                + " ở cơ sở năm 2022.", bdv);
        activities.addConclusion(inspection, "Hai địa phương duy trì việc tiếp công dân định kỳ của Chủ tịch UBND theo quy định.", bdv);
        if (plan2024 != null) {
            tasks += followUp(inspection, i1, plan2024, null, "UBX-05503", "cải cách", DeadlineKind.DATE, LocalDate.of(2024, 6, 30), null, bdv);
            tasks += followUp(inspection, i2, plan2024, "Kiện toàn Ban Thanh tra nhân dân phường Phan Đình Phùng", "UBX-05443", "dân chủ",
                    DeadlineKind.QUARTER, null, 3, bdv);
        }

        long dialogue = activities.create(new Activities.NewActivity(ActivityKind.DIALOGUE,
                "Đối thoại giữa Chủ tịch UBND xã Tân Cương với Nhân dân về bồi thường, hỗ trợ giải phóng mặt bằng dự án đường liên xã",
                LocalDate.of(2024, 8, 20), null, "Nhà văn hóa xóm Hồng Thái, xã Tân Cương", org("UBX-05503"),
                "62 hộ dân dự; 9 ý kiến về đơn giá bồi thường cây chè, thời gian chi trả và tái định cư. Chủ tịch UBND xã trả lời"
                        + " trực tiếp 6 ý kiến, 3 ý kiến được ghi nhận để xem xét, trả lời bằng văn bản.",
                orgs("MTX-05503", "DUX-05503"),
                List.of(official("Nguyễn Văn Bình", "Chủ tịch UBND xã Tân Cương", "UBX-05503", Official.Role.CHAIR),
                        official("Đỗ Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Cương", "MTX-05503", Official.Role.ATTENDEE)),
                List.of()), bdv);
        events++;
        long d1 = activities.addConclusion(dialogue, "UBND xã rà soát, công khai phương án bồi thường, hỗ trợ của 12 hộ có ý kiến; trả lời"
                + " bằng văn bản trước ngày 30/9/2024.", bdv);
        activities.addConclusion(dialogue, "Ủy ban MTTQ Việt Nam xã giám sát việc chi trả tiền bồi thường, hỗ trợ cho các hộ dân.", bdv);
        if (plan2024 != null) {
            tasks += followUp(dialogue, d1, plan2024, "Trả lời bằng văn bản 3 ý kiến của hộ dân về bồi thường, hỗ trợ giải phóng mặt bằng",
                    "UBX-05503", "đối thoại", DeadlineKind.DATE, LocalDate.of(2024, 9, 30), null, bdv);
        }

        long voters = activities.create(new Activities.NewActivity(ActivityKind.VOTER_MEETING,
                "Tiếp xúc cử tri của Tổ đại biểu HĐND tỉnh trước kỳ họp cuối năm 2024 tại phường Phan Đình Phùng",
                LocalDate.of(2024, 11, 26), null, "Hội trường UBND phường Phan Đình Phùng", org("MTX-05443"),
                "Cử tri phản ánh hệ thống chiếu sáng tại một số tổ dân phố xuống cấp, đề nghị sửa chữa; kiến nghị đẩy nhanh cấp giấy"
                        + " chứng nhận quyền sử dụng đất.",
                orgs("TN-HDND", "UBX-05443"),
                List.of(official("Trịnh Văn Nam", "Đại biểu HĐND tỉnh, Tổ trưởng Tổ đại biểu", "TN-HDND", Official.Role.CHAIR),
                        official("Mai Thị Hằng", "Đại biểu HĐND tỉnh", "TN-HDND", Official.Role.ATTENDEE),
                        official("Lý Văn Quân", "Chủ tịch UBND phường Phan Đình Phùng", "UBX-05443", Official.Role.ATTENDEE)),
                List.of()), bdv);
        events++;
        long v1 = activities.addConclusion(voters, "UBND phường Phan Đình Phùng khảo sát, sửa chữa hệ thống chiếu sáng các tổ dân phố cử tri"
                + " phản ánh; trả lời cử tri trước ngày 31/12/2024.", bdv);
        if (plan2024 != null) {
            tasks += followUp(voters, v1, plan2024, "Sửa chữa hệ thống chiếu sáng theo kiến nghị của cử tri", "UBX-05443", "nắm tình hình",
                    DeadlineKind.DATE, LocalDate.of(2024, 12, 31), null, bdv);
        }

        if (org("TN-BTGDV") != null) {
            long merged = activities.create(new Activities.NewActivity(ActivityKind.CONFERENCE,
                    "Hội nghị sơ kết công tác dân vận chính quyền 6 tháng đầu năm 2025 sau sắp xếp đơn vị hành chính",
                    LocalDate.of(2025, 7, 18), null, "Hội trường Tỉnh ủy Thái Nguyên", org("TN-BTGDV"),
                    "Hội nghị đánh giá công tác dân vận chính quyền 6 tháng đầu năm 2025, thống nhất việc tiếp tục thực hiện Chương"
                            + " trình phối hợp giai đoạn 2022-2026 sau khi hợp nhất tỉnh và tổ chức chính quyền địa phương hai cấp.",
                    orgs("TN-DUUBND", "TN-UBND", "TN-MTTQ", "UBX-05503", "UBX-01906"),
                    List.of(official("Đặng Thị Thu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "TN-BTGDV", Official.Role.CHAIR)),
                    ids(program06)), bdv);
            events++;
            activities.addConclusion(merged, "Các xã, phường mới sau sắp xếp xây dựng kế hoạch công tác dân vận chính quyền 6 tháng cuối"
                    + " năm 2025, gửi Ban Tuyên giáo và Dân vận Tỉnh ủy.", bdv);
        }
        log.info("Demo events: {} events, {} follow-up tasks in the 2024 plan", events, tasks);
    }

    private int followUp(long activityId, long conclusionId, Plan plan, String title, String leadCode, String groupWord,
                         DeadlineKind kind, LocalDate dueDate, Integer period, DanVanUser user) {
        Long lead = org(leadCode);
        if (lead == null) {
            return 0;
        }
        Long group = plans.groups(plan.id()).stream().filter(g -> g.title().toLowerCase().contains(groupWord)).map(TaskGroup::id)
                .findFirst().orElse(null);
        activities.createFollowUp(activityId, conclusionId, new Activities.NewFollowUp(plan.id(), group, title, null, lead, List.of(),
                kind, dueDate, period), user);
        return 1;
    }

    private Official official(String name, String title, String organizationCode, Official.Role role) {
        return new Official(name, title, organizationCode == null ? null : org(organizationCode), null, role);
    }

    private Long org(String code) {
        return organizations.findByCode(code).map(Organization::id).orElse(null);
    }

    private List<Long> orgs(String... codes) {
        List<Long> ids = new ArrayList<>();
        for (String code : codes) {
            Optional.ofNullable(org(code)).ifPresent(ids::add);
        }
        return ids;
    }

    private static List<Long> ids(Long... ids) {
        return java.util.Arrays.stream(ids).filter(Objects::nonNull).toList();
    }

    private Long document(String number, String symbol, Integer year) {
        List<Document> found = documents.candidates(number, symbol, year, null);
        return found.isEmpty() ? null : found.get(0).id();
    }

}
