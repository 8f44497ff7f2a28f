package vn.danvan.program.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.document.Document;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.program.DeadlineKind;
import vn.danvan.program.Plan;
import vn.danvan.program.Program;
import vn.danvan.program.ProgramPlans;
import vn.danvan.program.RecurringPeriod;
import vn.danvan.program.Task;
import vn.danvan.program.TaskGroup;
import vn.danvan.system.DeploymentMode;

/**
 * The demo province's 2022–2026 coordination program on government mass mobilization with its 7 contents, the
 * 2023 plan (27-KH/BDVTU-BCSĐUBND) and a 2024 plan, with tasks across agencies and communes and progress
 * updates generated reproducibly (fixed seed) so that the statuses spread as in the seed reports: most done on
 * time, some late, some still open, about 8% never started, a few recurring.
 */
@Component
@Order(40)
class ProgramDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProgramDemoData.class);

    private static final String[] CONTENTS = {
            "Tăng cường công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp (dân vận chính quyền)",
            "Đẩy mạnh cải cách hành chính, chuyển đổi số, nâng cao chất lượng phục vụ người dân và doanh nghiệp",
            "Thực hiện tốt công tác tiếp công dân, đối thoại và giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh",
            "Thực hiện dân chủ ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở",
            "Đẩy mạnh phong trào thi đua \"Dân vận khéo\", nhân rộng các mô hình, điển hình",
            "Xây dựng đội ngũ cán bộ, công chức, viên chức \"trọng dân, gần dân, hiểu dân, giúp dân, học dân và có trách nhiệm với dân\"",
            "Phối hợp nắm tình hình nhân dân, tuyên truyền, vận động nhân dân thực hiện các chủ trương, chính sách"};

    private static final String[] GROUPS_2023 = {
            "Công tác lãnh đạo, chỉ đạo, quán triệt, tuyên truyền",
            "Dân vận chính quyền và cải cách hành chính",
            "Tiếp công dân, giải quyết khiếu nại, tố cáo",
            "Thực hiện dân chủ ở cơ sở",
            "Phong trào thi đua \"Dân vận khéo\"",
            "Xây dựng đội ngũ cán bộ, công chức",
            "Kiểm tra, giám sát, sơ kết, tổng kết"};

    private static final String[] GROUPS_2024 = {
            "Quán triệt, tuyên truyền chủ trương của Đảng về công tác dân vận",
            "Dân vận chính quyền",
            "Cải cách hành chính, chuyển đổi số",
            "Tiếp công dân, đối thoại với nhân dân",
            "Giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh",
            "Thực hiện dân chủ ở cơ sở",
            "Phong trào thi đua \"Dân vận khéo\"",
            "Xây dựng đội ngũ cán bộ, công chức gần dân",
            "Phối hợp với Mặt trận và các đoàn thể",
            "Nắm tình hình nhân dân",
            "Kiểm tra, sơ kết, tổng kết"};

    /** Task wordings per group (by index modulo), the organization is filled in. */
    private static final String[][] WORDINGS = {
            {"Tổ chức quán triệt, triển khai Chương trình phối hợp công tác dân vận năm {y}",
                    "Xây dựng chuyên mục tuyên truyền về công tác dân vận chính quyền trên cổng thông tin",
                    "Ban hành kế hoạch thực hiện công tác dân vận năm {y} của đơn vị"},
            {"Rà soát, xây dựng quy chế dân vận của cơ quan, đơn vị",
                    "Đánh giá kết quả thực hiện Chỉ thị số 16/CT-TTg về công tác dân vận chính quyền",
                    "Triển khai lấy ý kiến nhân dân về sự hài lòng đối với cơ quan hành chính"},
            {"Rút ngắn thời gian giải quyết thủ tục hành chính, công khai thủ tục tại bộ phận một cửa",
                    "Nâng tỷ lệ hồ sơ trực tuyến toàn trình",
                    "Khảo sát chỉ số hài lòng của người dân (SIPAS) năm {y}"},
            {"Duy trì tiếp công dân định kỳ của người đứng đầu",
                    "Tổ chức đối thoại trực tiếp với nhân dân về các vấn đề bức xúc",
                    "Giải quyết dứt điểm các vụ việc khiếu nại tồn đọng, kéo dài"},
            {"Công khai, minh bạch các nội dung nhân dân được biết, được bàn, được quyết định",
                    "Tổng kết việc thực hiện dân chủ ở cơ sở năm {y}",
                    "Kiện toàn Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng"},
            {"Đăng ký, xây dựng mô hình \"Dân vận khéo\" năm {y}",
                    "Biểu dương, khen thưởng điển hình \"Dân vận khéo\"",
                    "Nhân rộng mô hình \"Dân vận khéo\" trong xây dựng nông thôn mới"},
            {"Bồi dưỡng kỹ năng dân vận cho cán bộ, công chức tiếp xúc trực tiếp với nhân dân",
                    "Kiểm tra việc thực hiện quy tắc ứng xử của cán bộ, công chức",
                    "Đánh giá cán bộ, công chức gắn với mức độ hài lòng của người dân"},
            {"Phối hợp nắm tình hình tư tưởng nhân dân, báo cáo định kỳ",
                    "Kiểm tra việc thực hiện Chương trình phối hợp tại cơ sở",
                    "Sơ kết 6 tháng, tổng kết năm {y} thực hiện Chương trình phối hợp"}};

    private static final String[] AGENCIES = {"TN-VP", "TN-SNV", "TN-SNNMT", "TN-SYT", "TN-SGDDT", "TN-TTR", "TN-BTGDV",
            "TN-MTTQ", "TN-HND", "TN-HLHPN", "TN-DTN", "TN-HCCB", "TN-LDLD"};
    private static final String[] COMMUNES = {"UBX-05503", "UBX-05443", "UBX-01843", "UBX-01906"};

    private final DeploymentMode mode;
    private final ProgramPlans plans;
    private final ProgramRepository repository;
    private final Organizations organizations;
    private final DocumentRegistry documents;

    ProgramDemoData(DeploymentMode mode, ProgramPlans plans, ProgramRepository repository, Organizations organizations,
                    DocumentRegistry documents) {
        this.mode = mode;
        this.plans = plans;
        this.repository = repository;
        this.organizations = organizations;
        this.documents = documents;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.isDemo() || repository.countPrograms() > 0) {
            return;
        }
        Map<String, Long> orgs = new LinkedHashMap<>();
        for (String code : concat(new String[] {"TN-BTGDV", "TN-DUUBND", "TN-UBND", "TN-BDVTU-CU", "TN-BCSD-CU"}, concat(AGENCIES, COMMUNES))) {
            organizations.findByCode(code).ifPresent(o -> orgs.put(code, o.id()));
        }
        Long btgdv = orgs.get("TN-BTGDV");
        Long duubnd = orgs.get("TN-DUUBND");
        Long ubnd = orgs.get("TN-UBND");
        if (btgdv == null || duubnd == null || ubnd == null) {
            log.warn("Demo programs skipped: the demo organizations are missing");
            return;
        }
        Long program06 = document("06", 2022);
        Long plan27 = document("27", 2023);
        String former = formerNames(orgs);

        List<ProgramPlans.NewContent> contents = new ArrayList<>();
        for (String title : CONTENTS) {
            contents.add(new ProgramPlans.NewContent(title, Map.of(
                    btgdv, "Chủ trì hướng dẫn, theo dõi, kiểm tra; tham mưu Ban Thường vụ Tỉnh ủy chỉ đạo; tổng hợp kết quả.",
                    duubnd, "Lãnh đạo các cơ quan hành chính nhà nước tổ chức thực hiện; bảo đảm điều kiện; báo cáo định kỳ.")));
        }
        long programId = plans.createProgram(new ProgramPlans.NewProgram(program06, Program.Kind.COORDINATION,
                "Chương trình phối hợp thực hiện công tác dân vận chính quyền giai đoạn 2022–2026", 2022, 2026,
                "Ký kết bởi " + former + "; nay do các cơ quan kế tục thực hiện.", List.of(btgdv, duubnd), contents));
        Program program = plans.program(programId);

        List<Long> agencies = new ArrayList<>();
        for (String code : AGENCIES) {
            Optional.ofNullable(orgs.get(code)).ifPresent(agencies::add);
        }
        List<Long> communes = new ArrayList<>();
        for (String code : COMMUNES) {
            Optional.ofNullable(orgs.get(code)).ifPresent(communes::add);
        }
        Random random = new Random(20230214L);
        long plan2023 = plans.createPlan(new ProgramPlans.NewPlan(plan27, programId, btgdv, 2023,
                "Kế hoạch phối hợp thực hiện công tác dân vận chính quyền năm 2023", Plan.Kind.ANNUAL, List.of(GROUPS_2023)));
        int count = tasks(plan2023, 2023, program, agencies, communes, random, 46, plan27);
        long plan2024 = plans.createPlan(new ProgramPlans.NewPlan(null, programId, ubnd, 2024,
                "Kế hoạch thực hiện công tác dân vận chính quyền năm 2024 của UBND tỉnh", Plan.Kind.ANNUAL, List.of(GROUPS_2024)));
        count += tasks(plan2024, 2024, program, agencies, communes, random, 56, program06);
        log.info("Demo programs: 1 program, 2 plans, {} tasks", count);
    }

    private int tasks(long planId, int year, Program program, List<Long> agencies, List<Long> communes, Random random, int howMany,
                      Long legalBasis) {
        List<TaskGroup> groups = plans.groups(planId);
        for (int i = 0; i < howMany; i++) {
            TaskGroup group = groups.get(i % groups.size());
            String[] wordings = WORDINGS[(i / groups.size() + i) % WORDINGS.length];
            String title = wordings[i % wordings.length].replace("{y}", String.valueOf(year));
            // every third task falls to a commune, so that the demo's unit officers have work
            boolean commune = !communes.isEmpty() && i % 3 == 2;
            long lead = commune ? communes.get((i / 3) % communes.size()) : agencies.get(i % agencies.size());
            List<Long> coordinators = new ArrayList<>();
            long other = agencies.get((i + 5) % agencies.size());
            if (other != lead) {
                coordinators.add(other);
            }
            if (!commune && i % 4 == 0 && !communes.isEmpty()) {
                coordinators.add(communes.get(i % communes.size()));
            }
            DeadlineKind kind;
            LocalDate date = null;
            Integer period = null;
            RecurringPeriod every = null;
            if (i % 12 == 7) {
                kind = DeadlineKind.RECURRING;
                every = RecurringPeriod.QUARTER;
            } else {
                switch (random.nextInt(4)) {
                    case 0 -> { kind = DeadlineKind.QUARTER; period = 1 + random.nextInt(4); }
                    case 1 -> { kind = DeadlineKind.HALF_YEAR; period = 1 + random.nextInt(2); }
                    case 2 -> kind = DeadlineKind.YEAR;
                    default -> { kind = DeadlineKind.DATE; date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)); }
                }
            }
            Long content = program.contents().get(i % program.contents().size()).id();
            long taskId = plans.createTask(new ProgramPlans.NewTask(planId, group.id(), content, title + (commune ? " tại địa phương" : ""),
                    null, expectedOutput(i), lead, coordinators, kind, date, period, every,
                    i % 10 == 0 ? Task.Priority.HIGH : Task.Priority.NORMAL, 1, legalBasis == null ? null : List.of(legalBasis)));
            progress(repository.findTask(taskId).orElseThrow(), random);
        }
        return howMany;
    }

    private static String expectedOutput(int i) {
        return switch (i % 4) {
            case 0 -> "Kế hoạch triển khai";
            case 1 -> "Báo cáo kết quả";
            case 2 -> "Hội nghị, tài liệu tuyên truyền";
            default -> "Văn bản hướng dẫn";
        };
    }

    /** A history that ends in the drawn outcome: done on time (~62%), done late, still open, never started (~8%). */
    private void progress(Task task, Random random) {
        LocalDate due = task.deadline().dueDate();
        LocalDate start = LocalDate.of(task.planYear(), 1, 15);
        String by = "demo";
        if (task.deadline().isRecurring()) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                if (random.nextInt(10) < 8) {
                    LocalDate on = LocalDate.of(task.planYear(), quarter * 3, 10 + random.nextInt(15));
                    insert(task, on, 25 * quarter, "Báo cáo quý " + quarter, false, by);
                }
            }
            return;
        }
        double draw = random.nextDouble();
        if (draw >= 0.92) {
            return;
        }
        long span = Math.max(1, due.toEpochDay() - start.toEpochDay());
        LocalDate first = start.plusDays(random.nextLong(span));
        insert(task, first, 20 + random.nextInt(30), null, false, by);
        if (draw < 0.62) {
            LocalDate done = first.plusDays(random.nextLong(Math.max(1, due.toEpochDay() - first.toEpochDay() + 1)));
            insert(task, done.isAfter(due) ? due : done, 100, "Đã hoàn thành", true, by);
        } else if (draw < 0.74) {
            insert(task, due.plusDays(5 + random.nextInt(40)), 100, "Hoàn thành sau thời hạn", true, by);
        } else {
            insert(task, first.plusDays(random.nextInt(20)), 50 + random.nextInt(40), "Đang triển khai", false, by);
        }
    }

    private void insert(Task task, LocalDate on, int percent, String milestone, boolean done, String by) {
        repository.insertUpdate(task.id(), on, percent, milestone, null, done, by, task.leadOrganizationId(),
                on.atTime(16, 0).atOffset(ZoneOffset.ofHours(7)));
    }

    private Long document(String number, int year) {
        List<Document> found = documents.candidates(number, number.equals("06") ? "CTr/BDVTU-BCSĐUBND" : "KH/BDVTU-BCSĐUBND", year, null);
        if (found.isEmpty()) {
            found = documents.candidates(number, number.equals("06") ? "CTr/BDVTU-BCSĐUBND" : "KH/BDVTU-BCSĐUBND", null, null);
        }
        return found.isEmpty() ? null : found.get(0).id();
    }

    private String formerNames(Map<String, Long> orgs) {
        List<String> names = new ArrayList<>();
        for (String code : List.of("TN-BDVTU-CU", "TN-BCSD-CU")) {
            Optional.ofNullable(orgs.get(code)).flatMap(organizations::find).map(Organization::name).ifPresent(names::add);
        }
        return names.isEmpty() ? "các cơ quan trước đây" : String.join(" và ", names);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

}
