package vn.danvan.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.danvan.calendar.CalendarDay;
import vn.danvan.calendar.CalendarRules;

/** One small month table of the year page: weeks from Monday to Sunday, each day with its status. */
record MonthView(int month, List<List<Cell>> weeks) {

    /** A day of the grid; null date for the blanks before the 1st and after the last day. */
    record Cell(LocalDate date, boolean working, String css, String title) {

        static final Cell BLANK = new Cell(null, true, "", "");

        public int day() {
            return date == null ? 0 : date.getDayOfMonth();
        }
    }

    static List<MonthView> year(int year, CalendarRules rules) {
        List<MonthView> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth yearMonth = YearMonth.of(year, month);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            for (int blank = 1; blank < yearMonth.atDay(1).getDayOfWeek().getValue(); blank++) {
                week.add(Cell.BLANK);
            }
            for (int day = 1; day <= yearMonth.lengthOfMonth(); day++) {
                CalendarDay calendarDay = rules.day(yearMonth.atDay(day));
                week.add(new Cell(calendarDay.date(), calendarDay.working(), css(calendarDay),
                        calendarDay.cause() == CalendarDay.Cause.WORKDAY ? "" : calendarDay.reason()));
                if (calendarDay.date().getDayOfWeek() == DayOfWeek.SUNDAY) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(Cell.BLANK);
                }
                weeks.add(week);
            }
            months.add(new MonthView(month, weeks));
        }
        return months;
    }

    private static String css(CalendarDay day) {
        return switch (day.cause()) {
            case WORKDAY -> "";
            case WEEKEND -> "cal-weekend";
            case ANNOUNCED_WORKING_DAY -> "cal-swap";
            default -> "cal-off";
        };
    }
}
