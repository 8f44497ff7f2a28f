package vn.danvan.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * An event of mass-mobilization work: a conference, a delegation's visit, a dialogue or a meeting with voters.
 *
 * @param endsOn the last day of a visit over several days; null for a one-day event
 * @param minutes the minutes or main content (biên bản, nội dung chính)
 */
public record Activity(
        long id,
        ActivityKind kind,
        String title,
        LocalDate heldOn,
        LocalDate endsOn,
        String place,
        long organizerId,
        String minutes,
        List<Long> participantIds,
        List<Official> officials,
        List<Long> documentIds,
        int version) {

    /** The organizer or one of the participating organizations. */
    public boolean involves(long organizationId) {
        return organizerId == organizationId || participantIds.contains(organizationId);
    }

    public LocalDate lastDay() {
        return endsOn == null ? heldOn : endsOn;
    }
}
