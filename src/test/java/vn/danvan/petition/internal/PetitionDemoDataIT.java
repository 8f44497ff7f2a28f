package vn.danvan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.petition.CaseStatus;
import vn.danvan.petition.PetitionStatus;
import vn.danvan.petition.Petitions;
import vn.danvan.support.IntegrationTest;

/**
 * The demo year as loaded at first start: a few thousand petitions across the province in every status, cases in every
 * status with some overdue, crowd delegations, repeated petitions attached to one case per matter, denouncers'
 * identities only encrypted — reproducible from the seed — and due dates that are exactly the legal clock's, so that
 * recomputing them over the whole demo moves none, quickly.
 */
class PetitionDemoDataIT extends IntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired Petitions petitions;
    @Autowired DemoYearWriter writer;
    @Autowired DeadlineRecalculation recalculation;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Set<String> values(String sql) {
        return Set.copyOf(jdbc.sql(sql).query(String.class).list());
    }

    @Test
    void aYearOfAFewThousandPetitionsAcrossTheProvinceInEveryStatus() {
        LocalDate today = petitions.today();
        long demo = count("SELECT COUNT(*) FROM petition WHERE created_by IN ('tiepdan', 'demo')");
        assertThat(demo).isBetween(2800L, 3300L);
        assertThat(values("SELECT DISTINCT status FROM petition"))
                .containsAll(java.util.Arrays.stream(PetitionStatus.values()).map(Enum::name).toList());
        assertThat(values("SELECT DISTINCT status FROM petition_case"))
                .containsAll(java.util.Arrays.stream(CaseStatus.values()).map(Enum::name).toList());
        assertThat(values("SELECT DISTINCT channel FROM petition")).contains("IN_PERSON", "POST", "ONLINE", "TRANSFERRED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM petition WHERE received_on < :from").param("from", today.minusDays(365)).query(Long.class).single())
                .as("within the last twelve months (the showcase's second instance aside)").isZero();
        assertThat(count("SELECT COUNT(DISTINCT unit_id) FROM petition")).as("communes and the province").isGreaterThanOrEqualTo(15);
        assertThat(count("SELECT COUNT(DISTINCT receiving_org_id) FROM petition")).as("the board, departments, communes").isGreaterThanOrEqualTo(8);
        Map<String, Long> byCategory = jdbc.sql("SELECT category, COUNT(*) AS n FROM petition GROUP BY category")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long all = byCategory.values().stream().mapToLong(Long::longValue).sum();
        assertThat((double) byCategory.get("COMPLAINT") / all).isBetween(0.18, 0.33);
        assertThat((double) byCategory.get("DENUNCIATION") / all).isBetween(0.05, 0.12);
        assertThat((double) count("SELECT COUNT(*) FROM petition WHERE field = 'LAND'") / all).as("land first").isGreaterThan(0.35);
        assertThat(count("SELECT COUNT(*) FROM petition WHERE crowd = TRUE AND petitioner_count >= 5")).isGreaterThan(30);
    }

    @Test
    void casesInEveryStatusMostlyOnTimeSomeLateSomeOverdueWithSatisfactionOnClosedOnes() {
        LocalDate today = petitions.today();
        long overdue = jdbc.sql("SELECT COUNT(*) FROM petition_case WHERE status IN ('ACCEPTED', 'VERIFYING') AND due_date < :today")
                .param("today", today).query(Long.class).single();
        assertThat(overdue).as("some overdue, fewer than a page of 200").isBetween(10L, 150L);
        long resolved = count("SELECT COUNT(*) FROM petition_case WHERE concluded_on IS NOT NULL");
        long late = count("SELECT COUNT(*) FROM petition_case WHERE concluded_on > due_date");
        assertThat((double) late / resolved).isBetween(0.03, 0.2);
        assertThat(count("SELECT COUNT(*) FROM petition_case WHERE instance_no = 2")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM petition_case WHERE extensions_used > 0")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM case_report_demand")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM petition_case WHERE satisfaction IS NOT NULL AND status NOT IN ('NOTIFIED', 'CLOSED')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM petition_case WHERE status = 'CLOSED' AND satisfaction IS NOT NULL")).isGreaterThan(500);
        // every case has its log from acceptance, and its version counts the state-changing actions
        assertThat(count("SELECT COUNT(*) FROM petition_case c WHERE NOT EXISTS (SELECT 1 FROM case_transition t WHERE t.case_id = c.id"
                + " AND t.action IN ('ACCEPT', 'OPEN_SECOND_INSTANCE') AND t.from_status IS NULL)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM petition_case c WHERE c.status <> (SELECT t.to_status FROM case_transition t WHERE t.case_id = c.id"
                + " ORDER BY t.happened_at DESC, t.id DESC LIMIT 1)")).as("the last transition leads to the case's status").isZero();
        assertThat(count("SELECT COUNT(*) FROM petition_case c WHERE c.status IN ('CONCLUDED', 'NOTIFIED', 'CLOSED') AND NOT EXISTS"
                + " (SELECT 1 FROM case_clock_event e WHERE e.case_id = c.id AND e.kind = 'STOP')")).isZero();
    }

    @Test
    void repeatedPetitionsAttachToTheOneCaseOfTheirMatter() {
        assertThat(count("SELECT COUNT(*) FROM petition WHERE status = 'ATTACHED'")).isGreaterThan(100);
        // the demo's petitions and cases (other tests of the run share the database)
        List<String> codes = writer.plan(petitions.today(), PetitionDemoData.YEAR_PETITIONS, PetitionDemoData.SEED).orElseThrow().petitions()
                .stream().map(DemoYearPlan.PlannedPetition::trackingCode).toList();
        java.util.Set<String> demoCodes = new java.util.HashSet<>(codes);
        List<String> badlyAttached = jdbc.sql("SELECT p.tracking_code FROM petition p WHERE p.status = 'ATTACHED' AND (p.case_id IS NULL"
                + " OR p.duplicate_of_id IS NULL OR NOT EXISTS (SELECT 1 FROM petition o WHERE o.id = p.duplicate_of_id"
                + " AND o.case_id = p.case_id AND o.received_on <= p.received_on))").query(String.class).list();
        assertThat(badlyAttached.stream().filter(demoCodes::contains).toList()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM petition_case c WHERE c.instance_no = 1 AND c.petition_count <>"
                + " (SELECT COUNT(*) FROM petition p WHERE p.case_id = c.id)"
                + " AND c.id IN (SELECT case_id FROM petition WHERE tracking_code IN (:codes))").param("codes", codes).query(Long.class).single())
                .as("a case counts its petitions").isZero();
        assertThat(count("SELECT COUNT(*) FROM petition_case WHERE petition_count > 1")).isGreaterThan(50);
    }

    @Test
    void noDenouncerIdentityIsStoredInPlaintext_LuatToCao2018Art47() {
        assertThat(count("SELECT COUNT(*) FROM petitioner r JOIN petition p ON p.id = r.petition_id WHERE p.category = 'DENUNCIATION'"))
                .isGreaterThan(50);
        assertThat(count("SELECT COUNT(*) FROM petitioner r JOIN petition p ON p.id = r.petition_id WHERE p.category = 'DENUNCIATION'"
                + " AND (r.full_name IS NOT NULL OR r.address IS NOT NULL OR r.id_number IS NOT NULL OR r.phone IS NOT NULL"
                + " OR r.full_name_enc NOT LIKE 'v1:%' OR r.name_index IS NULL)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM petition WHERE category = 'DENUNCIATION' AND protected_identity = FALSE")).isZero();
        assertThat(count("SELECT COUNT(*) FROM petition WHERE category = 'DENUNCIATION' AND named = FALSE AND status = 'ACCEPTED'"))
                .as("an anonymous denunciation is not accepted (Art. 25)").isZero();
    }

    @Test
    void theSameSeedPlansTheSameYearAndTheDemoHoldsThatPlan() {
        DemoYearPlan plan = writer.plan(petitions.today(), PetitionDemoData.YEAR_PETITIONS, PetitionDemoData.SEED).orElseThrow();
        DemoYearPlan again = writer.plan(petitions.today(), PetitionDemoData.YEAR_PETITIONS, PetitionDemoData.SEED).orElseThrow();
        assertThat(again.digest()).isEqualTo(plan.digest());
        List<String> planned = plan.petitions().stream().map(p -> p.trackingCode() + "|" + p.status() + "|" + p.category() + "|" + p.receivedOn())
                .sorted().toList();
        List<String> stored = jdbc.sql("SELECT tracking_code, status, category, received_on FROM petition WHERE tracking_code IN (:codes)")
                .param("codes", plan.petitions().stream().map(DemoYearPlan.PlannedPetition::trackingCode).toList())
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getObject(4, LocalDate.class))
                .list().stream().sorted().toList();
        assertThat(stored).isEqualTo(planned);
    }

    @Test
    void recomputingEveryDueDateOverTheDemoMovesNoneAndTakesSeconds() {
        long started = System.nanoTime();
        int moved = recalculation.recomputeAll("CALENDAR", "Kiểm tra tính lại toàn bộ (kiểm thử)");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(moved).as("stored due dates are the legal clock's").isZero();
        assertThat(millis).as("recomputation over the demo's open cases").isLessThan(5_000);
    }
}
