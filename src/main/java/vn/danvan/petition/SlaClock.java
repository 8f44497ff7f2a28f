package vn.danvan.petition;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.danvan.calendar.CalendarDay;
import vn.danvan.calendar.CalendarRules;
import vn.danvan.calendar.CountingMode;
import vn.danvan.system.VietnameseFormat;

/**
 * The legal clock of a case, like an SLA clock: started on acceptance, paused by a suspension, resumed, extended,
 * stopped by the conclusion. Pure: from the recorded events, the rule's limit and the working calendar it answers
 * the due date with an explanation, so that due dates can be recomputed from history whenever the calendar or a
 * rule changes.
 *
 * <p>Counting (Bộ luật Dân sự 2015): the period starts the day after the start (Art. 147); in calendar days an end on
 * a day off moves to the next working day (Art. 148); in working days only working days count. When the rule says
 * suspended time is not counted (Luật 136/2025/QH15 for complaints from 01/7/2026), the days after a suspension
 * up to and including the day of resumption do not count; otherwise the clock keeps running while suspended.
 * An extension adds its days to the period.
 */
public final class SlaClock {

    private SlaClock() {
    }

    /** VARIANT records a change of the case's variant (another rule row); it does not move the clock by itself. */
    public enum Kind { START, PAUSE, RESUME, EXTEND, STOP, VARIANT }

    /** One clock event; {@code days} only for EXTEND. */
    public record Event(Kind kind, LocalDate on, int days) {
        public static Event start(LocalDate on) {
            return new Event(Kind.START, on, 0);
        }

        public static Event pause(LocalDate on) {
            return new Event(Kind.PAUSE, on, 0);
        }

        public static Event resume(LocalDate on) {
            return new Event(Kind.RESUME, on, 0);
        }

        public static Event extend(LocalDate on, int days) {
            return new Event(Kind.EXTEND, on, days);
        }

        public static Event stop(LocalDate on) {
            return new Event(Kind.STOP, on, 0);
        }
    }

    public enum State { NOT_STARTED, RUNNING, PAUSED, STOPPED }

    /**
     * @param due             the last day to act in time; {@code null} while paused with suspended time excluded
     * @param period          the limit plus the extensions
     * @param excludedDays    suspended days that did not count
     * @param skipped         days off skipped (working days) or over which the end moved (calendar days)
     * @param explanation     Vietnamese sentences for the case page
     */
    public record Result(State state, LocalDate start, LocalDate due, int period, int extensionDays, List<LocalDate> excludedDays,
                         List<CalendarDay> skipped, LocalDate stoppedOn, List<String> explanation) {

        /** Calendar days from {@code today} to the due date; negative when overdue. */
        public Integer remainingDays(LocalDate today) {
            return due == null ? null : (int) ChronoUnit.DAYS.between(today, due);
        }

        public boolean overdueOn(LocalDate today) {
            return due != null && state != State.STOPPED && today.isAfter(due);
        }

        /** Stopped after the due date: resolved late. */
        public boolean late() {
            return state == State.STOPPED && due != null && stoppedOn != null && stoppedOn.isAfter(due);
        }
    }

    public static Result compute(CalendarRules calendar, int limitDays, CountingMode mode, boolean suspensionExcluded,
                                 List<Event> events) {
        List<Event> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(Event::on)); // stable: same-day events keep their recorded order
        LocalDate start = null;
        LocalDate pausedSince = null;
        LocalDate stoppedOn = null;
        int extension = 0;
        List<LocalDate[]> suspensions = new ArrayList<>();
        for (Event event : ordered) {
            switch (event.kind()) {
                case START -> start = start == null ? event.on() : start;
                case PAUSE -> pausedSince = pausedSince == null ? event.on() : pausedSince;
                case RESUME -> {
                    if (pausedSince != null) {
                        suspensions.add(new LocalDate[] {pausedSince, event.on()});
                        pausedSince = null;
                    }
                }
                case EXTEND -> extension += event.days();
                case STOP -> stoppedOn = event.on();
                case VARIANT -> { }
            }
        }
        List<String> explanation = new ArrayList<>();
        if (start == null) {
            return new Result(State.NOT_STARTED, null, null, limitDays + extension, extension, List.of(), List.of(), null,
                    List.of("Chưa bắt đầu tính thời hạn."));
        }
        State state = stoppedOn != null ? State.STOPPED : pausedSince != null ? State.PAUSED : State.RUNNING;
        int period = limitDays + extension;
        explanation.add("Bắt đầu tính từ ngày tiếp theo của ngày " + VietnameseFormat.date(start)
                + " (Bộ luật Dân sự 2015, Điều 147); thời hạn " + limitDays + (mode == CountingMode.WORKING ? " ngày làm việc" : " ngày")
                + (extension > 0 ? ", gia hạn thêm " + extension + " ngày" : "") + ".");
        Set<LocalDate> excluded = new TreeSet<>();
        if (suspensionExcluded) {
            for (LocalDate[] s : suspensions) {
                for (LocalDate d = s[0].plusDays(1); !d.isAfter(s[1]); d = d.plusDays(1)) {
                    excluded.add(d);
                }
                explanation.add("Không tính thời gian tạm đình chỉ từ " + VietnameseFormat.date(s[0]) + " đến "
                        + VietnameseFormat.date(s[1]) + " (" + ChronoUnit.DAYS.between(s[0], s[1]) + " ngày).");
            }
            if (state == State.PAUSED) {
                explanation.add("Đang tạm đình chỉ từ " + VietnameseFormat.date(pausedSince)
                        + ": thời hạn dừng lại, sẽ tính tiếp khi tiếp tục giải quyết.");
                return new Result(state, start, null, period, extension, List.copyOf(excluded), List.of(), null, explanation);
            }
        } else if (!suspensions.isEmpty() || state == State.PAUSED) {
            explanation.add("Quy định áp dụng không loại trừ thời gian tạm đình chỉ: thời hạn vẫn tiếp tục tính.");
        }
        List<CalendarDay> skipped = new ArrayList<>();
        LocalDate day = start;
        int counted = 0;
        while (counted < period) {
            day = day.plusDays(1);
            if (excluded.contains(day)) {
                continue;
            }
            if (mode == CountingMode.WORKING && !calendar.isWorkingDay(day)) {
                skipped.add(calendar.day(day));
                continue;
            }
            counted++;
        }
        LocalDate due = day;
        if (mode == CountingMode.CALENDAR) {
            while (!calendar.isWorkingDay(due)) {
                skipped.add(calendar.day(due));
                due = due.plusDays(1);
            }
            if (!due.equals(day)) {
                explanation.add("Ngày cuối cùng " + VietnameseFormat.date(day) + " là ngày nghỉ nên thời hạn kết thúc vào ngày làm việc tiếp theo "
                        + VietnameseFormat.date(due) + " (Bộ luật Dân sự 2015, Điều 148).");
            }
        } else if (!skipped.isEmpty()) {
            explanation.add("Không tính " + skipped.size() + " ngày nghỉ (thứ Bảy, Chủ nhật, lễ, Tết, nghỉ bù).");
        }
        explanation.add("Hạn: " + CalendarDay.weekday(due) + ", " + VietnameseFormat.date(due) + ".");
        if (stoppedOn != null) {
            explanation.add(stoppedOn.isAfter(due) ? "Kết thúc ngày " + VietnameseFormat.date(stoppedOn) + ": quá hạn."
                    : "Kết thúc ngày " + VietnameseFormat.date(stoppedOn) + ": đúng hạn.");
        }
        return new Result(state, start, due, period, extension, List.copyOf(excluded), skipped, stoppedOn, explanation);
    }
}
