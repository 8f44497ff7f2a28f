package vn.danvan.reception;

import java.time.LocalDate;

/**
 * Filters of the visit list: folded text (content, outcome, transfer target, non-protected names), received
 * between two days, receiving organization, unit where the matter arises (with its subtree and the former units
 * that roll up into it), category, field, outcome, only crowd delegations, only overdue answers.
 */
public record VisitSearch(String text, LocalDate from, LocalDate to, Long organizationId, Long unitId,
                          MatterCategory category, MatterField field, VisitOutcome outcome, boolean crowdOnly,
                          boolean overdueOnly) {

    public static VisitSearch all() {
        return new VisitSearch(null, null, null, null, null, null, null, null, false, false);
    }
}
