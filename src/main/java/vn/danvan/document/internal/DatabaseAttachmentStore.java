package vn.danvan.document.internal;

import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.document.AttachmentStore;

/** Attachment bytes in the table document_blob: backed up with the database, the default. */
@Component
@ConditionalOnProperty(name = "danvan.documents.storage", havingValue = "database", matchIfMissing = true)
class DatabaseAttachmentStore implements AttachmentStore {

    private final JdbcClient jdbc;

    DatabaseAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String put(byte[] content) {
        String key = "db:" + UUID.randomUUID();
        jdbc.sql("INSERT INTO document_blob (storage_key, bytes) VALUES (:key, :bytes)")
                .param("key", key).param("bytes", content).update();
        return key;
    }

    @Override
    public byte[] get(String key) {
        return jdbc.sql("SELECT bytes FROM document_blob WHERE storage_key = :key")
                .param("key", key).query((rs, row) -> rs.getBytes(1)).single();
    }

    @Override
    public void delete(String key) {
        jdbc.sql("DELETE FROM document_blob WHERE storage_key = :key").param("key", key).update();
    }
}
