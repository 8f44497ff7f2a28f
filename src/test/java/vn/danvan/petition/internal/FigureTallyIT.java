package vn.danvan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.danvan.org.UserAccount;
import vn.danvan.petition.ArchiveReason;
import vn.danvan.petition.Cases;
import vn.danvan.petition.Channel;
import vn.danvan.petition.ClassificationOutcome;
import vn.danvan.petition.PetitionStatistics;
import vn.danvan.petition.Petitions;
import vn.danvan.petition.Satisfaction;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.support.IntegrationTest;

/**
 * The running totals behind the petition statistics (FigureTally) always equal their sums over the records: after
 * every kind of change made through the services — intake, each classification outcome, conclusion on time and late,
 * notification, closure with and without satisfaction, a satisfaction recorded later, a second instance — and
 * after concurrent intakes on the same new key, rebuilding the totals from the records changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureTallyIT extends IntegrationTest {

    private static final long SEED = 20260701L;

    @Autowired Petitions petitions;
    @Autowired Cases cases;
    @Autowired PetitionStatistics statistics;
    @Autowired AdministrativeMap map;
    @Autowired Organizations organizations;
    @Autowired DocumentRegistry documents;
    @Autowired JdbcClient jdbc;
    @Autowired FigureTally tally;

    private DanVanUser admin;
    private LocalDate today;
    private AdministrativeUnit commune;
    private long org;
    private long document;
    private String tag;

    @BeforeAll
    void createUnit() {
        admin = new DanVanUser(new UserAccount(1L, "admin", "Quản trị", null, null, null, Role.ADMIN, null, true, 0, null, false, null,
                null, 0), "x", true, Scope.all());
        today = petitions.today();
        AdministrativeUnit province = map.findCurrentByCode("19").orElseThrow();
        tag = Long.toString(System.nanoTime(), 36);
        String code = String.valueOf(80000 + new Random().nextInt(9999));
        commune = map.find(map.addUnit(code, "Xã Cộng Dồn " + tag, UnitKind.COMMUNE, province.id(), LocalDate.of(2025, 7, 1), null))
                .orElseThrow();
        org = organizations.create(new Organizations.NewOrganization("TALLY-" + tag, "UBND xã Cộng Dồn " + tag, null,
                OrganizationKind.PEOPLES_COMMITTEE, commune.id(), null, null, null));
        document = documents.register(new DocumentRegistry.NewDocument("17/QĐ-UBND", null, "Quyết định", null, null, org,
                "UBND xã Cộng Dồn " + tag, today.minusDays(100), "Quyết định giải quyết (kiểm thử cộng dồn)", DocumentStatus.IN_FORCE,
                List.of()));
    }

    private long receive(MatterCategory category, MatterField field, Channel channel, LocalDate receivedOn, boolean crowd, int i) {
        return petitions.receive(new Petitions.NewPetition(channel, channel == Channel.TRANSFERRED ? "Văn phòng UBND tỉnh" : null, category,
                field, receivedOn, org, commune.id(), "Ông Bị Đơn " + i, "Nội dung đơn cộng dồn số " + i + " " + tag, crowd,
                crowd ? 6 : null, null, false, List.of(new Petitions.NewPetitioner("Lê Văn Cộng " + i, "Thôn Hai", null, null, true)),
                List.of()), admin).id();
    }

    private Long classify(long petitionId, ClassificationOutcome outcome, LocalDate acceptedOn, Long targetCase) {
        return switch (outcome) {
            case ACCEPT -> petitions.classify(petitionId, new Petitions.Classification(ClassificationOutcome.ACCEPT, null, null, null, null,
                    null, acceptedOn, null, null, null, null, null), admin);
            case ATTACH -> petitions.classify(petitionId, new Petitions.Classification(ClassificationOutcome.ATTACH, "Đơn trùng", null,
                    targetCase, null, null, null, null, null, null, null, null), admin);
            case TRANSFER -> petitions.classify(petitionId, new Petitions.Classification(ClassificationOutcome.TRANSFER, null, null, null,
                    null, null, null, null, null, null, "Sở Tài nguyên và Môi trường", null), admin);
            case GUIDE -> petitions.classify(petitionId, new Petitions.Classification(ClassificationOutcome.GUIDE, "Hướng dẫn gửi đúng nơi",
                    null, null, null, null, null, null, null, null, null, null), admin);
            case ARCHIVE -> petitions.classify(petitionId, new Petitions.Classification(ClassificationOutcome.ARCHIVE, null,
                    ArchiveReason.OTHER, null, null, null, null, null, null, null, null, null), admin);
        };
    }

    private void assertTotalsEqualTheirRebuild() {
        List<Map<String, Object>> kept = TallyRows.all(jdbc);
        statistics.rebuildTotals();
        assertThat(kept).as("totals kept with each change, against their sums over the records").containsExactlyElementsOf(TallyRows.all(jdbc));
    }

    @Test
    void totalsKeptWithEveryKindOfChangeEqualTheirSumsOverTheRecords() {
        Random random = new Random(SEED);
        MatterCategory[] categories = MatterCategory.values();
        MatterField[] fields = MatterField.values();
        Channel[] channels = Channel.values();
        List<Long> openCases = new ArrayList<>();
        Long firstCase = null;
        for (int i = 0; i < 40; i++) {
            LocalDate received = today.minusDays(1 + random.nextInt(120));
            long id = receive(categories[random.nextInt(categories.length)], fields[random.nextInt(fields.length)],
                    channels[random.nextInt(channels.length)], received, random.nextInt(5) == 0, i);
            int outcome = random.nextInt(100);
            if (outcome < 10) {
                continue;
            }
            if (outcome < 55 || firstCase == null) {
                LocalDate accepted = received.plusDays(random.nextInt(3)).isAfter(today) ? today : received.plusDays(random.nextInt(3));
                long caseId = classify(id, ClassificationOutcome.ACCEPT, accepted, null);
                if (firstCase == null) {
                    firstCase = caseId;
                }
                int fate = random.nextInt(8);
                // on time within the legal limit, or late: concluded long after acceptance
                LocalDate concluded = accepted.plusDays(fate < 3 ? 5 : 70);
                if (fate < 5 && !concluded.isAfter(today)) {
                    cases.conclude(caseId, null, document, "Kết luận (kiểm thử cộng dồn)", concluded, admin);
                    if (fate < 3) {
                        cases.notifyParties(caseId, null, concluded, null, admin);
                        if (fate == 0) {
                            // rated on the tracking page after closure without an answer
                            cases.close(caseId, null, concluded, null, null, admin);
                            cases.recordSatisfaction(caseId, Satisfaction.UNSATISFIED, null, "CITIZEN");
                        } else {
                            cases.close(caseId, null, concluded, fate == 1 ? Satisfaction.SATISFIED : null, null, admin);
                        }
                    }
                } else {
                    openCases.add(caseId);
                }
            } else if (outcome < 65) {
                classify(id, ClassificationOutcome.ATTACH, null, firstCase);
            } else if (outcome < 75) {
                classify(id, ClassificationOutcome.TRANSFER, null, null);
            } else if (outcome < 88) {
                classify(id, ClassificationOutcome.GUIDE, null, null);
            } else {
                classify(id, ClassificationOutcome.ARCHIVE, null, null);
            }
        }
        assertThat(openCases).as("the seed leaves open cases").isNotEmpty();
        assertTotalsEqualTheirRebuild();
    }

    @Test
    void concurrentIntakesOnANewKeyAreAllCounted() throws Exception {
        LocalDate day = today.minusDays(2);
        int threads = 6;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Long>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    for (int i = 0; i < each; i++) {
                        receive(MatterCategory.RECOMMENDATION, MatterField.ENVIRONMENT, Channel.ONLINE, day, false, 1000 + thread * each + i);
                    }
                    return (long) each;
                });
            }
            long received = 0;
            for (Future<Long> done : pool.invokeAll(work)) {
                received += done.get();
            }
            assertThat(received).isEqualTo((long) threads * each);
        } finally {
            pool.shutdown();
        }
        long counted = jdbc.sql("""
                SELECT received FROM petition_tally WHERE grain = 'D' AND period_start = :day AND unit_path = :path
                    AND category = 'RECOMMENDATION' AND field = 'ENVIRONMENT' AND channel = 'ONLINE'""")
                .param("day", day).param("path", commune.rollupPath()).query(Long.class).single();
        assertThat(counted).isEqualTo((long) threads * each);
        assertTotalsEqualTheirRebuild();
    }

    @Test
    void totalsMissingAtStartUpAreFilledFromTheRecords() {
        // a database upgraded to V61 has records and empty totals
        statistics.rebuildTotals();
        List<Map<String, Object>> expected = TallyRows.all(jdbc);
        jdbc.sql("DELETE FROM petition_tally").update();
        jdbc.sql("DELETE FROM case_tally").update();
        tally.fillWhenEmpty();
        assertThat(TallyRows.all(jdbc)).isEqualTo(expected);
    }
}
