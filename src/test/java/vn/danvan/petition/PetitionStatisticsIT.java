package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.document.DocumentStatus;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.OrganizationKind;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.Scope;
import vn.danvan.org.UnitKind;
import vn.danvan.org.UnitSuccession;
import vn.danvan.org.UserAccount;
import vn.danvan.petition.internal.StatisticsRepository.CaseLine;
import vn.danvan.petition.internal.StatisticsRepository.PetitionLine;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.reception.Receptions;
import vn.danvan.reception.VisitOutcome;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;
import vn.danvan.system.PageQuery;

/**
 * The figures reconcile exactly with the records behind them: a controlled, seeded set of petitions, cases and visits
 * in two fresh communes (one with a former commune rolling up into it) is created through the services, and every
 * figure — total, by unit, category, field, channel — is recomputed here from the individual records, for a running
 * period and a past one; the list behind each figure holds exactly the records counted. Scope, the API and the
 * XLSX in the reporting forms' layout are checked over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionStatisticsIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = 20190312L;

    @Autowired Petitions petitions;
    @Autowired Cases cases;
    @Autowired PetitionStatistics statistics;
    @Autowired Receptions receptions;
    @Autowired AdministrativeMap map;
    @Autowired Organizations organizations;
    @Autowired DocumentRegistry documents;

    private DanVanUser admin;
    private LocalDate today;
    private AdministrativeUnit province;
    private AdministrativeUnit commune;
    private AdministrativeUnit former;
    private AdministrativeUnit other;
    private final List<Long> petitionIds = new ArrayList<>();
    private final Set<Long> caseIds = new HashSet<>();
    private int visitsInCommune;
    private int citizensInCommune;
    private int crowdInCommune;

    @BeforeAll
    void createRecords() {
        admin = new DanVanUser(new UserAccount(1L, "admin", "Quản trị", null, null, null, Role.ADMIN, null, true, 0, null, false, null,
                null, 0), "x", true, Scope.all());
        today = petitions.today();
        province = map.findCurrentByCode("19").orElseThrow();
        Random random = new Random(SEED);
        String tag = Long.toString(System.nanoTime(), 36);
        commune = map.find(map.addUnit(freeCode(random), "Xã Thống Kê " + tag, UnitKind.COMMUNE, province.id(), LocalDate.of(2025, 7, 1), null))
                .orElseThrow();
        long formerId = map.addUnit(freeCode(random), "Xã Cũ " + tag, UnitKind.COMMUNE, province.id(), LocalDate.of(2000, 1, 1),
                LocalDate.of(2025, 6, 30));
        map.addSuccession(new UnitSuccession(formerId, commune.id(), UnitSuccession.Share.FULL, true, LocalDate.of(2025, 7, 1),
                "Nghị quyết sắp xếp (kiểm thử)"));
        former = map.find(formerId).orElseThrow();
        other = map.find(map.addUnit(freeCode(random), "Phường Đối Chứng " + tag, UnitKind.WARD, province.id(), LocalDate.of(2025, 7, 1), null))
                .orElseThrow();
        long org = organizations.create(new Organizations.NewOrganization("STAT-" + tag, "UBND xã Thống Kê " + tag, null,
                OrganizationKind.PEOPLES_COMMITTEE, commune.id(), null, null, null));
        long otherOrg = organizations.create(new Organizations.NewOrganization("STAT2-" + tag, "UBND phường Đối Chứng " + tag, null,
                OrganizationKind.PEOPLES_COMMITTEE, other.id(), null, null, null));
        long document = documents.register(new DocumentRegistry.NewDocument((10 + random.nextInt(80)) + "/QĐ-UBND", null, "Quyết định",
                null, null, org, "UBND xã Thống Kê " + tag, today.minusDays(200), "Quyết định giải quyết (kiểm thử)", DocumentStatus.IN_FORCE,
                List.of()));

        MatterCategory[] categories = MatterCategory.values();
        MatterField[] fields = MatterField.values();
        Channel[] channels = Channel.values();
        List<Long> openCases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            AdministrativeUnit unit = i % 3 == 0 ? former : i % 3 == 1 ? commune : other;
            long receiving = unit == other ? otherOrg : org;
            MatterCategory category = categories[random.nextInt(categories.length)];
            Channel channel = channels[random.nextInt(channels.length)];
            LocalDate received = today.minusDays(1 + random.nextInt(170));
            boolean crowd = random.nextInt(6) == 0;
            Petitions.Intake intake = petitions.receive(new Petitions.NewPetition(channel, channel == Channel.TRANSFERRED ? "Văn phòng UBND tỉnh" : null,
                    category, fields[random.nextInt(fields.length)], received, receiving, unit.id(), "Ông Bị Đơn " + i,
                    "Nội dung đơn kiểm thử số " + i + " " + tag, crowd, crowd ? 6 : null, null, false,
                    List.of(new Petitions.NewPetitioner("Nguyễn Văn Đơn " + i, "Thôn Một", null, null, true)), List.of()), admin);
            petitionIds.add(intake.id());
            int outcome = random.nextInt(100);
            if (outcome < 15) {
                continue; // not classified yet
            }
            if (outcome < 60) {
                LocalDate accepted = min(received.plusDays(random.nextInt(4)), today);
                Long caseId = petitions.classify(intake.id(), new Petitions.Classification(ClassificationOutcome.ACCEPT, null, null, null,
                        null, null, accepted, null, null, null, null, null), admin);
                caseIds.add(caseId);
                int fate = random.nextInt(10);
                LocalDate concluded = accepted.plusDays(3 + random.nextInt(55));
                if (fate < 6 && !concluded.isAfter(today)) {
                    cases.conclude(caseId, null, document, "Kết luận (kiểm thử)", concluded, admin);
                    if (fate < 4) {
                        cases.notifyParties(caseId, null, concluded, null, admin);
                        Satisfaction satisfaction = fate == 0 ? null : fate < 3 ? Satisfaction.SATISFIED : Satisfaction.UNSATISFIED;
                        cases.close(caseId, null, concluded, satisfaction, null, admin);
                    }
                } else if (fate == 9) {
                    cases.suspend(caseId, null, min(accepted.plusDays(2), today), "Chờ kết quả giám định (kiểm thử)", admin);
                } else {
                    openCases.add(caseId);
                }
            } else if (outcome < 68 && !caseIds.isEmpty()) {
                long target = caseIds.iterator().next();
                petitions.classify(intake.id(), new Petitions.Classification(ClassificationOutcome.ATTACH, "Đơn trùng", null, target,
                        null, null, null, null, null, null, null, null), admin);
            } else if (outcome < 78) {
                petitions.classify(intake.id(), new Petitions.Classification(ClassificationOutcome.TRANSFER, null, null, null, null, null,
                        null, null, null, null, "Sở Tài nguyên và Môi trường", null), admin);
            } else if (outcome < 88) {
                petitions.classify(intake.id(), new Petitions.Classification(ClassificationOutcome.GUIDE, "Hướng dẫn gửi đúng cơ quan",
                        null, null, null, null, null, null, null, null, null, null), admin);
            } else {
                petitions.classify(intake.id(), new Petitions.Classification(ClassificationOutcome.ARCHIVE, null, ArchiveReason.OTHER,
                        null, null, null, null, null, null, null, null, null), admin);
            }
        }
        assertThat(openCases).as("the seed gives open cases").isNotEmpty();
        for (int i = 0; i < 4; i++) {
            boolean crowd = i == 3;
            int people = crowd ? 7 : 1 + i;
            List<Receptions.NewCitizen> citizens = List.of(new Receptions.NewCitizen("Trần Thị Dân " + i, null, "01918500432" + i, null, crowd));
            receptions.recordVisit(new Receptions.NewVisit(null, today.minusDays(5 + i * 20), org, i == 2 ? former.id() : commune.id(),
                    categories[i], MatterField.LAND, "Công dân trình bày (kiểm thử) " + tag, people, VisitOutcome.ANSWERED_DIRECTLY, null,
                    citizens), Scope.all());
            if (today.minusDays(5 + i * 20).isAfter(today.minusDays(90))) {
                visitsInCommune++;
                citizensInCommune += people;
                crowdInCommune += crowd ? 1 : 0;
            }
        }
    }

    private String freeCode(Random random) {
        while (true) {
            String code = String.valueOf(90000 + random.nextInt(9999));
            if (map.findCurrentByCode(code).isEmpty() && map.search(Scope.all(), new vn.danvan.org.UnitSearch(code, null, null, true),
                    new PageQuery(0, 5, "", false)).items().stream().noneMatch(u -> u.code().equals(code))) {
                return code;
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    // --- the recomputation from the individual records

    private record Records(List<Petition> petitions, List<PetitionCase> cases) {
    }

    private Records records(Predicate<Long> unit) {
        List<Petition> ps = petitionIds.stream().map(id -> petitions.get(id, admin)).filter(p -> unit.test(p.unitId())).toList();
        List<PetitionCase> cs = caseIds.stream().map(id -> cases.get(id, admin)).filter(c -> unit.test(c.unitId())).toList();
        return new Records(ps, cs);
    }

    /** Each figure's definition, written again from the records (StatisticsFigure's documentation), not from the SQL. */
    private static boolean counts(StatisticsFigure figure, Petition p) {
        return switch (figure) {
            case RECEIVED -> true;
            case CLASSIFIED -> p.status() != PetitionStatus.RECEIVED;
            case UNCLASSIFIED -> p.status() == PetitionStatus.RECEIVED;
            case ELIGIBLE -> p.status().isClassified() && p.status() != PetitionStatus.ARCHIVED;
            case ACCEPTED -> p.status() == PetitionStatus.ACCEPTED;
            case ATTACHED -> p.status() == PetitionStatus.ATTACHED;
            case TRANSFERRED -> p.status() == PetitionStatus.TRANSFERRED;
            case GUIDED -> p.status() == PetitionStatus.GUIDED;
            case ARCHIVED -> p.status() == PetitionStatus.ARCHIVED;
            case CROWD_PETITIONS -> p.crowd();
            default -> throw new IllegalArgumentException(figure.name());
        };
    }

    private static boolean counts(StatisticsFigure figure, PetitionCase c, StatisticsPeriod period, LocalDate asOf) {
        boolean resolved = c.concludedOn() != null && period.contains(c.concludedOn());
        boolean pending = c.concludedOn() == null || c.concludedOn().isAfter(asOf);
        return switch (figure) {
            case CASES -> true;
            case CASES_CARRIED_OVER -> c.acceptedOn().isBefore(period.from());
            case CASES_ACCEPTED -> !c.acceptedOn().isBefore(period.from());
            case RESOLVED -> resolved;
            case RESOLVED_ON_TIME -> resolved && (c.dueDate() == null || !c.concludedOn().isAfter(c.dueDate()));
            case RESOLVED_LATE -> resolved && c.dueDate() != null && c.concludedOn().isAfter(c.dueDate());
            case PENDING -> pending;
            case OVERDUE -> pending && c.status() != CaseStatus.SUSPENDED && c.dueDate() != null && asOf.isAfter(c.dueDate());
            case SATISFACTION_RATED -> resolved && c.satisfaction() != null;
            case SATISFIED -> resolved && c.satisfaction() == Satisfaction.SATISFIED;
            default -> throw new IllegalArgumentException(figure.name());
        };
    }

    private static List<Petition> inPeriod(Records r, StatisticsPeriod period) {
        return r.petitions().stream().filter(p -> period.contains(p.receivedOn())).toList();
    }

    private static List<PetitionCase> toResolve(Records r, StatisticsPeriod period) {
        return r.cases().stream().filter(c -> !c.acceptedOn().isAfter(period.to())
                && (c.concludedOn() == null || !c.concludedOn().isBefore(period.from()))).toList();
    }

    private static Map<StatisticsFigure, Long> expected(Records r, StatisticsPeriod period, LocalDate asOf) {
        Map<StatisticsFigure, Long> expected = new EnumMap<>(StatisticsFigure.class);
        for (StatisticsFigure f : StatisticsFigure.values()) {
            switch (f.source()) {
                case PETITION -> expected.put(f, inPeriod(r, period).stream().filter(p -> counts(f, p)).count());
                case CASE -> expected.put(f, toResolve(r, period).stream().filter(c -> counts(f, c, period, asOf)).count());
                case RECEPTION -> { }
            }
        }
        return expected;
    }

    private static void assertFigures(PetitionFigures actual, Map<StatisticsFigure, Long> expected, String what) {
        expected.forEach((figure, count) -> assertThat(actual.get(figure)).as(what + " " + figure).isEqualTo(count));
    }

    private PetitionStatistics.UnitRow row(PetitionStatistics.Report report, AdministrativeUnit unit) {
        return report.byUnit().stream().filter(r -> unit.id() == (r.unitId() == null ? -1 : r.unitId())).findFirst().orElseThrow();
    }

    // --- the tests

    @Test
    void everyFigureEqualsItsRecomputationFromTheRecordsForARunningAndAPastPeriod() {
        // running and past, across month edges, whole months and a whole quarter (the figures read month totals for
        // the months a period covers whole and day totals at its edges)
        LocalDate twoMonthsAgo = today.minusMonths(2);
        LocalDate lastQuarter = today.minusMonths(3);
        List<StatisticsPeriod> periods = List.of(StatisticsPeriod.range(today.minusDays(89), today.plusDays(10)),
                StatisticsPeriod.range(today.minusDays(150), today.minusDays(60)), StatisticsPeriod.reportMonthContaining(today.minusDays(40)),
                StatisticsPeriod.month(twoMonthsAgo.getYear(), twoMonthsAgo.getMonthValue()),
                StatisticsPeriod.quarter(lastQuarter.getYear(), (lastQuarter.getMonthValue() - 1) / 3 + 1),
                StatisticsPeriod.year(today.getYear()));
        for (StatisticsPeriod period : periods) {
            LocalDate asOf = period.asOf(today);
            PetitionStatistics.Report ofCommune = statistics.report(admin, period, commune.id());
            Records inCommune = records(id -> id == commune.id() || id == former.id());
            assertFigures(ofCommune.total(), expected(inCommune, period, asOf), period.label() + " xã");
            // a former commune's records roll up into the commune in force that succeeded it
            assertThat(inCommune.petitions()).anyMatch(p -> p.unitId() == former.id());
            assertThat(ofCommune.byUnit()).extracting(PetitionStatistics.UnitRow::unitId).containsOnly(commune.id());

            PetitionStatistics.Report ofProvince = statistics.report(admin, period, province.id());
            assertFigures(row(ofProvince, commune).figures(), expected(inCommune, period, asOf), period.label() + " dòng xã");
            Records inOther = records(id -> id == other.id());
            assertFigures(row(ofProvince, other).figures(), expected(inOther, period, asOf), period.label() + " dòng phường");
            assertThat(ofProvince.byUnit()).noneMatch(r -> r.unitId() != null && r.unitId() == former.id());

            for (MatterCategory category : MatterCategory.values()) {
                Records ofCategory = new Records(inCommune.petitions().stream().filter(p -> p.category() == category).toList(),
                        inCommune.cases().stream().filter(c -> c.category() == category).toList());
                assertFigures(ofCommune.byCategory().getOrDefault(category, PetitionFigures.ZERO), expected(ofCategory, period, asOf),
                        period.label() + " " + category);
            }
            for (MatterField field : MatterField.values()) {
                Records ofField = new Records(inCommune.petitions().stream().filter(p -> p.field() == field).toList(),
                        inCommune.cases().stream().filter(c -> c.field() == field).toList());
                assertFigures(ofCommune.byField().getOrDefault(field, PetitionFigures.ZERO), expected(ofField, period, asOf),
                        period.label() + " " + field);
            }
            for (Channel channel : Channel.values()) {
                Map<StatisticsFigure, Long> byChannel = expected(new Records(
                        inCommune.petitions().stream().filter(p -> p.channel() == channel).toList(), List.of()), period, asOf);
                byChannel.keySet().removeIf(f -> f.source() != StatisticsFigure.Source.PETITION);
                assertFigures(ofCommune.byChannel().getOrDefault(channel, PetitionFigures.ZERO), byChannel, period.label() + " " + channel);
            }
        }
    }

    @Test
    void theListBehindEachFigureHoldsExactlyTheRecordsCounted() {
        StatisticsPeriod period = StatisticsPeriod.range(today.minusDays(120), today);
        LocalDate asOf = period.asOf(today);
        Records inCommune = records(id -> id == commune.id() || id == former.id());
        PetitionStatistics.Report report = statistics.report(admin, period, province.id());
        for (StatisticsFigure figure : StatisticsFigure.values()) {
            PetitionStatistics.Drill drill = new PetitionStatistics.Drill(period, province.id(), commune.id(), null, null, null, figure);
            switch (figure.source()) {
                case PETITION -> {
                    List<PetitionLine> lines = statistics.petitions(admin, drill, new PageQuery(0, PageQuery.MAX_SIZE, "", false)).items();
                    assertThat(lines).extracting(PetitionLine::id).as(figure.name()).containsExactlyInAnyOrderElementsOf(
                            inPeriod(inCommune, period).stream().filter(p -> counts(figure, p)).map(Petition::id).toList());
                    assertThat((long) lines.size()).isEqualTo(row(report, commune).figures().get(figure));
                }
                case CASE -> {
                    List<CaseLine> lines = statistics.cases(admin, drill, new PageQuery(0, PageQuery.MAX_SIZE, "", false)).items();
                    assertThat(lines).extracting(CaseLine::id).as(figure.name()).containsExactlyInAnyOrderElementsOf(
                            toResolve(inCommune, period).stream().filter(c -> counts(figure, c, period, asOf)).map(PetitionCase::id).toList());
                    assertThat((long) lines.size()).isEqualTo(row(report, commune).figures().get(figure));
                }
                case RECEPTION -> {
                    long total = statistics.visits(admin, drill, new PageQuery(0, PageQuery.MAX_SIZE, "", false)).total();
                    assertThat(total).as(figure.name()).isEqualTo(figure == StatisticsFigure.CROWD_DELEGATIONS ? crowdInCommune
                            : row(report, commune).figures().visits());
                }
            }
        }
        PetitionStatistics.Report recent = statistics.report(admin, StatisticsPeriod.range(today.minusDays(89), today), commune.id());
        assertThat(recent.total().visits()).isEqualTo(visitsInCommune);
        assertThat(recent.total().citizens()).isEqualTo(citizensInCommune);
        assertThat(recent.total().crowdDelegations()).isEqualTo(crowdInCommune);
        assertThat(recent.total().resolved()).isEqualTo(recent.total().resolvedOnTime() + recent.total().resolvedLate());
        assertThat(recent.total().cases()).isEqualTo(recent.total().resolved() + recent.total().pending());
        assertThat(recent.total().cases()).isEqualTo(recent.total().casesCarriedOver() + recent.total().casesAccepted());
    }

    @Test
    void theProvinceSeesARowPerCommuneAndEveryFigureOnThePageLinksToItsList() throws Exception {
        WebSession bdv = session();
        bdv.login("bdv", "demo");
        String period = StatisticsPeriod.range(today.minusDays(120), today).code();
        JsonNode api = JSON.readTree(bdv.getJson("/api/v1/petitions/statistics?from=" + today.minusDays(120) + "&to=" + today).body());
        assertThat(api.path("unitId").asLong()).isEqualTo(province.id());
        assertThat(api.path("sentence").asText()).contains("lượt công dân", "đơn các loại", "vụ việc");
        JsonNode communeRow = null;
        for (JsonNode row : api.path("byUnit")) {
            if (row.path("unitId").asLong() == commune.id()) {
                communeRow = row;
            }
        }
        assertThat(communeRow).isNotNull();
        PetitionStatistics.Report report = statistics.report(admin, StatisticsPeriod.parse(period), province.id());
        PetitionFigures expected = row(report, commune).figures();
        assertThat(communeRow.path("figures").path("counts").path("received").asLong()).isEqualTo(expected.received());
        assertThat(communeRow.path("figures").path("counts").path("resolvedOnTime").asLong()).isEqualTo(expected.resolvedOnTime());

        WebSession.Response page = bdv.get("/petitions/statistics?period=" + period);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#stats-summary")).contains("đã tiếp", "lượt công dân", "tiếp nhận", "đơn các loại");
        var cells = page.html().select("#stats-by-unit tr[data-row=" + commune.id() + "] td[data-figure] a");
        assertThat(cells).isNotEmpty();
        for (var link : cells) {
            WebSession.Response list = bdv.get(link.attr("href"));
            assertThat(list.status()).as(link.attr("href")).isEqualTo(200);
            assertThat(list.text("#list-total")).as(link.attr("href")).isEqualTo("Có " + link.text() + " bản ghi.");
        }
        assertThat(page.html().select("#stats-summary a[data-figure]")).isNotEmpty();
    }

    @Test
    void aCommuneOfficerGetsTheCommuneOnlyAndAnotherUnitAnswers404() throws Exception {
        WebSession xa = session();
        xa.login("xa", "demo");
        AdministrativeUnit tanCuong = map.findCurrentByCode("05503").orElseThrow();
        JsonNode own = JSON.readTree(xa.getJson("/api/v1/petitions/statistics?period=" + today.getYear()).body());
        assertThat(own.path("unitId").asLong()).isEqualTo(tanCuong.id());
        for (JsonNode row : own.path("byUnit")) {
            assertThat(row.path("unitId").asLong()).isEqualTo(tanCuong.id());
        }
        assertThat(xa.getJson("/api/v1/petitions/statistics?unitId=" + commune.id()).status()).isEqualTo(404);
        assertThat(xa.getJson("/api/v1/petitions/statistics?unitId=" + province.id()).status()).isEqualTo(404);
        assertThat(xa.get("/petitions/statistics?unitId=" + commune.id()).status()).isEqualTo(404);
        assertThat(xa.get("/petitions/statistics/list?figure=RECEIVED&unitId=" + commune.id()).status()).isEqualTo(404);
        assertThat(xa.get("/petitions/statistics").status()).isEqualTo(200);
        WebSession.Response bad = xa.getJson("/api/v1/petitions/statistics?period=2026-13");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Không hiểu mã kỳ");
    }

    @Test
    void theSpreadsheetOpensWithTheFormsHeadersAndATotalEqualToTheSumOfTheUnits() throws Exception {
        WebSession bdv = session();
        bdv.login("bdv", "demo");
        StatisticsPeriod period = StatisticsPeriod.range(today.minusDays(150), today);
        WebSession.Response xlsx = bdv.get("/petitions/statistics.xlsx?period=" + period.code());
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        PetitionFigures communeFigures = row(statistics.report(admin, period, province.id()), commune).figures();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertThat(book.getSheet("01-TCD")).isNotNull();
            for (String name : List.of("Tong hop", "01-TCD", "01-XLD", "KQGQ-KN", "KQGQ-TC")) {
                Sheet sheet = book.getSheet(name);
                assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Số liệu tính " + period.dataRange());
                assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
                assertThat(sheet.getMergedRegions()).as("merged headers").hasSizeGreaterThan(4);
                int total = sheet.getLastRowNum();
                assertThat(sheet.getRow(total).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
                Row numbers = sheet.getRow(7);
                for (int c = 2; c < numbers.getLastCellNum(); c++) {
                    if (sheet.getRow(total).getCell(c).getCellStyle().getDataFormatString().contains("0.00")) {
                        continue; // a rate is not a sum
                    }
                    double sum = 0;
                    for (int r = 8; r < total; r++) {
                        sum += value(sheet.getRow(r).getCell(c));
                    }
                    assertThat(value(sheet.getRow(total).getCell(c))).as(name + " column " + numbers.getCell(c).getStringCellValue()).isEqualTo(sum);
                }
            }
            Sheet xld = book.getSheet("01-XLD");
            assertThat(xld.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Tổng số đơn tiếp nhận trong kỳ");
            assertThat(xld.getRow(1).getCell(0).getCellComment().getString().getString()).contains("Thông tư 02/2021/TT-TTCP", "cần đối chiếu");
            Row communeRow = null;
            for (int r = 8; r < xld.getLastRowNum(); r++) {
                if (xld.getRow(r).getCell(1).getStringCellValue().equals(PetitionStatistics.unitName(commune))) {
                    communeRow = xld.getRow(r);
                }
            }
            assertThat(communeRow).isNotNull();
            assertThat(value(communeRow.getCell(2))).isEqualTo(communeFigures.received());
        }
    }

    private static double value(Cell cell) {
        return cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC ? 0 : cell.getNumericCellValue();
    }
}
