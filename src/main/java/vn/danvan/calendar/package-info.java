/**
 * Working days and deadlines: weekends, public holidays (solar and lunar, converted per year with the
 * Vietnamese UTC+7 lunar calendar), compensatory days off, and the yearly calendar the government announces
 * (days off and swapped working days), editable and importable. {@link vn.danvan.calendar.WorkingCalendar}
 * answers "is this a working day" and "when is this due"; every change of the calendar publishes
 * {@link vn.danvan.calendar.WorkingCalendarChanged} so that modules holding due dates can recompute them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lịch làm việc", allowedDependencies = {"system", "audit"})
package vn.danvan.calendar;
