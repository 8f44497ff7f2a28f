package vn.danvan.reception;

/** What a reception session is; the label key is {@code reception.session.kind.<name>}. */
public enum SessionKind {
    /** The regular desk of a reception office or a People's Committee (tiếp thường xuyên). */
    REGULAR_DESK,
    /** The periodic reception day of the head of a People's Committee or an agency (Luật Tiếp công dân, Art. 13–15). */
    HEAD_PERIODIC,
    /** The periodic reception day of a Party committee's secretary (Quy định 11-QĐi/TW, Kết luận 215-KL/TW). */
    PARTY_HEAD_PERIODIC,
    /** An ad-hoc or thematic reception (đột xuất, chuyên đề: complex, crowd or multi-agency cases, Art. 18). */
    THEMATIC;

    /** A head's periodic day: counted against the reception rules. */
    public boolean isPeriodic() {
        return this == HEAD_PERIODIC || this == PARTY_HEAD_PERIODIC;
    }

    public String messageKey() {
        return "reception.session.kind." + name();
    }
}
