package vn.danvan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import vn.danvan.system.VietnameseFormat;

/**
 * An immutable snapshot of the working calendar: the holiday rules and the yearly table, and the arithmetic
 * on them. Pure Java, so every rule is unit-tested without Spring; {@link WorkingCalendar} builds a new
 * snapshot whenever the tables change.
 *
 * <p>How a day is resolved, in order of precedence:
 * <ol>
 *   <li>the yearly table ({@code calendar_day}), when it has a row for the date: the government's announcement
 *       for that year decides (Tết days actually granted, swapped days off, Saturdays worked);</li>
 *   <li>a holiday of the rule table in force that year (Bộ luật Lao động 2019, Art. 112), lunar ones converted
 *       for that year with {@link VietnameseLunarCalendar};</li>
 *   <li>a compensatory day off: a holiday falling on Saturday or Sunday is compensated on the next working day
 *       (Art. 111(3), 112), unless the yearly table has a row for the holiday's date — the announcement then
 *       says how that holiday is taken, as for Tết 2025, whose Saturday was already inside a 9-day block;</li>
 *   <li>Saturday and Sunday are rest days, Monday to Friday working days (Quyết định 188/1999/QĐ-TTg).</li>
 * </ol>
 */
public final class CalendarRules {

    /** How far a deadline may reach, so that a mistaken input cannot loop for ever. */
    static final int MAX_PERIOD_DAYS = 3660;

    private final List<HolidayRule> holidayRules;
    private final Map<LocalDate, YearlyDay> yearlyTable;
    private final Map<Integer, Map<LocalDate, CalendarDay>> years = new ConcurrentHashMap<>();

    public CalendarRules(Collection<HolidayRule> holidayRules, Collection<YearlyDay> yearlyTable) {
        this.holidayRules = List.copyOf(holidayRules);
        Map<LocalDate, YearlyDay> table = new TreeMap<>();
        yearlyTable.forEach(day -> table.put(day.date(), day));
        this.yearlyTable = Map.copyOf(table);
    }

    public List<HolidayRule> holidayRules() {
        return holidayRules;
    }

    /** The yearly table's rows of a year, by date. */
    public List<YearlyDay> yearlyDays(int year) {
        return yearlyTable.values().stream().filter(day -> day.date().getYear() == year)
                .sorted((a, b) -> a.date().compareTo(b.date())).toList();
    }

    public CalendarDay day(LocalDate date) {
        CalendarDay special = year(date.getYear()).get(date);
        if (special != null) {
            return special;
        }
        return isWeekend(date)
                ? new CalendarDay(date, false, CalendarDay.Cause.WEEKEND, "", CalendarDay.WEEKEND_BASIS)
                : new CalendarDay(date, true, CalendarDay.Cause.WORKDAY, "", "");
    }

    public boolean isWorkingDay(LocalDate date) {
        return day(date).working();
    }

    /**
     * The days of a year that are not ordinary: holidays, compensatory days, the yearly table's days off and
     * working days (weekends only when the table names them), by date.
     */
    public List<CalendarDay> specialDays(int year) {
        return List.copyOf(year(year).values());
    }

    /** The year's days off other than ordinary weekends, with their reasons. */
    public List<CalendarDay> daysOff(int year) {
        return specialDays(year).stream().filter(day -> !day.working()).toList();
    }

    /**
     * The day on which a period of {@code days} working days ends. Counting starts the day after the event
     * (Bộ luật Dân sự 2015, Art. 147) and counts only working days, so the end is always a working day.
     */
    public Deadline addWorkingDays(LocalDate start, int days) {
        requirePeriod(days);
        List<CalendarDay> skipped = new ArrayList<>();
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            CalendarDay day = day(date);
            if (day.working()) {
                counted++;
            } else {
                skipped.add(day);
            }
            guard(start, date);
        }
        return new Deadline(start, days, CountingMode.WORKING, date, date, skipped);
    }

    /**
     * The day on which a period of {@code days} calendar days ends: the day after the event is day 1
     * (Art. 147); when the last day is a weekly rest day or a holiday, the period ends at the end of the next
     * working day (Art. 148).
     */
    public Deadline addCalendarDays(LocalDate start, int days) {
        requirePeriod(days);
        LocalDate nominalEnd = start.plusDays(days);
        List<CalendarDay> skipped = new ArrayList<>();
        LocalDate due = nominalEnd;
        CalendarDay day = day(due);
        while (!day.working()) {
            skipped.add(day);
            due = due.plusDays(1);
            guard(nominalEnd, due);
            day = day(due);
        }
        return new Deadline(start, days, CountingMode.CALENDAR, nominalEnd, due, skipped);
    }

    public Deadline add(LocalDate start, int days, CountingMode mode) {
        return mode == CountingMode.WORKING ? addWorkingDays(start, days) : addCalendarDays(start, days);
    }

    /**
     * The working days after {@code from} up to and including {@code to} — the count {@link #addWorkingDays}
     * uses, so that {@code addWorkingDays(a, workingDaysBetween(a, b))} is the last working day on or before b.
     * Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    private Map<LocalDate, CalendarDay> year(int year) {
        return years.computeIfAbsent(year, this::resolve);
    }

    private Map<LocalDate, CalendarDay> resolve(int year) {
        TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();
        for (HolidayRule rule : holidayRules) {
            for (LocalDate date : rule.datesIn(year)) {
                days.putIfAbsent(date, new CalendarDay(date, false, CalendarDay.Cause.HOLIDAY, rule.name(), rule.legalBasis()));
            }
        }
        for (CalendarDay holiday : List.copyOf(days.values())) {
            if (isWeekend(holiday.date()) && !yearlyTable.containsKey(holiday.date())) {
                LocalDate compensation = holiday.date().plusDays(1);
                while (isWeekend(compensation) || days.containsKey(compensation) || yearlyTable.containsKey(compensation)) {
                    compensation = compensation.plusDays(1);
                }
                days.put(compensation, new CalendarDay(compensation, false, CalendarDay.Cause.COMPENSATORY,
                        "Nghỉ bù " + holiday.name() + " (" + CalendarDay.weekday(holiday.date()).toLowerCase(java.util.Locale.ROOT)
                                + " " + VietnameseFormat.date(holiday.date()) + ")",
                        "Bộ luật Lao động 2019, Điều 111, 112"));
            }
        }
        for (YearlyDay announced : yearlyTable.values()) {
            if (announced.date().getYear() == year) {
                boolean dayOff = announced.kind() == YearlyDay.Kind.DAY_OFF;
                days.put(announced.date(), new CalendarDay(announced.date(), !dayOff,
                        dayOff ? CalendarDay.Cause.ANNOUNCED_DAY_OFF : CalendarDay.Cause.ANNOUNCED_WORKING_DAY,
                        announced.reason(), announced.legalBasis()));
            }
        }
        // a compensatory day computed for a holiday at the end of the year would belong to the next year: none
        // of the Art. 112 holidays falls after 2/9, so the year is resolved on its own
        days.keySet().removeIf(date -> date.getYear() != year);
        return java.util.Collections.unmodifiableSortedMap(days);
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void requirePeriod(int days) {
        if (days < 0 || days > MAX_PERIOD_DAYS) {
            throw new IllegalArgumentException("period out of range: " + days);
        }
    }

    private static void guard(LocalDate from, LocalDate date) {
        if (date.isAfter(from.plusDays(MAX_PERIOD_DAYS * 2L))) {
            throw new IllegalStateException("no working day found after " + from);
        }
    }
}
