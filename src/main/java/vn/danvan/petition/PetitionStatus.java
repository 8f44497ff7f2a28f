package vn.danvan.petition;

/** Where a petition stands after classification (xử lý đơn). Label key {@code petition.status.<name>}. */
public enum PetitionStatus {
    /** Received, not yet classified: the classification clock runs. */
    RECEIVED,
    /** Within competence, accepted (thụ lý): a case was opened. */
    ACCEPTED,
    /** A repeated petition on a matter that already has a case: attached to it, not counted twice. */
    ATTACHED,
    /** Not ours: transferred to the competent agency with a transfer slip (phiếu chuyển đơn). */
    TRANSFERRED,
    /** Not ours: the citizen was guided to the competent agency. */
    GUIDED,
    /** Not eligible: archived with the reason (lưu đơn). */
    ARCHIVED;

    public boolean isClassified() {
        return this != RECEIVED;
    }
}
