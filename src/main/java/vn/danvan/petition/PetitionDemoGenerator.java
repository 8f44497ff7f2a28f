package vn.danvan.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.document.DocumentStatus;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.org.UserAccount;
import vn.danvan.org.UserAccounts;
import vn.danvan.petition.internal.DemoYearPlan;
import vn.danvan.petition.internal.DemoYearWriter;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.system.VietnameseFormat;

/**
 * Generates demo petitions and cases for the demo province, reproducibly (fixed seed): named showcase scenarios
 * through the service API (every status, overdue cases, protected denouncers, a second-instance complaint, a crowd
 * delegation, duplicates attached to one case, a report demand), then a year of {@code count} petitions planned by
 * {@link DemoYearPlan} and stored in bulk by {@link DemoYearWriter} — the same rows the services would write, with
 * the due dates of the legal clock, in seconds rather than minutes.
 */
@Component
public class PetitionDemoGenerator {

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hà", "Lò", "Ma", "Nông", "Dương"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thị Thu", "Quang", "Ngọc", "Hữu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam", "Phúc", "Sơn", "Thảo", "Tuấn", "Yến"};
    private static final String[] HAMLETS = {"xóm Đồng Bẩm", "xóm Nam Đồng", "tổ dân phố 5", "thôn Khuôn Ngàn", "xóm Gò Móc", "tổ 12", "thôn Nà Làng"};
    private static final String[][] MATTERS = {
            {"LAND", "UBND xã", "Đề nghị xem xét lại việc thu hồi đất nông nghiệp để làm đường liên xã, mức bồi thường chưa thỏa đáng"},
            {"LAND", "Văn phòng đăng ký đất đai", "Chậm cấp giấy chứng nhận quyền sử dụng đất dù đã nộp đủ hồ sơ từ lâu"},
            {"ENVIRONMENT", "Công ty TNHH khai thác khoáng sản", "Xe chở quặng gây bụi, ô nhiễm nguồn nước sinh hoạt của các hộ dân"},
            {"CONSTRUCTION", "UBND phường", "Công trình xây dựng lấn chiếm hành lang an toàn giao thông chưa được xử lý"},
            {"SOCIAL_POLICY", "Phòng Văn hóa - Xã hội", "Đề nghị xem xét chế độ trợ cấp cho người có công với cách mạng"},
            {"ADMINISTRATION", "Bộ phận một cửa", "Thái độ của công chức khi tiếp nhận hồ sơ hành chính chưa đúng mực"},
            {"PARTY_AND_CADRES", "Cán bộ địa chính xã", "Cán bộ có dấu hiệu nhũng nhiễu khi giải quyết thủ tục chuyển mục đích sử dụng đất"},
            {"FINANCE", "Hợp tác xã nông nghiệp", "Việc thu, chi các khoản đóng góp của xã viên không công khai"},
            {"JUSTICE", "Chi cục Thi hành án dân sự", "Chậm tổ chức thi hành bản án đã có hiệu lực pháp luật"}};

    private final Petitions petitions;
    private final Cases cases;
    private final Organizations organizations;
    private final AdministrativeMap map;
    private final UserAccounts users;
    private final DocumentRegistry documents;
    private final DemoYearWriter year;

    public PetitionDemoGenerator(Petitions petitions, Cases cases, Organizations organizations, AdministrativeMap map,
                                 UserAccounts users, DocumentRegistry documents, DemoYearWriter year) {
        this.petitions = petitions;
        this.cases = cases;
        this.organizations = organizations;
        this.map = map;
        this.users = users;
        this.documents = documents;
        this.year = year;
    }

    /** What was generated. */
    public record Summary(int petitions, int cases) {
    }

    private final class Run {
        final Random random;
        final LocalDate today = petitions.today();
        final DanVanUser handler;
        final DanVanUser leader;
        final long handlerId;
        final long leaderId;
        final long receptionBoard;
        final long provinceCommittee;
        int documentNumber;
        int petitionCount;
        int caseCount;

        Run(long seed) {
            random = new Random(seed);
            UserAccount tiepdan = users.findByUsername("tiepdan").orElseThrow();
            UserAccount lanhdao = users.findByUsername("lanhdao").orElseThrow();
            handler = user(tiepdan);
            leader = user(lanhdao);
            handlerId = tiepdan.id();
            leaderId = lanhdao.id();
            receptionBoard = organizations.findByCode("TN-BTCD").orElseThrow().id();
            provinceCommittee = organizations.findByCode("TN-UBND").orElseThrow().id();
            documentNumber = 100 + random.nextInt(50);
        }

        DanVanUser user(UserAccount account) {
            return new DanVanUser(account, "", true, organizations.scopeFor(account.role(), account.organizationId()));
        }

        String name() {
            return SURNAMES[random.nextInt(SURNAMES.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
        }

        /** 0 + the 2-digit code of a former province (Thái Nguyên 19, Bắc Kạn 06, Tuyên Quang 08, Hà Nội 01), born 1950–2004. */
        String idNumber() {
            String[] provinces = {"019", "019", "019", "006", "008", "001"};
            int year = 1950 + random.nextInt(55);
            int centuryDigit = (year >= 2000 ? 2 : 0) + random.nextInt(2);
            return provinces[random.nextInt(provinces.length)] + centuryDigit + String.format("%02d", year % 100)
                    + String.format("%06d", random.nextInt(1_000_000));
        }

        String phone() {
            return "09" + String.format("%08d", random.nextInt(100_000_000));
        }

        Petitions.NewPetitioner person(String communeName, boolean representative) {
            return new Petitions.NewPetitioner(name(), HAMLETS[random.nextInt(HAMLETS.length)] + ", " + communeName, idNumber(), phone(), representative);
        }

        AdministrativeUnit commune(String code) {
            return map.findCurrentByCode(code).orElseThrow();
        }

        long communeCommittee(String code) {
            return organizations.findByCode("UBX-" + code).map(Organization::id).orElse(receptionBoard);
        }

        long receive(MatterCategory category, String[] matter, String communeCode, LocalDate receivedOn, List<Petitions.NewPetitioner> people,
                     boolean crowd, Integer crowdSize, Channel channel) {
            AdministrativeUnit unit = commune(communeCode);
            long receiving = random.nextInt(3) == 0 ? communeCommittee(communeCode) : receptionBoard;
            Petitions.Intake intake = petitions.receive(new Petitions.NewPetition(channel,
                    channel == Channel.TRANSFERRED ? "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh" : null, category,
                    MatterField.valueOf(matter[0]), receivedOn, receiving, unit.id(), matter[1] + " " + unit.name().replaceFirst("^(Xã|Phường) ", ""),
                    matter[2] + ".", crowd, crowdSize, null, false, people, List.of()), handler);
            petitionCount++;
            return intake.id();
        }

        long accept(long petitionId, LocalDate on, RuleVariant variant, boolean withLeader) {
            Long caseId = petitions.classify(petitionId, new Petitions.Classification(ClassificationOutcome.ACCEPT, null, null, null, null, variant,
                    on, withLeader ? leaderId : null, List.of(handlerId), null, null, null), handler);
            caseCount++;
            return caseId;
        }

        long document(boolean denunciation, LocalDate on, String subject) {
            String number = (documentNumber++) + (denunciation ? "/KL-UBND" : "/QĐ-UBND");
            return documents.register(new DocumentRegistry.NewDocument(number, null, null, null, null, provinceCommittee, null, on,
                    (denunciation ? "Kết luận nội dung tố cáo: " : "Quyết định giải quyết khiếu nại: ") + subject, DocumentStatus.IN_FORCE,
                    List.of("đơn thư")));
        }

        void conclude(long caseId, LocalDate on, boolean denunciation, boolean notify, LocalDate notifiedOn, Satisfaction closeWith) {
            PetitionCase c = cases.get(caseId, handler);
            cases.conclude(caseId, null, document(denunciation, on, c.title()), denunciation
                    ? "Nội dung tố cáo đúng một phần; kiến nghị kiểm điểm trách nhiệm cán bộ liên quan." : "Giữ nguyên nội dung quyết định bị khiếu nại, giải thích cho người khiếu nại.", on, handler);
            if (notify) {
                cases.notifyParties(caseId, null, notifiedOn, "Gửi quyết định cho người khiếu nại và các bên liên quan", handler);
                if (closeWith != null) {
                    cases.close(caseId, null, notifiedOn, closeWith, closeWith == Satisfaction.UNSATISFIED ? "Công dân chưa đồng ý với kết quả" : null, handler);
                }
            }
        }

        LocalDate daysAgo(int days) {
            return today.minusDays(days);
        }
    }

    /** Named scenarios, then a year of {@code count} petitions; the same seed (on the same day) gives the same data. */
    public Summary generate(int count, long seed) {
        Run run = new Run(seed);
        scenarios(run);
        if (count <= 0) {
            return new Summary(run.petitionCount, run.caseCount);
        }
        DemoYearPlan plan = year.plan(run.today, count, seed).orElse(null);
        if (plan == null) {
            return new Summary(run.petitionCount, run.caseCount);
        }
        DemoYearWriter.Written written = year.write(plan);
        return new Summary(run.petitionCount + written.petitions(), run.caseCount + written.cases());
    }

    private void scenarios(Run r) {
        String[] land = MATTERS[0];
        // a first-instance complaint resolved and closed, then a second-instance complaint to the province, now overdue
        String tanCuong = r.commune("05503").name();
        long first = r.receive(MatterCategory.COMPLAINT, land, "05503", r.daysAgo(100), List.of(r.person(tanCuong, false)), false, null, Channel.IN_PERSON);
        long firstCase = r.accept(first, r.daysAgo(96), RuleVariant.NORMAL, false);
        r.conclude(firstCase, r.daysAgo(70), false, true, r.daysAgo(68), Satisfaction.UNSATISFIED);
        long second = cases.openSecondInstance(firstCase, r.daysAgo(55), r.provinceCommittee, "Công dân không đồng ý với quyết định giải quyết lần đầu", r.handler);
        cases.assign(second, null, List.of(r.handlerId), r.leaderId, r.handler);
        r.caseCount++;

        // duplicates: the same petitioner three times on the same matter, one case; the case is overdue
        Petitions.NewPetitioner same = r.person(r.commune("05830").name(), false);
        long original = r.receive(MatterCategory.COMPLAINT, MATTERS[1], "05830", r.daysAgo(75), List.of(same), false, null, Channel.POST);
        long dupCase = r.accept(original, r.daysAgo(72), RuleVariant.NORMAL, false);
        for (int days : new int[] {45, 12}) {
            long repeated = r.receive(MatterCategory.COMPLAINT, MATTERS[1], "05830", r.daysAgo(days), List.of(same), false, null, Channel.POST);
            petitions.classify(repeated, new Petitions.Classification(ClassificationOutcome.ATTACH, "Đơn trùng nội dung đã thụ lý", null, dupCase,
                    null, null, null, null, null, null, null, null), r.handler);
        }
        cases.demandReport(dupCase, "Báo cáo lý do chậm giải quyết, đề xuất hướng xử lý", r.leader);

        // a crowd delegation (12 people, 3 representatives) on pollution
        String daiTu = r.commune("05908").name();
        long crowd = r.receive(MatterCategory.RECOMMENDATION, MATTERS[2], "05908", r.daysAgo(6),
                List.of(r.person(daiTu, true), r.person(daiTu, true), r.person(daiTu, true)), true, 12, Channel.IN_PERSON);
        r.accept(crowd, r.daysAgo(3), RuleVariant.NORMAL, false);

        // denunciations: identities protected; one complex and extended, one concluded, one anonymous archived
        String voNhai = r.commune("05716").name();
        long denunciation = r.receive(MatterCategory.DENUNCIATION, MATTERS[6], "05716", r.daysAgo(40), List.of(r.person(voNhai, false)), false, null, Channel.POST);
        long denCase = r.accept(denunciation, r.daysAgo(35), RuleVariant.COMPLEX, true);
        cases.plan(denCase, null, "Xác minh hồ sơ chuyển mục đích sử dụng đất năm 2025; làm việc với người bị tố cáo và các hộ liên quan.", r.handler);
        cases.extend(denCase, null, 30, "Vụ việc phức tạp, cần xác minh tại nhiều hộ dân", r.handler);
        long denunciation2 = r.receive(MatterCategory.DENUNCIATION, MATTERS[7], "05569", r.daysAgo(80), List.of(r.person(r.commune("05569").name(), false)), false, null, Channel.ONLINE);
        long denCase2 = r.accept(denunciation2, r.daysAgo(76), RuleVariant.NORMAL, true);
        r.conclude(denCase2, r.daysAgo(50), true, true, r.daysAgo(48), Satisfaction.SATISFIED);
        long anonymous = r.receive(MatterCategory.DENUNCIATION, MATTERS[6], "05443", r.daysAgo(20), List.of(), false, null, Channel.POST);
        petitions.classify(anonymous, new Petitions.Classification(ClassificationOutcome.ARCHIVE, "Đơn không ghi tên, không có căn cứ cụ thể",
                ArchiveReason.ANONYMOUS, null, null, null, null, null, null, null, null, null), r.handler);

        // a suspended complaint, a transferred and a guided petition, an overdue unclassified one, a fresh one
        long suspended = r.receive(MatterCategory.COMPLAINT, MATTERS[3], "05443", r.daysAgo(33), List.of(r.person(r.commune("05443").name(), false)), false, null, Channel.IN_PERSON);
        long suspendedCase = r.accept(suspended, r.daysAgo(30), RuleVariant.NORMAL, false);
        cases.suspend(suspendedCase, null, r.daysAgo(18), "Chờ kết quả giám định của cơ quan chuyên môn", r.handler);
        long transferred = r.receive(MatterCategory.COMPLAINT, MATTERS[8], "01840", r.daysAgo(14), List.of(r.person(r.commune("01840").name(), false)), false, null, Channel.TRANSFERRED);
        petitions.classify(transferred, new Petitions.Classification(ClassificationOutcome.TRANSFER, "Thuộc thẩm quyền của cơ quan thi hành án", null, null, null,
                null, null, null, null, null, "Cục Thi hành án dân sự tỉnh Thái Nguyên", null), r.handler);
        long guided = r.receive(MatterCategory.FEEDBACK, MATTERS[5], "05443", r.daysAgo(9), List.of(r.person(r.commune("05443").name(), false)), false, null, Channel.ONLINE);
        petitions.classify(guided, new Petitions.Classification(ClassificationOutcome.GUIDE, "Hướng dẫn công dân phản ánh trực tiếp tới Chủ tịch UBND phường qua đường dây nóng",
                null, null, null, null, null, null, null, null, null, null), r.handler);
        // a feedback answered and notified (awaiting the citizen's satisfaction), a complaint concluded but not yet notified
        long answered = r.receive(MatterCategory.FEEDBACK, MATTERS[3], "05860", r.daysAgo(28),
                List.of(r.person(r.commune("05860").name(), false)), false, null, Channel.ONLINE);
        long answeredCase = r.accept(answered, r.daysAgo(26), RuleVariant.NORMAL, false);
        r.conclude(answeredCase, r.daysAgo(12), false, true, r.daysAgo(10), null);
        long concluded = r.receive(MatterCategory.COMPLAINT, MATTERS[0], "05503", r.daysAgo(24), List.of(r.person(tanCuong, false)), false, null, Channel.IN_PERSON);
        long concludedCase = r.accept(concluded, r.daysAgo(22), RuleVariant.REMOTE, false);
        r.conclude(concludedCase, r.daysAgo(2), false, false, null, null);
        r.receive(MatterCategory.COMPLAINT, MATTERS[4], "01906", r.daysAgo(25), List.of(r.person(r.commune("01906").name(), false)), false, null, Channel.POST);
        r.receive(MatterCategory.RECOMMENDATION, MATTERS[2], "05503", r.daysAgo(1), List.of(r.person(tanCuong, false)), false, null, Channel.ONLINE);
    }

    static String label(LocalDate date) {
        return VietnameseFormat.date(date);
    }
}
