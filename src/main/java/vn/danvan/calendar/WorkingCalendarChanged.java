package vn.danvan.calendar;

import java.time.LocalDate;
import java.util.List;
import vn.danvan.system.VietnameseFormat;

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

    /** What a recomputed due date records as the detail of its cause: "Cập nhật lịch nghỉ (ngày 15/10/2026, admin)". */
    public String detail() {
        String which = dates.size() == 1 ? "ngày " + VietnameseFormat.date(dates.get(0)) : dates.size() + " ngày";
        return "Cập nhật lịch nghỉ (" + which + ", " + actor + ")";
    }
}
