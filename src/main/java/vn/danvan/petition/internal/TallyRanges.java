package vn.danvan.petition.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rows of the running totals make up a period: the months it covers whole (month rows) and the days before the
 * first and after the last of them (day rows). Together they cover each day of the period exactly once.
 */
final class TallyRanges {

    /** Rows of one grain with period_start in [start, end). */
    record DateRange(String grain, LocalDate start, LocalDate end) {
    }

    private TallyRanges() {
    }

    /** The ranges of the period from {@code from} to {@code to}, both included. */
    static List<DateRange> of(LocalDate from, LocalDate to) {
        LocalDate afterLast = to.plusDays(1);
        LocalDate firstWholeMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterWholeMonths = afterLast.withDayOfMonth(1);
        List<DateRange> ranges = new ArrayList<>();
        if (!firstWholeMonth.isBefore(afterWholeMonths)) {
            if (from.isBefore(afterLast)) {
                ranges.add(new DateRange(FigureTally.DAY, from, afterLast));
            }
            return ranges;
        }
        if (from.isBefore(firstWholeMonth)) {
            ranges.add(new DateRange(FigureTally.DAY, from, firstWholeMonth));
        }
        ranges.add(new DateRange(FigureTally.MONTH, firstWholeMonth, afterWholeMonths));
        if (afterWholeMonths.isBefore(afterLast)) {
            ranges.add(new DateRange(FigureTally.DAY, afterWholeMonths, afterLast));
        }
        return ranges;
    }
}
