package vn.danvan.petition;

/** Which limit of a step applies. Label key {@code rule.variant.<name>}. */
public enum RuleVariant {
    NORMAL,
    /** vụ việc phức tạp. */
    COMPLEX,
    /** vùng sâu, vùng xa, đi lại khó khăn. */
    REMOTE,
    /** phức tạp ở vùng sâu, vùng xa. */
    REMOTE_COMPLEX,
    /** cần xác minh ở nhiều địa điểm. */
    SEVERAL_PLACES,
    /** đặc biệt phức tạp. */
    ESPECIALLY_COMPLEX
}
