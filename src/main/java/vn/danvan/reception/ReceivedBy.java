package vn.danvan.reception;

/** Who actually received citizens at a head's periodic session. */
public enum ReceivedBy {
    /** The head in person. */
    HEAD,
    /** A deputy on the head's behalf (ủy quyền cấp phó): not allowed from 1/7/2026 (Luật 136/2025/QH15). */
    DEPUTY
}
