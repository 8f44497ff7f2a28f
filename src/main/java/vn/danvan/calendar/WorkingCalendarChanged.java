package vn.danvan.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The working calendar changed: a yearly day was added, edited or deleted, or a yearly table was imported.
 * Published after every change, in the changing transaction. A module that stores due dates (petitions, tasks)
 * listens with {@code @ApplicationModuleListener} and recomputes the due dates of its open cases whose period
 * includes one of {@link #dates()}; {@link WorkingCalendar} already answers with the new calendar then.
 *
 * @param dates the dates whose status may have changed
 * @param actor who changed them
 */
public record WorkingCalendarChanged(List<LocalDate> dates, String actor) {

    public WorkingCalendarChanged {
        dates = List.copyOf(dates);
    }
}
