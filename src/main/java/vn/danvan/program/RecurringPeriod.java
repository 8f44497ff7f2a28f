package vn.danvan.program;

import java.time.LocalDate;

/** How often a recurring ("thường xuyên") task reports. */
public enum RecurringPeriod {
    MONTH(1), QUARTER(3), HALF_YEAR(6), YEAR(12);

    private final int months;

    RecurringPeriod(int months) {
        this.months = months;
    }

    /** First day of the period containing the day. */
    public LocalDate startOf(LocalDate day) {
        int index = (day.getMonthValue() - 1) / months;
        return LocalDate.of(day.getYear(), index * months + 1, 1);
    }

    /** Last day of the period containing the day. */
    public LocalDate endOf(LocalDate day) {
        return startOf(day).plusMonths(months).minusDays(1);
    }
}
