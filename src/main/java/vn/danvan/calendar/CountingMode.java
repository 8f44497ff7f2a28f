package vn.danvan.calendar;

/** How a period is counted. */
public enum CountingMode {
    /** Only working days count ("10 ngày làm việc"). */
    WORKING,
    /** Every day counts; a period that ends on a day off ends on the next working day (Bộ luật Dân sự 2015, Art. 148). */
    CALENDAR
}
