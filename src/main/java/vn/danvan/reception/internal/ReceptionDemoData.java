package vn.danvan.reception.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
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
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.org.Scope;
import vn.danvan.org.UnitLevel;
import vn.danvan.org.UnitSearch;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.reception.ReceivedBy;
import vn.danvan.reception.ReceptionSession;
import vn.danvan.reception.Receptions;
import vn.danvan.reception.SessionKind;
import vn.danvan.reception.VisitOutcome;
import vn.danvan.system.DeploymentMode;
import vn.danvan.system.PageQuery;

/**
 * A year (2026, up to today by the clock) of citizen reception in the demo province, generated reproducibly (fixed
 * seed): the province chairman's monthly day, the commune chairmen's days by the rule in force (weekly until
 * 30/6/2026, twice a month from 1/7/2026) with a few missed and one received by a deputy after the change, the
 * Party secretary's monthly day, the regular desks of Ban Tiếp công dân tỉnh (every working day) and of the communes'
 * People's Committees (Tuesdays), and a few hundred visits across the demo communes: categories and fields in the
 * proportions of the seed reports (land first), some crowd delegations with their representatives, some
 * denunciations (identities encrypted), outcomes spread, most answered in time.
 */
@Component
@Order(55)
class ReceptionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReceptionDemoData.class);
    private static final int YEAR = 2026;
    private static final LocalDate NO_DELEGATION = LocalDate.of(2026, 7, 1);

    private static final String[] COMMUNE_CODES = {"05443", "05710", "05467", "05518", "05860", "05503", "05830", "05908", "05569",
            "05716", "01840", "01843", "01906", "02020", "02155"};
    private static final String[][] COMMUNE_HEADS = {
            {"UBX-05503", "DUX-05503", "Lương Văn Thành", "Đinh Văn Quý", "Ma Thị Hồng"},
            {"UBX-05443", "DUX-05443", "Trần Quốc Hưng", "Nguyễn Thị Thu", "Dương Văn Tám"},
            {"UBX-01843", "DUX-01843", "Hoàng Văn Chiến", "Lục Thị Nga", "Nông Văn Lâm"},
            {"UBX-01906", "DUX-01906", "Triệu Văn Phúc", "Hà Văn Khánh", "Lý Thị Xuân"}};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý",
            "Ma", "Hà", "Nông", "Triệu", "Lục", "Đinh"};
    private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Minh", "Hữu", "Quang", "Xuân"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Ngọc", "Thanh", "Thu"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Long", "Nam", "Phúc", "Quân", "Sơn",
            "Thắng", "Tuấn", "Toàn", "Khoa"};
    private static final String[] GIVEN_FEMALE = {"Hà", "Hạnh", "Hoa", "Hương", "Lan", "Mai", "Thảo", "Vân", "Yến", "Nhung", "Loan"};
    private static final String[] HAMLETS = {"Xóm Nam Đồng", "Xóm Soi Mít", "Tổ dân phố 3", "Tổ dân phố 7", "Xóm Gò Pháo", "Thôn Nà Pài",
            "Thôn Bản Chang", "Xóm Đồng Bục", "Tổ dân phố 12", "Thôn Khuổi Đắng"};

    /** Content per category and field; the proportions follow the seed reports (land first). */
    private static final Object[][] MATTERS = {
            {MatterCategory.COMPLAINT, MatterField.LAND, 14, "Khiếu nại Quyết định thu hồi đất và phương án bồi thường, hỗ trợ tái định cư dự án khu dân cư"},
            {MatterCategory.COMPLAINT, MatterField.LAND, 8, "Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất chồng lấn ranh giới thửa đất của gia đình"},
            {MatterCategory.COMPLAINT, MatterField.SOCIAL_POLICY, 4, "Khiếu nại việc không được xét hưởng trợ cấp xã hội hằng tháng"},
            {MatterCategory.COMPLAINT, MatterField.ADMINISTRATION, 3, "Khiếu nại hành vi chậm giải quyết hồ sơ thủ tục hành chính tại bộ phận một cửa"},
            {MatterCategory.DENUNCIATION, MatterField.LAND, 3, "Tố cáo cán bộ địa chính xã có hành vi sai phạm trong đo đạc, xác nhận nguồn gốc đất"},
            {MatterCategory.DENUNCIATION, MatterField.PARTY_AND_CADRES, 2, "Tố cáo cán bộ thôn thu tiền đóng góp xây dựng đường giao thông nông thôn không đúng quy định"},
            {MatterCategory.DENUNCIATION, MatterField.FINANCE, 2, "Tố cáo sai phạm trong quản lý, sử dụng kinh phí hỗ trợ sản xuất nông nghiệp"},
            {MatterCategory.RECOMMENDATION, MatterField.LAND, 12, "Kiến nghị xem xét lại đơn giá bồi thường đất nông nghiệp khi Nhà nước thu hồi đất"},
            {MatterCategory.RECOMMENDATION, MatterField.SOCIAL_POLICY, 6, "Kiến nghị giải quyết chế độ chính sách cho người có công với cách mạng"},
            {MatterCategory.RECOMMENDATION, MatterField.CONSTRUCTION, 5, "Kiến nghị cấp giấy phép xây dựng nhà ở trên đất đã được cấp giấy chứng nhận"},
            {MatterCategory.RECOMMENDATION, MatterField.ENVIRONMENT, 4, "Kiến nghị xử lý ô nhiễm tiếng ồn, bụi từ cơ sở khai thác khoáng sản gần khu dân cư"},
            {MatterCategory.RECOMMENDATION, MatterField.JUSTICE, 3, "Kiến nghị đẩy nhanh việc thi hành bản án dân sự về tranh chấp quyền sử dụng đất"},
            {MatterCategory.FEEDBACK, MatterField.LAND, 7, "Phản ánh việc lấn chiếm đất công, đất hành lang giao thông để xây dựng công trình"},
            {MatterCategory.FEEDBACK, MatterField.ENVIRONMENT, 5, "Phản ánh trang trại chăn nuôi gây ô nhiễm nguồn nước sinh hoạt của khu dân cư"},
            {MatterCategory.FEEDBACK, MatterField.CONSTRUCTION, 4, "Phản ánh công trình đường giao thông xuống cấp sau khi nghiệm thu, đề nghị kiểm tra chất lượng"},
            {MatterCategory.FEEDBACK, MatterField.ADMINISTRATION, 3, "Phản ánh thái độ, tinh thần phục vụ chưa tốt của công chức khi tiếp nhận hồ sơ"},
            {MatterCategory.FEEDBACK, MatterField.OTHER, 2, "Phản ánh tình trạng mất an ninh trật tự, tụ tập gây ồn ào ban đêm tại khu dân cư"}};
    private static final String[] TRANSFER_TARGETS = {"Thanh tra tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ", "Công an tỉnh",
            "Ủy ban nhân dân xã nơi phát sinh vụ việc"};

    private final DeploymentMode mode;
    private final Receptions receptions;
    private final ReceptionRepository repository;
    private final Organizations organizations;
    private final AdministrativeMap map;
    private final WorkingCalendar calendar;
    private final Map<Long, Long> unitOfOrganization = new java.util.HashMap<>();

    ReceptionDemoData(DeploymentMode mode, Receptions receptions, ReceptionRepository repository, Organizations organizations,
                      AdministrativeMap map, WorkingCalendar calendar) {
        this.mode = mode;
        this.receptions = receptions;
        this.repository = repository;
        this.organizations = organizations;
        this.map = map;
        this.calendar = calendar;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.isDemo() || repository.countSessions() > 0) {
            return;
        }
        LocalDate today = receptions.today();
        if (today.getYear() < YEAR) {
            return;
        }
        LocalDate last = today.getYear() > YEAR ? LocalDate.of(YEAR, 12, 31) : today;
        Map<String, Long> orgs = new LinkedHashMap<>();
        for (String code : List.of("TN-UBND", "TN-TU", "TN-BTCD", "UBX-05503", "UBX-05443", "UBX-01843", "UBX-01906",
                "DUX-05503", "DUX-05443", "DUX-01843", "DUX-01906")) {
            organizations.findByCode(code).map(Organization::id).ifPresent(id -> orgs.put(code, id));
        }
        if (!orgs.containsKey("TN-UBND") || !orgs.containsKey("TN-BTCD")) {
            log.warn("Demo reception skipped: the demo organizations are missing");
            return;
        }
        Random random = new Random(20260701L);
        Map<Long, List<ReceptionSession>> held = new LinkedHashMap<>();
        int sessions = 0;

        // the province chairman: one day a month, at the provincial reception office
        for (int m = 1; m <= last.getMonthValue(); m++) {
            LocalDate day = workingDayFrom(LocalDate.of(YEAR, m, 15));
            ReceivedBy by = m == 4 || m == 10 ? ReceivedBy.DEPUTY : ReceivedBy.HEAD;
            sessions += session(held, SessionKind.HEAD_PERIODIC, orgs.get("TN-UBND"), day, last, true, "Trụ sở Tiếp công dân tỉnh",
                    "Trịnh Quang Minh", "Chủ tịch UBND tỉnh", by, "Lê Thị Hòa", "Phó Chủ tịch UBND tỉnh");
        }
        // the provincial Party secretary: one day a month (Kết luận 215-KL/TW)
        if (orgs.containsKey("TN-TU")) {
            for (int m = 1; m <= last.getMonthValue(); m++) {
                LocalDate day = workingDayFrom(LocalDate.of(YEAR, m, 20));
                sessions += session(held, SessionKind.PARTY_HEAD_PERIODIC, orgs.get("TN-TU"), day, last, true, "Trụ sở Tiếp công dân tỉnh",
                        "Phạm Đức Cường", "Bí thư Tỉnh ủy", ReceivedBy.HEAD, null, null);
            }
        }
        // the commune chairmen: weekly until 30/6/2026, twice a month from 1/7/2026 (Luật 136/2025/QH15)
        for (String[] commune : COMMUNE_HEADS) {
            Long organization = orgs.get(commune[0]);
            if (organization == null) {
                continue;
            }
            for (LocalDate monday : mondaysOfWeeksBefore(NO_DELEGATION)) {
                Optional<LocalDate> day = workingDayOfWeek(monday);
                if (day.isEmpty() || day.get().isAfter(last)) {
                    continue;
                }
                boolean missed = random.nextInt(100) < 7;
                sessions += session(held, SessionKind.HEAD_PERIODIC, organization, day.get(), last, !missed, "Trụ sở UBND xã",
                        commune[2], "Chủ tịch UBND", ReceivedBy.HEAD, null, null);
            }
            for (int m = 7; m <= last.getMonthValue(); m++) {
                for (int startDay : new int[] {8, 22}) {
                    LocalDate day = workingDayFrom(LocalDate.of(YEAR, m, startDay));
                    boolean missed = random.nextInt(100) < 8;
                    // one session received by a deputy after the change: kept, warned, not counted
                    boolean deputy = commune[0].equals("UBX-01906") && m == 9 && startDay == 22;
                    sessions += session(held, SessionKind.HEAD_PERIODIC, organization, day, last, !missed, "Trụ sở UBND xã",
                            commune[2], "Chủ tịch UBND", deputy ? ReceivedBy.DEPUTY : ReceivedBy.HEAD, commune[3], "Phó Chủ tịch UBND");
                }
            }
            Long party = orgs.get(commune[1]);
            if (party != null) {
                for (int m = 1; m <= last.getMonthValue(); m++) {
                    for (int startDay : new int[] {10, 24}) {
                        LocalDate day = workingDayFrom(LocalDate.of(YEAR, m, startDay));
                        sessions += session(held, SessionKind.PARTY_HEAD_PERIODIC, party, day, last, random.nextInt(100) >= 5,
                                "Trụ sở Đảng ủy xã", commune[4], "Bí thư Đảng ủy", ReceivedBy.HEAD, null, null);
                    }
                }
            }
        }
        // the regular desks: Ban Tiếp công dân tỉnh every working day, the communes' People's Committees on Tuesdays
        for (LocalDate day = LocalDate.of(YEAR, 1, 1); !day.isAfter(last); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            sessions += desk(held, orgs.get("TN-BTCD"), day, "Trụ sở Tiếp công dân tỉnh", List.of(
                    new ReceptionSession.Official("Vũ Văn Tiếp Dân", "Chuyên viên Ban Tiếp công dân"),
                    new ReceptionSession.Official("Đào Thị Minh", "Phó Trưởng Ban Tiếp công dân tỉnh")));
            if (day.getDayOfWeek() == DayOfWeek.TUESDAY) {
                for (String[] commune : COMMUNE_HEADS) {
                    if (orgs.containsKey(commune[0])) {
                        sessions += desk(held, orgs.get(commune[0]), day, "Bộ phận tiếp công dân UBND xã",
                                List.of(new ReceptionSession.Official("Công chức tư pháp - hộ tịch", "Công chức")));
                    }
                }
            }
        }
        int visits = visits(held, orgs, last, random);
        log.info("Demo reception: {} sessions, {} visits in {}", sessions, visits, YEAR);
    }

    private int session(Map<Long, List<ReceptionSession>> held, SessionKind kind, long organization, LocalDate day, LocalDate last,
                        boolean heldIfPast, String place, String head, String headTitle, ReceivedBy by, String deputy,
                        String deputyTitle) {
        boolean isHeld = heldIfPast && !day.isAfter(last);
        ReceivedBy receivedBy = isHeld ? by : null;
        boolean byDeputy = receivedBy == ReceivedBy.DEPUTY;
        insert(held, new ReceptionSession(0, kind, organization, unitOf(organization), day, isHeld, isHeld ? day : null, place, head,
                headTitle, receivedBy, byDeputy ? deputy : null, byDeputy ? deputyTitle : null,
                !heldIfPast && day.isBefore(last) ? "Hoãn do lãnh đạo bận công tác đột xuất" : null, List.of(), 0));
        return 1;
    }

    private int desk(Map<Long, List<ReceptionSession>> held, long organization, LocalDate day, String place,
                     List<ReceptionSession.Official> officials) {
        insert(held, new ReceptionSession(0, SessionKind.REGULAR_DESK, organization, unitOf(organization), day, true, day, place, null,
                null, null, null, null, null, officials, 0));
        return 1;
    }

    /** Generated sessions are valid by construction: written directly, without an audit entry per row (like the other demo data). */
    private void insert(Map<Long, List<ReceptionSession>> held, ReceptionSession session) {
        long id = repository.insertSession(session, session.plannedOn().atTime(8, 0).atOffset(ZoneOffset.ofHours(7)), "demo");
        if (session.held()) {
            held.computeIfAbsent(session.organizationId(), k -> new ArrayList<>()).add(new ReceptionSession(id, session.kind(),
                    session.organizationId(), session.unitId(), session.plannedOn(), true, session.heldOn(), session.place(),
                    session.headName(), session.headTitle(), session.receivedBy(), session.deputyName(), session.deputyTitle(),
                    session.note(), session.officials(), 0));
        }
    }

    private long unitOf(long organization) {
        return unitOfOrganization.computeIfAbsent(organization, id -> organizations.find(id).orElseThrow().unitId());
    }

    private int visits(Map<Long, List<ReceptionSession>> held, Map<String, Long> orgs, LocalDate last, Random random) {
        List<AdministrativeUnit> communes = new ArrayList<>();
        for (String code : COMMUNE_CODES) {
            map.findCurrentByCode(code).ifPresent(communes::add);
        }
        // a matter recorded under a former commune rolls up into today's (Xã Thịnh Đức → Xã Tân Cương)
        Optional<AdministrativeUnit> formerThinhDuc = map.search(Scope.all(), new UnitSearch("05497", UnitLevel.COMMUNE, null, true),
                PageQuery.of(0, 10, null, null)).items().stream().filter(u -> u.code().equals("05497")).findFirst();
        Map<Long, AdministrativeUnit> communeOfOrganization = new LinkedHashMap<>();
        for (String[] commune : COMMUNE_HEADS) {
            Long id = orgs.get(commune[0]);
            if (id != null) {
                organizations.find(id).flatMap(o -> map.find(o.unitId())).ifPresent(u -> communeOfOrganization.put(id, u));
            }
        }
        int total = 0;
        int weightSum = 0;
        for (Object[] matter : MATTERS) {
            weightSum += (Integer) matter[2];
        }
        int howMany = (int) Math.round(380 * Math.min(1.0, (last.getDayOfYear() + 1) / 365.0));
        List<Long> receivers = new ArrayList<>(held.keySet());
        receivers.removeIf(id -> orgs.get("TN-TU") != null && id.equals(orgs.get("TN-TU")));
        for (int i = 0; i < howMany; i++) {
            int draw = random.nextInt(100);
            long organization = draw < 58 ? orgs.get("TN-BTCD") : draw < 68 ? orgs.get("TN-UBND")
                    : new ArrayList<>(communeOfOrganization.keySet()).get(random.nextInt(communeOfOrganization.size()));
            List<ReceptionSession> sessions = held.getOrDefault(organization, List.of());
            if (sessions.isEmpty()) {
                continue;
            }
            ReceptionSession session = sessions.get(random.nextInt(sessions.size()));
            Object[] matter = pick(random, weightSum);
            MatterCategory category = (MatterCategory) matter[0];
            MatterField field = (MatterField) matter[1];
            AdministrativeUnit unit = communeOfOrganization.containsKey(organization) ? communeOfOrganization.get(organization)
                    : communes.get(random.nextInt(communes.size()));
            if (formerThinhDuc.isPresent() && unit.code().equals("05503") && random.nextInt(3) == 0) {
                unit = formerThinhDuc.get();
            }
            boolean crowd = category != MatterCategory.DENUNCIATION && random.nextInt(100) < 6;
            int count = crowd ? (random.nextInt(3) == 0 ? 11 + random.nextInt(30) : 5 + random.nextInt(6)) : random.nextInt(100) < 85 ? 1 : 2;
            int representatives = !crowd ? 0 : count <= 10 ? 1 + random.nextInt(2) : 2 + random.nextInt(4);
            int listed = crowd ? representatives : count;
            List<Receptions.NewCitizen> citizens = new ArrayList<>();
            for (int c = 0; c < listed; c++) {
                citizens.add(citizen(random, unit.name(), crowd));
            }
            VisitOutcome outcome = outcome(random, category);
            String content = (String) matter[3] + (crowd ? " (đoàn " + count + " người)" : "");
            long id = receptions.recordVisit(new Receptions.NewVisit(session.id(), session.heldOn(), organization, unit.id(), category, field,
                    content, count, outcome, outcome == VisitOutcome.TRANSFERRED ? TRANSFER_TARGETS[random.nextInt(TRANSFER_TARGETS.length)] : null,
                    citizens), Scope.all());
            answer(id, last, random);
            total++;
        }
        return total;
    }

    private Object[] pick(Random random, int weightSum) {
        int draw = random.nextInt(weightSum);
        for (Object[] matter : MATTERS) {
            draw -= (Integer) matter[2];
            if (draw < 0) {
                return matter;
            }
        }
        return MATTERS[0];
    }

    private static VisitOutcome outcome(Random random, MatterCategory category) {
        int draw = random.nextInt(100);
        if (category == MatterCategory.DENUNCIATION) {
            return draw < 70 ? VisitOutcome.PETITION_RECEIVED : VisitOutcome.TRANSFERRED;
        }
        return draw < 35 ? VisitOutcome.GUIDED : draw < 65 ? VisitOutcome.PETITION_RECEIVED : draw < 80 ? VisitOutcome.TRANSFERRED
                : VisitOutcome.ANSWERED_DIRECTLY;
    }

    /** Most citizens waiting for an answer get it in time, some late, the most recent not yet. */
    private void answer(long id, LocalDate last, Random random) {
        ReceptionRepository.VisitRow visit = repository.findVisit(id).orElseThrow();
        if (visit.answeredOn() != null || visit.answerDue() == null) {
            return;
        }
        int draw = random.nextInt(100);
        LocalDate on;
        if (draw < 80) {
            on = visit.receivedOn().plusDays(2 + random.nextInt(8));
            if (on.isAfter(visit.answerDue())) {
                on = visit.answerDue();
            }
        } else if (draw < 92) {
            on = visit.answerDue().plusDays(1 + random.nextInt(15));
        } else {
            return;
        }
        if (!on.isAfter(last)) {
            repository.updateAnswer(id, visit.version(), on, "Đã có văn bản trả lời công dân");
        }
    }

    private static Receptions.NewCitizen citizen(Random random, String communeName, boolean crowd) {
        boolean female = random.nextBoolean();
        String name = FAMILY[random.nextInt(FAMILY.length)] + " "
                + (female ? MIDDLE_FEMALE[random.nextInt(MIDDLE_FEMALE.length)] : MIDDLE_MALE[random.nextInt(MIDDLE_MALE.length)]) + " "
                + (female ? GIVEN_FEMALE[random.nextInt(GIVEN_FEMALE.length)] : GIVEN_MALE[random.nextInt(GIVEN_MALE.length)]);
        int birthYear = 1950 + random.nextInt(56);
        int centuryDigit = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
        String province = random.nextInt(4) == 0 ? "006" : "019";
        String idNumber = province + centuryDigit + String.format("%02d", birthYear % 100) + String.format("%06d", random.nextInt(1_000_000));
        String phone = "09" + String.format("%08d", random.nextInt(100_000_000));
        String address = HAMLETS[random.nextInt(HAMLETS.length)] + ", " + communeName + ", tỉnh Thái Nguyên";
        return new Receptions.NewCitizen(name, address, idNumber, phone, crowd);
    }

    /** The first working day on or after a day (the 15th of the month, or the next working day). */
    private LocalDate workingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Thursday of the week, else the nearest other working day of that week; empty for a week off (Tết). */
    private Optional<LocalDate> workingDayOfWeek(LocalDate monday) {
        for (int offset : new int[] {3, 4, 2, 1, 0}) {
            LocalDate d = monday.plusDays(offset);
            if (calendar.isWorkingDay(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static List<LocalDate> mondaysOfWeeksBefore(LocalDate end) {
        List<LocalDate> mondays = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(YEAR, m);
            if (!month.atDay(1).isBefore(end)) {
                break;
            }
            mondays.addAll(vn.danvan.reception.MonthCompliance.weeksOf(month));
        }
        mondays.removeIf(monday -> !monday.plusDays(3).isBefore(end));
        return mondays;
    }
}
