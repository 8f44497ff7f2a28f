package vn.danvan.document;

import java.time.OffsetDateTime;

/** A file attached to a document; its bytes are in the {@link AttachmentStore} under storageKey. */
public record Attachment(long id, long documentId, String fileName, String contentType, long size, String sha256,
                         String storageKey, OffsetDateTime uploadedAt, String uploadedBy) {
}
