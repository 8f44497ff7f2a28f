package vn.danvan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvan.petition.internal.TallyRanges.DateRange;

/** A period is read from month totals for the months it covers whole and day totals for the days at its edges. */
class TallyRangesTest {

    @Test
    void aYearToTodayReadsItsWholeMonthsAndTheDaysAtBothEdges() {
        assertThat(TallyRanges.of(LocalDate.of(2025, 11, 24), LocalDate.of(2026, 11, 23))).containsExactly(
                new DateRange("D", LocalDate.of(2025, 11, 24), LocalDate.of(2025, 12, 1)),
                new DateRange("M", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 1)),
                new DateRange("D", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 24)));
    }

    @Test
    void aCalendarQuarterIsThreeMonthTotals() {
        assertThat(TallyRanges.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                .containsExactly(new DateRange("M", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)));
    }

    @Test
    void aReportingMonthOfDecree09From15To14IsDaysOnly() {
        // Nghị định 09/2019/NĐ-CP: the reporting month runs from the 15th of the month before to the 14th
        assertThat(TallyRanges.of(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 14)))
                .containsExactly(new DateRange("D", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 15)));
    }

    static Stream<Long> seeds() {
        return seedList(40);
    }

    private static Stream<Long> seedList(int n) {
        return IntStream.range(0, n).mapToObj(i -> 7919L * i + 20260701L);
    }

    /** Whatever the period, each of its days is read exactly once, and no day outside it. */
    @ParameterizedTest
    @MethodSource("seeds")
    void everyDayOfAnyPeriodIsCountedExactlyOnce(long seed) {
        Random random = new Random(seed);
        LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1200));
        LocalDate to = from.plusDays(random.nextInt(random.nextBoolean() ? 40 : 800));
        List<DateRange> ranges = TallyRanges.of(from, to);
        for (LocalDate day = from.minusDays(40); !day.isAfter(to.plusDays(40)); day = day.plusDays(1)) {
            LocalDate d = day;
            long readings = ranges.stream().filter(r -> r.grain().equals("D")
                    ? !d.isBefore(r.start()) && d.isBefore(r.end())
                    : !d.withDayOfMonth(1).isBefore(r.start()) && d.withDayOfMonth(1).isBefore(r.end())).count();
            boolean inPeriod = !day.isBefore(from) && !day.isAfter(to);
            assertThat(readings).as("%s in %s–%s read by %s", day, from, to, ranges).isEqualTo(inPeriod ? 1 : 0);
        }
        assertThat(ranges.stream().filter(r -> r.grain().equals("M")))
                .allMatch(r -> r.start().getDayOfMonth() == 1 && r.end().getDayOfMonth() == 1 && r.start().isBefore(r.end()));
        // at most two partial months are read day by day, whatever the length of the period
        assertThat(ranges.stream().filter(r -> r.grain().equals("D")).mapToLong(r -> r.end().toEpochDay() - r.start().toEpochDay()).sum())
                .as("days read one by one").isLessThanOrEqualTo(62);
    }
}
