package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvan.system.RuleViolation;

/** Statistics periods: calendar periods and the reporting periods of Nghị định 09/2019/NĐ-CP, Art. 12 (cut-off on the 14th). */
class StatisticsPeriodTest {

    private static final long SEED = 20190312L; // Nghị định 09/2019/NĐ-CP in force 12/03/2019
    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2060, 12, 31);

    static Stream<LocalDate> randomDays() {
        Random random = new Random(SEED);
        long span = ChronoUnit.DAYS.between(FIRST, LAST);
        return Stream.generate(() -> FIRST.plusDays((long) (random.nextDouble() * span))).limit(300);
    }

    static IntStream years() {
        return new Random(SEED).ints(40, 2001, 2060);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "BC-2026-03, 2026-02-15, 2026-03-14, kỳ báo cáo tháng 3/2026",
            "BC-2026-01, 2025-12-15, 2026-01-14, kỳ báo cáo tháng 1/2026",
            "BC-2024-03, 2024-02-15, 2024-03-14, kỳ báo cáo tháng 3/2024",
            "BC-2026-Q1, 2025-12-15, 2026-03-14, kỳ báo cáo quý I/2026",
            "BC-2026-Q3, 2026-06-15, 2026-09-14, kỳ báo cáo quý III/2026",
            "BC-2026-H1, 2025-12-15, 2026-06-14, kỳ báo cáo 6 tháng đầu năm 2026",
            "BC-2026, 2025-12-15, 2026-12-14, kỳ báo cáo năm 2026",
            "2026-02, 2026-02-01, 2026-02-28, tháng 2/2026",
            "2024-02, 2024-02-01, 2024-02-29, tháng 2/2024",
            "2026-Q4, 2026-10-01, 2026-12-31, quý IV/2026",
            "2026-H1, 2026-01-01, 2026-06-30, 6 tháng đầu năm 2026",
            "2026-H2, 2026-07-01, 2026-12-31, 6 tháng cuối năm 2026",
            "2026-9M, 2026-01-01, 2026-09-30, 9 tháng đầu năm 2026",
            "2026, 2026-01-01, 2026-12-31, năm 2026",
            "2026-01-05_2026-02-10, 2026-01-05, 2026-02-10, từ ngày 05/01/2026 đến ngày 10/02/2026"})
    void aCodeNamesItsDaysAndItsLabel(String code, LocalDate from, LocalDate to, String label) {
        StatisticsPeriod period = StatisticsPeriod.parse(code);
        assertThat(period.from()).isEqualTo(from);
        assertThat(period.to()).isEqualTo(to);
        assertThat(period.label()).isEqualTo(label);
        assertThat(StatisticsPeriod.parse(period.code())).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2026-03-14, BC-2026-03", "2026-03-15, BC-2026-04", "2026-12-14, BC-2026-12", "2026-12-15, BC-2027-01",
            "2026-01-01, BC-2026-01", "2024-02-29, BC-2024-03"})
    void theReportingMonthOfNghiDinh09EndsOnThe14th(LocalDate day, String code) {
        assertThat(StatisticsPeriod.reportMonthContaining(day).code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({"2026-12-14, BC-2026", "2026-12-15, BC-2027", "2026-01-01, BC-2026", "2025-12-15, BC-2026"})
    void theReportingYearRunsFrom15DecemberTo14December(LocalDate day, String code) {
        assertThat(StatisticsPeriod.reportYearContaining(day).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @MethodSource("randomDays")
    void everyDayLiesInExactlyOneReportingMonthAndTheMonthsTile(LocalDate day) {
        StatisticsPeriod month = StatisticsPeriod.reportMonthContaining(day);
        assertThat(month.contains(day)).isTrue();
        assertThat(month.from().getDayOfMonth()).isEqualTo(15);
        assertThat(month.to().getDayOfMonth()).isEqualTo(14);
        StatisticsPeriod next = StatisticsPeriod.reportMonthContaining(month.to().plusDays(1));
        assertThat(next.from()).isEqualTo(month.to().plusDays(1));
        assertThat(next.contains(day)).isFalse();
        StatisticsPeriod previous = StatisticsPeriod.reportMonthContaining(month.from().minusDays(1));
        assertThat(previous.to()).isEqualTo(month.from().minusDays(1));
        assertThat(StatisticsPeriod.reportQuarterContaining(day).contains(day)).isTrue();
        assertThat(StatisticsPeriod.reportYearContaining(day).contains(day)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("years")
    void theSixMonthAndAnnualReportsAreTheirReportingMonthsPutTogether(int year) {
        StatisticsPeriod half = StatisticsPeriod.reportHalfYear(year);
        StatisticsPeriod annual = StatisticsPeriod.reportYear(year);
        assertThat(half.from()).isEqualTo(StatisticsPeriod.reportMonth(year, 1).from()).isEqualTo(annual.from());
        assertThat(half.to()).isEqualTo(StatisticsPeriod.reportMonth(year, 6).to());
        assertThat(annual.to()).isEqualTo(StatisticsPeriod.reportMonth(year, 12).to());
        assertThat(StatisticsPeriod.reportQuarter(year, 1).from()).isEqualTo(annual.from());
        assertThat(StatisticsPeriod.reportQuarter(year, 4).to()).isEqualTo(annual.to());
        long days = 0;
        for (int m = 1; m <= 12; m++) {
            StatisticsPeriod month = StatisticsPeriod.reportMonth(year, m);
            days += ChronoUnit.DAYS.between(month.from(), month.to()) + 1;
        }
        assertThat(days).isEqualTo(ChronoUnit.DAYS.between(annual.from(), annual.to()) + 1);
        assertThat(StatisticsPeriod.reportYear(year + 1).from()).isEqualTo(annual.to().plusDays(1));
    }

    @ParameterizedTest
    @MethodSource("randomDays")
    void thePresetsAroundADayAllHaveValidCodesAndTheCurrentReportingMonth(LocalDate today) {
        assertThat(StatisticsPeriod.presets(today)).allSatisfy(p -> assertThat(StatisticsPeriod.parse(p.code())).isEqualTo(p))
                .anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo(StatisticsPeriod.Kind.REPORT_MONTH);
                    assertThat(p.contains(today)).isTrue();
                });
    }

    @Test
    void pendingAndOverdueAreJudgedOnTheLastDayOrTodayWhenThePeriodRuns() {
        StatisticsPeriod year = StatisticsPeriod.year(2026);
        assertThat(year.asOf(LocalDate.of(2026, 5, 3))).isEqualTo(LocalDate.of(2026, 5, 3));
        assertThat(year.asOf(LocalDate.of(2027, 1, 3))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @ParameterizedTest
    @CsvSource({"2026-13", "BC-2026-H2", "BC-2026-9M", "2026-Q5", "quý 1", "2026-02-30_2026-03-01"})
    void anUnknownCodeIsRefusedNotGuessed(String code) {
        assertThatThrownBy(() -> StatisticsPeriod.parse(code)).isInstanceOf(RuleViolation.class)
                .extracting("messageKey").isEqualTo("petition.stats.period.unknown");
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> StatisticsPeriod.range(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("petition.stats.period.invalid");
    }
}
