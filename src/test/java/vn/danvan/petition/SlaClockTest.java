package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.calendar.CalendarRules;
import vn.danvan.calendar.CountingMode;

/**
 * The legal clock against hand-computed dates on the seeded calendar (Tết 2024 by the holiday rules with their
 * compensatory days, Tết 2025 and 2026 and National Day 2026 by the announced yearly tables). Each test names the
 * rule row it applies and its legal source; counting follows Bộ luật Dân sự 2015, Art. 147–148.
 */
class SlaClockTest {

    private static final CalendarRules CALENDAR = SeededRules.calendar();
    private static final List<LegalRule> RULES = SeededRules.legalRules();

    private static LegalRule rule(String category, int instance, RuleStep step, RuleVariant variant, LocalDate on) {
        return LegalRuleSelection.select(RULES, category, instance, step, variant, on).orElseThrow();
    }

    private static SlaClock.Result run(LegalRule rule, SlaClock.Event... events) {
        return SlaClock.compute(CALENDAR, rule.limitDays(), rule.countingMode(), rule.suspensionExcluded(), List.of(events));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void complaintResolvedWithin30DaysOfAcceptance_LuatKhieuNai2011Art28_endInTet2026MovesToNextWorkingDay() {
        // accepted Tue 20/01/2026; day 30 = Thu 19/02/2026, inside Tết (14–22/02, TB 9441/TB-BNV) → Mon 23/02 (BLDS Art. 148)
        LegalRule rule = rule("COMPLAINT", 1, RuleStep.RESOLVE, RuleVariant.NORMAL, d("2026-01-20"));
        assertThat(rule.limitDays()).isEqualTo(30);
        assertThat(rule.countingMode()).isEqualTo(CountingMode.CALENDAR);
        assertThat(rule.legalSource()).contains("Luật Khiếu nại 2011").contains("Điều 28");
        SlaClock.Result result = run(rule, SlaClock.Event.start(d("2026-01-20")));
        assertThat(result.due()).isEqualTo(d("2026-02-23"));
        assertThat(result.explanation()).anyMatch(line -> line.contains("19/02/2026") && line.contains("Điều 148"));
    }

    @Test
    void complaintResolvedWithin30Days_LuatKhieuNai2011Art28_endOnAWorkingDayStays() {
        LegalRule rule = rule("COMPLAINT", 1, RuleStep.RESOLVE, RuleVariant.NORMAL, d("2026-03-02"));
        assertThat(run(rule, SlaClock.Event.start(d("2026-03-02"))).due()).isEqualTo(d("2026-04-01"));
    }

    @Test
    void complexComplaintWithin45Days_LuatKhieuNai2011Art28() {
        // accepted Mon 02/03/2026 + 45 = Thu 16/04/2026, a working day
        LegalRule rule = rule("COMPLAINT", 1, RuleStep.RESOLVE, RuleVariant.COMPLEX, d("2026-03-02"));
        assertThat(rule.limitDays()).isEqualTo(45);
        assertThat(run(rule, SlaClock.Event.start(d("2026-03-02"))).due()).isEqualTo(d("2026-04-16"));
    }

    @Test
    void secondInstanceComplaintWithin45Days_LuatKhieuNai2011Art37_endOnNationalDaySwap2026() {
        // accepted Fri 17/07/2026 + 45 = Mon 31/08/2026: swapped day off (TB 9441/TB-BNV), then 01–02/09 off → Thu 03/09
        LegalRule rule = rule("COMPLAINT", 2, RuleStep.RESOLVE, RuleVariant.NORMAL, d("2026-07-17"));
        assertThat(rule.legalSource()).contains("Điều 37");
        assertThat(run(rule, SlaClock.Event.start(d("2026-07-17"))).due()).isEqualTo(d("2026-09-03"));
    }

    @Test
    void denunciationClassifiedWithin7WorkingDays_LuatToCao2018Art24_acrossTet2026() {
        // received Wed 11/02/2026: 12, 13 (2 days), Tết 14–22/02 skipped, 23, 24, 25, 26, 27 → Fri 27/02/2026
        LegalRule rule = rule("DENUNCIATION", 0, RuleStep.CLASSIFY, RuleVariant.NORMAL, d("2026-02-11"));
        assertThat(rule.limitDays()).isEqualTo(7);
        assertThat(rule.countingMode()).isEqualTo(CountingMode.WORKING);
        assertThat(run(rule, SlaClock.Event.start(d("2026-02-11"))).due()).isEqualTo(d("2026-02-27"));
    }

    @Test
    void petitionClassifiedWithin10WorkingDays_ThongTu05_2021_acrossTet2025WithTheSaturdayWorked() {
        // received Wed 22/01/2025: 23, 24; Tết 25/01–02/02; 03–07/02 (7); Sat 08/02 worked (swap, 8); 10/02 (9); 11/02 (10)
        LegalRule rule = rule("COMPLAINT", 0, RuleStep.CLASSIFY, RuleVariant.NORMAL, d("2025-01-22"));
        assertThat(rule.category()).isEqualTo("ANY");
        assertThat(rule.legalSource()).contains("05/2021/TT-TTCP");
        assertThat(run(rule, SlaClock.Event.start(d("2025-01-22"))).due()).isEqualTo(d("2025-02-11"));
    }

    @Test
    void denunciationClassifiedWithin7WorkingDays_LuatToCao2018Art24_acrossTet2024WithCompensatoryDays() {
        // no announced table for 2024 in the seed: Tết by the rules, 09–13/02/2024 (from lunar New Year's Eve, 5 days,
        // BLLĐ 2019 Art. 112); Sat 10 and Sun 11 are compensated on Wed 14 and Thu 15 (Art. 111–112).
        // received Wed 07/02/2024: 08 (1); 09–15 off; 16 (2), 19, 20, 21, 22 (6), 23 (7) → Fri 23/02/2024
        LegalRule rule = rule("DENUNCIATION", 0, RuleStep.CLASSIFY, RuleVariant.NORMAL, d("2024-02-07"));
        SlaClock.Result result = run(rule, SlaClock.Event.start(d("2024-02-07")));
        assertThat(result.due()).isEqualTo(d("2024-02-23"));
        assertThat(result.skipped()).extracting(day -> day.date()).contains(d("2024-02-14"), d("2024-02-15"));
    }

    @Test
    void severalPlacesDenunciationClassifiedWithin10WorkingDays_LuatToCao2018Art24() {
        // received Mon 04/05/2026 → 10 working days: 05–08 (4), 11–15 (9), 18 (10) → Mon 18/05/2026
        LegalRule rule = rule("DENUNCIATION", 0, RuleStep.CLASSIFY, RuleVariant.SEVERAL_PLACES, d("2026-05-04"));
        assertThat(rule.limitDays()).isEqualTo(10);
        assertThat(run(rule, SlaClock.Event.start(d("2026-05-04"))).due()).isEqualTo(d("2026-05-18"));
    }

    @Test
    void suspendedTimeNotCountedFrom1July2026_Luat136_2025() {
        // accepted Mon 06/07/2026 (rule of Luật 136/2025/QH15); suspended 10/07, resumed 20/07: 11–20/07 do not count.
        // 30 days → 05/08 + 10 = Sat 15/08 → Mon 17/08/2026 (BLDS Art. 148)
        LegalRule rule = rule("COMPLAINT", 1, RuleStep.RESOLVE, RuleVariant.NORMAL, d("2026-07-06"));
        assertThat(rule.suspensionExcluded()).isTrue();
        assertThat(rule.legalSource()).contains("136/2025/QH15");
        SlaClock.Result result = run(rule, SlaClock.Event.start(d("2026-07-06")), SlaClock.Event.pause(d("2026-07-10")),
                SlaClock.Event.resume(d("2026-07-20")));
        assertThat(result.excludedDays()).hasSize(10);
        assertThat(result.due()).isEqualTo(d("2026-08-17"));
    }

    @Test
    void suspendedTimeStillCountedUnderTheRulesBefore1July2026_LuatKhieuNai2011() {
        LegalRule rule = rule("COMPLAINT", 1, RuleStep.RESOLVE, RuleVariant.NORMAL, d("2026-06-01"));
        assertThat(rule.suspensionExcluded()).isFalse();
        assertThat(rule.validTo()).isEqualTo(d("2026-06-30"));
        // accepted Mon 01/06/2026 + 30 = Wed 01/07/2026, whatever the suspension
        SlaClock.Result result = run(rule, SlaClock.Event.start(d("2026-06-01")), SlaClock.Event.pause(d("2026-06-05")),
                SlaClock.Event.resume(d("2026-06-15")));
        assertThat(result.due()).isEqualTo(d("2026-07-01"));
    }

    @Test
    void whileSuspendedWithExcludedTimeTheClockHasNoDueDate_Luat136_2025() {
        LegalRule rule = rule("COMPLAINT", 1, RuleStep.RESOLVE, RuleVariant.NORMAL, d("2026-07-06"));
        SlaClock.Result result = run(rule, SlaClock.Event.start(d("2026-07-06")), SlaClock.Event.pause(d("2026-07-10")));
        assertThat(result.state()).isEqualTo(SlaClock.State.PAUSED);
        assertThat(result.due()).isNull();
    }

    @Test
    void complexDenunciationExtendedOnceBy30Days_LuatToCao2018Art30() {
        // accepted Mon 02/03/2026: 30 days → Wed 01/04; extended by 30 → 60 days → Fri 01/05/2026 is Labour Day,
        // Sat 02, Sun 03 → Mon 04/05/2026
        LegalRule rule = rule("DENUNCIATION", 1, RuleStep.RESOLVE, RuleVariant.COMPLEX, d("2026-03-02"));
        assertThat(rule.maxExtensions()).isEqualTo(1);
        assertThat(rule.extensionDays()).isEqualTo(30);
        SlaClock.Result result = run(rule, SlaClock.Event.start(d("2026-03-02")), SlaClock.Event.extend(d("2026-03-25"), 30));
        assertThat(result.period()).isEqualTo(60);
        assertThat(result.due()).isEqualTo(d("2026-05-04"));
    }

    @Test
    void stoppedAfterTheDueDateIsLate() {
        LegalRule rule = rule("COMPLAINT", 1, RuleStep.RESOLVE, RuleVariant.NORMAL, d("2026-03-02"));
        SlaClock.Result onTime = run(rule, SlaClock.Event.start(d("2026-03-02")), SlaClock.Event.stop(d("2026-04-01")));
        SlaClock.Result late = run(rule, SlaClock.Event.start(d("2026-03-02")), SlaClock.Event.stop(d("2026-04-02")));
        assertThat(onTime.late()).isFalse();
        assertThat(late.late()).isTrue();
        assertThat(late.state()).isEqualTo(SlaClock.State.STOPPED);
        assertThat(late.remainingDays(d("2026-03-30"))).isEqualTo(2);
    }
}
