package vn.danvan.petition;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The append-only records of a case, as shown on its page. */
public final class CaseHistory {

    private CaseHistory() {
    }

    /** One state change: who, when, from → to, why. */
    public record Transition(long id, long caseId, OffsetDateTime at, String actor, CaseAction action, CaseStatus from,
                             CaseStatus to, String reason) {
    }

    /** One event of the legal clock. */
    public record ClockEvent(long id, long caseId, SlaClock.Kind kind, LocalDate on, Integer days, RuleVariant variant,
                             String reason, OffsetDateTime recordedAt, String actor) {
    }

    /** A verification plan, a dialogue record (biên bản đối thoại) or a note. */
    public record Record(long id, long caseId, Kind kind, LocalDate heldOn, String participants, String content,
                         OffsetDateTime createdAt, String createdBy) {
        public enum Kind { PLAN, DIALOGUE, NOTE }
    }

    /** A recomputed due date, with the cause: "Hạn giải quyết thay đổi từ 12/02/2026 thành 24/02/2026 do cập nhật lịch nghỉ". */
    public record DeadlineChange(long id, Long caseId, Long petitionId, RuleStep step, LocalDate oldDue, LocalDate newDue,
                                 String cause, String detail, OffsetDateTime changedAt) {
    }

    /** A superior's demand for a report on an overdue case (Luật Tố cáo 2018, Art. 38), with its own due date. */
    public record ReportDemand(long id, long caseId, LocalDate demandedOn, String demandedBy, Long demandingOrganizationId,
                               Long ruleId, LocalDate dueDate, String note, LocalDate reportedOn, String reportText,
                               String reportedBy) {
        public boolean isOpen() {
            return reportedOn == null;
        }
    }
}
