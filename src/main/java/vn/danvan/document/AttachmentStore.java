package vn.danvan.document;

/**
 * Where attachment bytes live: in the database (default) or on disk, chosen by
 * {@code danvan.documents.storage=database|filesystem}. Exactly one implementation is a bean.
 */
public interface AttachmentStore {

    /** Stores the bytes under a new key and returns the key. */
    String put(byte[] content);

    byte[] get(String key);

    void delete(String key);
}
