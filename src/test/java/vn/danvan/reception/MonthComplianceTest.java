package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.org.UnitLevel;

/**
 * The commune chairman's periodic reception: ≥ 1 day/week until 30/6/2026 (Luật Tiếp công dân 2013, Art. 15),
 * ≥ 2 days/month and no delegation to a deputy from 1/7/2026 (Luật 136/2025/QH15).
 */
class MonthComplianceTest {

    private static final ReceptionRule WEEKLY = new ReceptionRule(1, RuleHolder.PEOPLES_COMMITTEE_CHAIR, UnitLevel.COMMUNE, 1,
            ReceptionRule.Period.WEEK, true, LocalDate.of(2014, 7, 1), LocalDate.of(2026, 6, 30), "Luật Tiếp công dân 2013, Điều 15", 0);
    private static final ReceptionRule TWICE_A_MONTH = new ReceptionRule(2, RuleHolder.PEOPLES_COMMITTEE_CHAIR, UnitLevel.COMMUNE, 2,
            ReceptionRule.Period.MONTH, false, LocalDate.of(2026, 7, 1), null, "Luật 136/2025/QH15", 0);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static ReceptionSession held(LocalDate day, ReceivedBy by) {
        return new ReceptionSession(0, SessionKind.HEAD_PERIODIC, 1, 1, day, true, day, null, "Chủ tịch", null, by, null, null, null,
                List.of(), 0);
    }

    private static ReceptionSession missed(LocalDate day) {
        return new ReceptionSession(0, SessionKind.HEAD_PERIODIC, 1, 1, day, false, null, null, "Chủ tịch", null, null, null, null, null,
                List.of(), 0);
    }

    @Test
    void aWeekBelongsToTheMonthOfItsThursday() {
        // June 2026: Thursdays 4, 11, 18, 25; the week of Mon 29/6 has Thursday 2/7 and belongs to July
        assertThat(MonthCompliance.weeksOf(YearMonth.of(2026, 6)))
                .containsExactly(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 22));
        assertThat(MonthCompliance.weeksOf(YearMonth.of(2026, 1)).get(0)).isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    void underTheWeeklyRuleEachWeekNeedsItsDayAndTwoDaysInOneWeekDoNotMakeUpForAMissedWeek() {
        List<ReceptionSession> sessions = List.of(held(LocalDate.of(2026, 6, 4), ReceivedBy.HEAD), held(LocalDate.of(2026, 6, 11), ReceivedBy.HEAD),
                held(LocalDate.of(2026, 6, 12), ReceivedBy.HEAD), missed(LocalDate.of(2026, 6, 18)), held(LocalDate.of(2026, 6, 25), ReceivedBy.DEPUTY));
        MonthCompliance june = MonthCompliance.of(YearMonth.of(2026, 6), WEEKLY, sessions, TODAY);
        assertThat(june.required()).isEqualTo(4);
        assertThat(june.counted()).isEqualTo(3);
        assertThat(june.held()).isEqualTo(4);
        assertThat(june.planned()).isEqualTo(5);
        assertThat(june.state()).isEqualTo(MonthCompliance.State.NOT_MET);
        assertThat(june.sentence("Chủ tịch UBND xã Tân Cương")).isEqualTo("Chủ tịch UBND xã Tân Cương: tháng 06/2026 tổ chức 3/4 ngày tiếp định kỳ");
    }

    @Test
    void fromJuly2026TwoDaysAMonthAreEnoughAndADeputysDayDoesNotCount() {
        List<ReceptionSession> august = List.of(held(LocalDate.of(2026, 8, 6), ReceivedBy.HEAD), held(LocalDate.of(2026, 8, 20), ReceivedBy.HEAD));
        MonthCompliance met = MonthCompliance.of(YearMonth.of(2026, 8), TWICE_A_MONTH, august, TODAY);
        assertThat(met.state()).isEqualTo(MonthCompliance.State.MET);
        assertThat(met.sentence("Chủ tịch UBND xã Tân Cương")).isEqualTo("Chủ tịch UBND xã Tân Cương: tháng 08/2026 tổ chức 2/2 ngày tiếp định kỳ");

        List<ReceptionSession> september = List.of(held(LocalDate.of(2026, 9, 10), ReceivedBy.HEAD), held(LocalDate.of(2026, 9, 24), ReceivedBy.DEPUTY));
        MonthCompliance notMet = MonthCompliance.of(YearMonth.of(2026, 9), TWICE_A_MONTH, september, TODAY);
        assertThat(notMet.counted()).isEqualTo(1);
        assertThat(notMet.byDeputy()).isEqualTo(1);
        assertThat(notMet.state()).isEqualTo(MonthCompliance.State.NOT_MET);
    }

    @Test
    void theRunningMonthIsNotJudgedYet() {
        MonthCompliance november = MonthCompliance.of(YearMonth.of(2026, 11), TWICE_A_MONTH, List.of(held(LocalDate.of(2026, 11, 5), ReceivedBy.HEAD)), TODAY);
        assertThat(november.state()).isEqualTo(MonthCompliance.State.RUNNING);
        assertThat(november.counted()).isEqualTo(1);
    }

    /** Seeded property: under a monthly rule, counted = distinct days held by the head in the month, never more. */
    @Test
    void countedNeverExceedsTheDistinctDaysHeldInTheMonth() {
        java.util.Random random = new java.util.Random(136_2025L);
        for (int run = 0; run < 300; run++) {
            List<ReceptionSession> sessions = new ArrayList<>();
            int n = random.nextInt(8);
            for (int i = 0; i < n; i++) {
                LocalDate day = LocalDate.of(2026, 10, 1).plusDays(random.nextInt(31));
                sessions.add(random.nextInt(4) == 0 ? missed(day) : held(day, random.nextBoolean() ? ReceivedBy.HEAD : ReceivedBy.DEPUTY));
            }
            MonthCompliance october = MonthCompliance.of(YearMonth.of(2026, 10), TWICE_A_MONTH, sessions, TODAY);
            long headDays = sessions.stream().filter(s -> s.held() && !s.receivedByDeputy()).map(ReceptionSession::heldOn).distinct().count();
            assertThat(october.counted()).isEqualTo((int) headDays);
            assertThat(october.state() == MonthCompliance.State.MET).isEqualTo(headDays >= 2);
        }
    }
}
