package vn.danvan.program;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;

/** A file proving a progress update (minh chứng); its bytes are in the document module's attachment store. */
public record Evidence(long id, long progressUpdateId, String fileName, String contentType, long size, String sha256,
                       @JsonIgnore String storageKey, OffsetDateTime uploadedAt, String uploadedBy) {
}
