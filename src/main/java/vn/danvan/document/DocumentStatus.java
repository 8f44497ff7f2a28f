package vn.danvan.document;

/** Whether a document still applies. */
public enum DocumentStatus {
    IN_FORCE, REPLACED, EXPIRED
}
