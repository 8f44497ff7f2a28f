package vn.danvan.reception;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A recomputed answer due day of a visit awaiting its answer, with the cause: "Hạn trả lời thay đổi từ 20/02/2026
 * thành 23/02/2026 do cập nhật lịch nghỉ". Append-only.
 */
public record VisitDueChange(long id, long visitId, LocalDate oldDue, LocalDate newDue, Cause cause, String detail,
                             OffsetDateTime changedAt) {

    /** What moved the due day: the working calendar (a day off or a swapped working day) or the reception time limit. */
    public enum Cause {
        CALENDAR, RULE;

        public String messageKey() {
            return "reception.dueChange.cause." + name();
        }
    }
}
