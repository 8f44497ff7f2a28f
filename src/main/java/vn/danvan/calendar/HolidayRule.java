package vn.danvan.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A public holiday as the law defines it, one row of {@code calendar_holiday_rule}: a solar or lunar date,
 * shifted by {@code offsetDays} (Tết starts the day before lunar 1/1, whatever the length of the 12th month),
 * lasting {@code lengthDays}, in force between two dates.
 */
public record HolidayRule(long id, String name, Kind kind, int month, int day, int offsetDays, int lengthDays,
                          LocalDate validFrom, LocalDate validTo, String legalBasis) {

    public enum Kind { FIXED_SOLAR, LUNAR }

    public HolidayRule {
        if (lengthDays < 1) {
            throw new IllegalArgumentException("a holiday lasts at least one day: " + name);
        }
    }

    /** The days of this holiday in a solar year, those in force only; lunar dates converted for that year. */
    public List<LocalDate> datesIn(int year) {
        LocalDate first = (kind == Kind.LUNAR
                ? VietnameseLunarCalendar.toSolar(LunarDate.of(day, month, year))
                : LocalDate.of(year, month, day)).plusDays(offsetDays);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < lengthDays; i++) {
            LocalDate date = first.plusDays(i);
            if (inForce(date)) {
                dates.add(date);
            }
        }
        return dates;
    }

    boolean inForce(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
