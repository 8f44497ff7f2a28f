package vn.danvan.petition;

import java.time.LocalDate;

/**
 * What the public tracking page may show for a tracking code: the status, the current step and its due date —
 * nothing personal, not the content, not the organization's internal notes.
 *
 * @param status      {@code petition.status.*} of the petition
 * @param caseStatus  {@code case.status.*} once accepted, else null
 * @param currentStep the step now running ({@code rule.step.*}), null when finished
 * @param dueDate     the due date of the current step, null when none runs
 */
public record PublicTracking(String trackingCode, LocalDate receivedOn, PetitionStatus status, CaseStatus caseStatus,
                             RuleStep currentStep, LocalDate dueDate) {
}
