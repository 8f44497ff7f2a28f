package vn.danvan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.danvan.petition.CaseSearch;
import vn.danvan.petition.Cases;
import vn.danvan.petition.Channel;
import vn.danvan.petition.ClassificationOutcome;
import vn.danvan.petition.PetitionFigures;
import vn.danvan.petition.PetitionSearch;
import vn.danvan.petition.PetitionStatistics;
import vn.danvan.petition.Petitions;
import vn.danvan.petition.StatisticsPeriod;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.reception.Receptions;
import vn.danvan.reception.VisitOutcome;
import vn.danvan.support.IntegrationTest;
import vn.danvan.system.PageQuery;

/**
 * Petitions and cases store the roll-up path of their unit (decision 0008). When a succession is recorded after the
 * records of a former unit exist, they follow it into its successor: the stored paths become the successor's, its
 * people see them (list and by id), its statistics count them, and the running totals still equal their sums over the
 * records (decision 0012). Reception visits store only unit ids and follow without a refresh.
 */
class UnitPathRefreshIT extends IntegrationTest {

    @Autowired Petitions petitions;
    @Autowired Cases cases;
    @Autowired PetitionStatistics statistics;
    @Autowired Receptions receptions;
    @Autowired AdministrativeMap map;
    @Autowired Organizations organizations;
    @Autowired JdbcClient jdbc;

    private final DanVanUser admin = user(Role.ADMIN, Scope.all());

    private static DanVanUser user(Role role, Scope scope) {
        return new DanVanUser(new UserAccount(1L, "admin", "Quản trị", null, null, null, role, null, true, 0, null, false, null,
                null, 0), "x", true, scope);
    }

    @Test
    void recordsOfAFormerCommuneFollowASuccessionRecordedLater() {
        LocalDate today = petitions.today();
        AdministrativeUnit province = map.findCurrentByCode("19").orElseThrow();
        Random random = new Random();
        String tag = Long.toString(System.nanoTime(), 36);
        // ended with the 2025 reorganisation, its successor not recorded yet
        long formerId = map.addUnit(freeCode(random), "Xã Trước Sáp Nhập " + tag, UnitKind.COMMUNE, province.id(),
                LocalDate.of(2000, 1, 1), LocalDate.of(2025, 6, 30));
        long board = organizations.create(new Organizations.NewOrganization("PATHS-" + tag, "Ban Tiếp công dân kiểm thử " + tag, null,
                OrganizationKind.PEOPLES_COMMITTEE, province.id(), null, null, null));
        LocalDate received = today.minusDays(3);
        long accepted = receive(board, formerId, received, tag, 1);
        long caseId = petitions.classify(accepted, new Petitions.Classification(ClassificationOutcome.ACCEPT, null, null, null, null,
                null, received, null, null, null, null, null), admin);
        long waiting = receive(board, formerId, received, tag, 2);
        receptions.recordVisit(new Receptions.NewVisit(null, received, board, formerId, MatterCategory.FEEDBACK, MatterField.LAND,
                "Công dân phản ánh (kiểm thử địa bàn) " + tag, 1, VisitOutcome.ANSWERED_DIRECTLY, null,
                List.of(new Receptions.NewCitizen("Hoàng Văn Địa", null, "019185004329", null, false))), Scope.all());

        AdministrativeUnit successor = map.find(map.addUnit(freeCode(random), "Xã Sau Sáp Nhập " + tag, UnitKind.COMMUNE, province.id(),
                LocalDate.of(2025, 7, 1), null)).orElseThrow();
        map.addSuccession(new UnitSuccession(formerId, successor.id(), UnitSuccession.Share.FULL, true, LocalDate.of(2025, 7, 1),
                "Nghị quyết sắp xếp (kiểm thử địa bàn)"));

        assertThat(jdbc.sql("SELECT unit_path FROM petition WHERE id IN (:ids)").param("ids", List.of(accepted, waiting))
                .query(String.class).list()).containsOnly(successor.path());
        assertThat(jdbc.sql("SELECT unit_path FROM petition_case WHERE id = :id").param("id", caseId).query(String.class).single())
                .isEqualTo(successor.path());

        DanVanUser leader = user(Role.LEADER, new Scope(Scope.Breadth.UNIT, "/", successor.path()));
        assertThat(petitions.search(leader, PetitionSearch.all(), new PageQuery(0, 50, "", false)).items())
                .extracting(row -> row.petition().id()).containsExactlyInAnyOrder(accepted, waiting);
        assertThat(cases.search(leader, CaseSearch.all(), new PageQuery(0, 50, "", false)).items())
                .extracting(c -> c.id()).containsExactly(caseId);
        assertThat(petitions.get(waiting, leader).id()).isEqualTo(waiting);
        assertThat(cases.get(caseId, leader).id()).isEqualTo(caseId);

        StatisticsPeriod period = StatisticsPeriod.range(today.minusDays(30), today);
        PetitionFigures figures = statistics.report(leader, period, successor.id()).total();
        assertThat(figures.received()).isEqualTo(2);
        assertThat(figures.accepted()).isEqualTo(1);
        assertThat(figures.unclassified()).isEqualTo(1);
        assertThat(figures.casesAccepted()).isEqualTo(1);
        // the successor's leader sees the visits its own bodies received; the province board's visit counts for the successor
        assertThat(statistics.report(admin, period, successor.id()).total().visits())
                .as("visits store the unit id and follow without a refresh").isEqualTo(1);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'PETITION_UNIT_PATH_MOVED' AND entity_id = :id")
                .param("id", String.valueOf(formerId)).query(Long.class).single()).isEqualTo(1);

        List<Map<String, Object>> kept = TallyRows.all(jdbc);
        statistics.rebuildTotals();
        assertThat(kept).as("totals after the move, against their sums over the records").containsExactlyElementsOf(TallyRows.all(jdbc));
    }

    private long receive(long organization, long unit, LocalDate receivedOn, String tag, int i) {
        return petitions.receive(new Petitions.NewPetition(Channel.IN_PERSON, null, MatterCategory.COMPLAINT, MatterField.LAND, receivedOn,
                organization, unit, "Ông Bị Đơn " + i, "Khiếu nại đất đai (kiểm thử địa bàn) số " + i + " " + tag, false, null, null,
                false, List.of(new Petitions.NewPetitioner("Lý Thị Địa Bàn " + i, "Thôn Ba", null, null, true)), List.of()), admin).id();
    }

    private String freeCode(Random random) {
        while (true) {
            String code = String.valueOf(70000 + random.nextInt(9999));
            if (jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE code = :code").param("code", code).query(Long.class).single() == 0) {
                return code;
            }
        }
    }
}
