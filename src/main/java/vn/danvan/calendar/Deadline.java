package vn.danvan.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A due date and how it was computed, so that a case can show "hạn 27/02/2026: bỏ qua 14/02–22/02 nghỉ Tết".
 *
 * @param start      the day of the event (receipt, acceptance…); counting starts the day after (BLDS 2015, Art. 147)
 * @param days       the length of the period
 * @param mode       working days or calendar days
 * @param nominalEnd for calendar days, start + days before the end rule; for working days, the due date
 * @param due        the last day on which the step can still be done in time
 * @param skipped    the days that did not count (working days) or over which the end was moved (calendar days)
 */
public record Deadline(LocalDate start, int days, CountingMode mode, LocalDate nominalEnd, LocalDate due,
                       List<CalendarDay> skipped) {

    public Deadline {
        skipped = List.copyOf(skipped);
    }

    /** True when the Art. 148 end rule moved the end of a calendar-day period. */
    public boolean moved() {
        return !nominalEnd.equals(due);
    }

    /** "Thứ Sáu" for the due date. */
    public String dueWeekday() {
        return CalendarDay.weekday(due);
    }

    /** The legal rules applied, for the explanation. */
    public List<String> rulesApplied() {
        return mode == CountingMode.WORKING
                ? List.of("Thời hạn bắt đầu từ ngày tiếp theo của ngày xảy ra sự kiện (Bộ luật Dân sự 2015, Điều 147)",
                          "Chỉ tính ngày làm việc: trừ thứ Bảy, Chủ nhật (Quyết định 188/1999/QĐ-TTg), ngày lễ, Tết, nghỉ bù (Bộ luật Lao động 2019, Điều 111–112) và lịch nghỉ hằng năm")
                : List.of("Thời hạn bắt đầu từ ngày tiếp theo của ngày xảy ra sự kiện (Bộ luật Dân sự 2015, Điều 147)",
                          "Ngày cuối cùng là ngày nghỉ thì thời hạn kết thúc vào cuối ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 148)");
    }
}
