package vn.danvan.petition;

/** The states of a case. Label key {@code case.status.<name>}. */
public enum CaseStatus {
    /** thụ lý: the resolution period runs from the acceptance date. */
    ACCEPTED,
    /** xác minh: handlers assigned, verification plan, dialogues. */
    VERIFYING,
    /** tạm đình chỉ. */
    SUSPENDED,
    /** kết luận / quyết định giải quyết issued. */
    CONCLUDED,
    /** the parties were notified of the outcome. */
    NOTIFIED,
    /** closed (satisfaction recorded). */
    CLOSED;

    /** The legal clock runs (or is paused) until the conclusion. */
    public boolean isOpen() {
        return this == ACCEPTED || this == VERIFYING || this == SUSPENDED;
    }
}
