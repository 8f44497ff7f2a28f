package vn.danvan.petition;

/** The outcomes of classification the law provides. Label key {@code petition.outcome.<name>}. */
public enum ClassificationOutcome {
    /** thụ lý: opens a case. */
    ACCEPT,
    /** đơn trùng: attaches to the existing case of the same matter. */
    ATTACH,
    /** chuyển đơn, with a transfer slip. */
    TRANSFER,
    /** hướng dẫn the citizen to the competent agency. */
    GUIDE,
    /** lưu đơn with the reason. */
    ARCHIVE
}
