package vn.danvan.petition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;

/** A case (hồ sơ vụ việc): one per matter, with its legal clock's current due date. */
public record PetitionCase(long id, MatterCategory category, MatterField field, int instance, Long parentCaseId,
                           RuleVariant variant, String title, long handlingOrganizationId, Long unitId,
                           Long responsibleLeaderId, CaseStatus status, CaseStatus statusBeforeSuspension, LocalDate acceptedOn,
                           Long ruleId, LocalDate dueDate, String dueExplanation, int extensionsUsed, String verificationPlan,
                           Long conclusionDocumentId, String conclusionSummary, LocalDate concludedOn, LocalDate notifiedOn,
                           LocalDate closedOn, Satisfaction satisfaction, String satisfactionNote, int petitionCount,
                           int version, OffsetDateTime createdAt, String createdBy) {

    /** Days from today to the due date (negative when overdue); null when no due date runs. */
    public Integer remainingDays(LocalDate today) {
        return dueDate == null || !status.isOpen() ? null : (int) java.time.temporal.ChronoUnit.DAYS.between(today, dueDate);
    }

    public boolean overdueOn(LocalDate today) {
        return status.isOpen() && status != CaseStatus.SUSPENDED && dueDate != null && today.isAfter(dueDate);
    }

    public boolean dueSoonOn(LocalDate today) {
        Integer remaining = remainingDays(today);
        return status.isOpen() && remaining != null && remaining >= 0 && remaining <= Cases.DUE_SOON_DAYS;
    }

    /** Concluded after the due date. */
    public boolean concludedLate() {
        return concludedOn != null && dueDate != null && concludedOn.isAfter(dueDate);
    }
}
