package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.danvan.calendar.CalendarRules;
import vn.danvan.org.CitizenId;
import vn.danvan.petition.internal.DemoYearPlan;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;

/**
 * The demo year's plan: the same seed gives the same plan, another seed another one; its shape is the one of the
 * provincial reports; every due date is the legal clock's and every case's log passes the workflow.
 */
class DemoYearPlanTest {

    private static final CalendarRules CALENDAR = SeededRules.calendar();
    private static final List<LegalRule> RULES = SeededRules.legalRules();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static DemoYearPlan.Setting setting(LocalDate today) {
        Map<String, DemoYearPlan.Org> orgs = new LinkedHashMap<>();
        String[][] codes = {{"TN-BTCD", "BTCD"}, {"TN-UBND", "UBND"}, {"TN-TTR", "TTr"}, {"TN-SNNMT", "SNNMT"}, {"TN-SNV", "SNV"}, {"TN-MTTQ", "MTTQ"}};
        long id = 100;
        for (String[] code : codes) {
            orgs.put(code[0], new DemoYearPlan.Org(id, code[0], "Cơ quan " + code[0], "/1/" + id + "/", 1, code[1]));
            id++;
        }
        List<DemoYearPlan.Place> communes = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            // like the demo province: only some communes have their People's Committee in the system
            DemoYearPlan.Org committee = !Set.of(0, 5, 6, 12).contains(i) ? null : new DemoYearPlan.Org(200 + i, "UBX-0" + (5400 + i), "Ủy ban nhân dân xã Số " + i, "/1/200/" + (200 + i) + "/",
                    10 + i, "UBND");
            communes.add(new DemoYearPlan.Place(10 + i, "0" + (5400 + i), (i < 5 ? "Phường Số " : "Xã Số ") + i, "/1/" + (10 + i) + "/", i > 10,
                    committee));
        }
        DemoYearPlan.Place former = new DemoYearPlan.Place(99, "05497", "Xã Cũ", "/1/15/", false, null);
        DemoYearPlan.Place province = new DemoYearPlan.Place(1, "19", "Tỉnh Thái Nguyên", "/1/", false, orgs.get("TN-UBND"));
        return new DemoYearPlan.Setting(today, province, communes, former, communes.get(5), orgs, Set.of("19", "06", "08", "24", "01", "25", "26"),
                7, "Vũ Văn Tiếp Dân", 8, "Phạm Văn Lãnh Đạo");
    }

    private static DemoYearPlan plan(long seed) {
        return DemoYearPlan.build(setting(TODAY), CALENDAR, RULES, 2980, seed);
    }

    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedAnotherOne() {
        DemoYearPlan once = plan(20260701L);
        DemoYearPlan again = plan(20260701L);
        assertThat(again.digest()).isEqualTo(once.digest());
        assertThat(again.petitions()).extracting(DemoYearPlan.PlannedPetition::trackingCode)
                .containsExactlyElementsOf(once.petitions().stream().map(DemoYearPlan.PlannedPetition::trackingCode).toList());
        assertThat(plan(20260702L).digest()).isNotEqualTo(once.digest());
    }

    @Test
    void aYearOfAboutThreeThousandPetitionsInTheSharesOfTheProvincialReports() {
        DemoYearPlan plan = plan(20260701L);
        List<DemoYearPlan.PlannedPetition> ps = plan.petitions();
        assertThat(ps).hasSizeBetween(2950, 2990);
        assertThat(ps).allSatisfy(p -> assertThat(p.receivedOn()).isBetween(TODAY.minusDays(364), TODAY));
        Map<MatterCategory, Long> byCategory = ps.stream().collect(Collectors.groupingBy(DemoYearPlan.PlannedPetition::category, Collectors.counting()));
        assertThat(share(byCategory.get(MatterCategory.COMPLAINT), ps.size())).isBetween(0.20, 0.32);
        assertThat(share(byCategory.get(MatterCategory.DENUNCIATION), ps.size())).isBetween(0.05, 0.11);
        long land = ps.stream().filter(p -> p.field() == MatterField.LAND).count();
        assertThat(share(land, ps.size())).as("land dominates").isBetween(0.38, 0.60);
        assertThat(ps.stream().map(DemoYearPlan.PlannedPetition::status).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(PetitionStatus.class));
        assertThat(ps.stream().map(DemoYearPlan.PlannedPetition::channel).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(Channel.class));
        assertThat(ps.stream().filter(DemoYearPlan.PlannedPetition::crowd).count()).isBetween(40L, 160L);
        assertThat(ps.stream().map(p -> p.receiving().code()).collect(Collectors.toSet())).contains("TN-BTCD", "TN-SNNMT", "UBX-05400", "UBX-05412");
        assertThat(ps.stream().filter(p -> p.place().unitId() == 1).count()).as("province-level matters").isPositive();
        assertThat(ps.stream().filter(p -> p.place().unitId() == 99).count()).as("a former commune's matters").isPositive();
        assertThat(ps.stream().map(p -> p.place().unitId()).distinct().count()).as("every commune, the former one and the province").isEqualTo(17);
        assertThat(plan.cases().stream().map(c -> c.place().unitId()).distinct().count()).isGreaterThanOrEqualTo(16);
        // one case per matter: the repeated petitions point to the first one's case
        List<DemoYearPlan.PlannedPetition> attached = ps.stream().filter(p -> p.status() == PetitionStatus.ATTACHED).toList();
        assertThat(attached).hasSizeGreaterThan(100).allSatisfy(p -> {
            assertThat(p.duplicateOf().plannedCase()).isNotNull();
            assertThat(p.plannedCase()).isSameAs(p.duplicateOf().plannedCase());
            assertThat(p.petitioners()).isEqualTo(p.duplicateOf().petitioners());
            assertThat(p.receivedOn()).isAfter(p.duplicateOf().receivedOn());
        });
        // anonymous denunciations are archived, never accepted (Luật Tố cáo 2018, Art. 25)
        assertThat(ps.stream().filter(p -> p.category() == MatterCategory.DENUNCIATION && !p.named()))
                .isNotEmpty().allSatisfy(p -> assertThat(p.status()).isIn(PetitionStatus.ARCHIVED, PetitionStatus.RECEIVED));
    }

    @Test
    void casesInEveryStatusMostlyOnTimeSomeLateAFewOverdueAndTheirLogsPassTheWorkflow() {
        DemoYearPlan plan = plan(20260701L);
        List<DemoYearPlan.PlannedCase> cases = plan.cases();
        assertThat(cases.stream().map(DemoYearPlan.PlannedCase::status).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(CaseStatus.class));
        long resolved = cases.stream().filter(c -> c.concludedOn() != null).count();
        long late = cases.stream().filter(c -> c.concludedOn() != null && c.concludedOn().isAfter(c.clock().due())).count();
        long overdue = cases.stream().filter(c -> c.status().isOpen() && c.status() != CaseStatus.SUSPENDED && c.clock().due() != null
                && TODAY.isAfter(c.clock().due())).count();
        assertThat(share(late, resolved)).isBetween(0.05, 0.20);
        assertThat(overdue).isBetween(20L, 150L);
        assertThat(cases.stream().filter(c -> c.instance() == 2)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.parent().steps()).anyMatch(s -> s.action() == CaseAction.OPEN_SECOND_INSTANCE));
        assertThat(cases.stream().filter(c -> c.extensionsUsed() > 0)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.extensionsUsed()).isLessThanOrEqualTo(c.rule().maxExtensions()));
        assertThat(cases.stream().filter(c -> !c.demands().isEmpty())).isNotEmpty();
        assertThat(cases.stream().filter(c -> c.satisfaction() != null)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CaseStatus.CLOSED));
        for (DemoYearPlan.PlannedCase c : cases) {
            SlaClock.Result clock = SlaClock.compute(CALENDAR, c.rule().limitDays(), c.rule().countingMode(), c.rule().suspensionExcluded(),
                    c.clockMarks().stream().map(m -> new SlaClock.Event(m.kind(), m.on(), m.days() == null ? 0 : m.days())).toList());
            assertThat(clock.due()).as("case %d", c.index()).isEqualTo(c.clock().due());
            assertThat(c.rule()).isEqualTo(LegalRuleSelection.select(RULES, c.category().name(), c.instance(), RuleStep.RESOLVE, c.variant(),
                    c.acceptedOn()).orElseThrow());
            CaseStatus status = null;
            LocalDate previous = c.acceptedOn();
            for (DemoYearPlan.Step step : c.steps()) {
                if (status != null) {
                    assertThat(CaseWorkflow.allows(status, step.action())).as("case %d: %s from %s", c.index(), step.action(), status).isTrue();
                    assertThat(step.from()).isEqualTo(status);
                }
                assertThat(step.on()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(TODAY);
                previous = step.on();
                status = step.to();
            }
            assertThat(status).as("case %d", c.index()).isEqualTo(c.status());
            assertThat(c.version()).isEqualTo((int) c.steps().stream().filter(s -> s.action() != CaseAction.ACCEPT
                    && s.action() != CaseAction.OPEN_SECOND_INSTANCE && s.action() != CaseAction.ATTACH_PETITION
                    && s.action() != CaseAction.DEMAND_REPORT && s.action() != CaseAction.REPORT).count());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 20260701L, 987654321L})
    void everyIdentityNumberAndTrackingCodeIsValidAndUnique(long seed) {
        DemoYearPlan plan = plan(seed);
        Set<DemoYearPlan.Person> people = new java.util.HashSet<>();
        for (DemoYearPlan.PlannedPetition p : plan.petitions()) {
            assertThat(TrackingCode.isValid(p.trackingCode())).isTrue();
            for (DemoYearPlan.Person person : p.petitioners()) {
                if (person.idNumber() != null) {
                    assertThat(CitizenId.of(person.idNumber(), Set.of("19", "06", "08", "24", "01", "25", "26"), TODAY.getYear()).value())
                            .isEqualTo(person.idNumber());
                    people.add(person);
                }
            }
        }
        assertThat(plan.petitions().stream().map(DemoYearPlan.PlannedPetition::trackingCode).distinct().count()).isEqualTo(plan.petitions().size());
        assertThat(people.stream().filter(p -> p.idNumber() != null).map(DemoYearPlan.Person::idNumber).distinct().count())
                .as("one person, one identity number").isEqualTo(people.stream().filter(p -> p.idNumber() != null).count());
    }

    private static double share(Long part, long whole) {
        return part == null ? 0 : (double) part / whole;
    }
}
