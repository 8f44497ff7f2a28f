package vn.danvan.reception;

/** How a visit ended; the label key is {@code reception.outcome.<name>}. */
public enum VisitOutcome {
    /** Guided to the competent body (hướng dẫn, giải thích). */
    GUIDED,
    /** The petition was received (tiếp nhận đơn) — the petition module may open a case from it. */
    PETITION_RECEIVED,
    /** Transferred to the competent body (chuyển đơn, chuyển vụ việc). */
    TRANSFERRED,
    /** Answered at the desk (trả lời trực tiếp). */
    ANSWERED_DIRECTLY;

    /** Outcomes after which the citizen waits for an answer within the legal time limit (Luật Tiếp công dân, Art. 28). */
    public boolean awaitsAnswer() {
        return this == PETITION_RECEIVED || this == TRANSFERRED;
    }

    public String messageKey() {
        return "reception.outcome." + name();
    }
}
