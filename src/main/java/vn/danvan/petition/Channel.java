package vn.danvan.petition;

/** How a petition reached the agency. Label key {@code petition.channel.<name>}. */
public enum Channel {
    /** trực tiếp, at the reception desk. */
    IN_PERSON,
    /** qua bưu chính. */
    POST,
    /** qua cổng trực tuyến (Luật 136/2025/QH15 adds online reception). */
    ONLINE,
    /** do cơ quan khác chuyển đến. */
    TRANSFERRED
}
