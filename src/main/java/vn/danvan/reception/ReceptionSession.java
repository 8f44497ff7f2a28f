package vn.danvan.reception;

import java.time.LocalDate;
import java.util.List;

/**
 * A reception session: the regular desk on a day, or a head's periodic reception day, planned and (once it took
 * place) held, with who received the citizens.
 */
public record ReceptionSession(long id, SessionKind kind, long organizationId, long unitId, LocalDate plannedOn,
                               boolean held, LocalDate heldOn, String place, String headName, String headTitle,
                               ReceivedBy receivedBy, String deputyName, String deputyTitle, String note,
                               List<Official> officials, int version) {

    public ReceptionSession {
        officials = officials == null ? List.of() : List.copyOf(officials);
    }

    public enum Status { PLANNED, HELD, MISSED }

    /** Held; planned and still ahead (or today); or planned and passed without being held. */
    public Status status(LocalDate today) {
        if (held) {
            return Status.HELD;
        }
        return plannedOn.isBefore(today) ? Status.MISSED : Status.PLANNED;
    }

    /** The day that counts: the day held, else the day planned. */
    public LocalDate day() {
        return held ? heldOn : plannedOn;
    }

    public boolean receivedByDeputy() {
        return receivedBy == ReceivedBy.DEPUTY;
    }

    /** An official who received citizens at the session. */
    public record Official(String fullName, String jobTitle) {
    }
}
