package vn.danvan.program;

import java.util.List;

/** A task (nhiệm vụ) of a plan, with its lead (chủ trì) and coordinating (phối hợp) organizations. */
public record Task(
        long id,
        long planId,
        int planYear,
        Long groupId,
        Long contentId,
        int ordinal,
        String title,
        String description,
        String expectedOutput,
        long leadOrganizationId,
        List<Long> coordinatorIds,
        TaskDeadline deadline,
        Priority priority,
        int weight,
        String cancelledReason,
        String adjustedReason,
        int version) {

    public enum Priority { HIGH, NORMAL, LOW }

    public boolean isCancelled() {
        return cancelledReason != null;
    }

    public boolean isAdjusted() {
        return adjustedReason != null;
    }

    /** The lead or one of the coordinating organizations. */
    public boolean involves(long organizationId) {
        return leadOrganizationId == organizationId || coordinatorIds.contains(organizationId);
    }
}
