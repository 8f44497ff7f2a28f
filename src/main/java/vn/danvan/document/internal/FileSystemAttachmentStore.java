package vn.danvan.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.danvan.document.AttachmentStore;

/**
 * Attachment bytes as files under {@code danvan.documents.storage-dir} (default ./data/attachments), in
 * sub-directories by the first two characters of a random key. Keys are generated here, never taken from
 * user input, so no path can leave the root.
 */
@Component
@ConditionalOnProperty(name = "danvan.documents.storage", havingValue = "filesystem")
class FileSystemAttachmentStore implements AttachmentStore {

    private final Path root;

    FileSystemAttachmentStore(@Value("${danvan.documents.storage-dir:./data/attachments}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    @Override
    public String put(byte[] content) {
        String id = UUID.randomUUID().toString();
        Path file = pathOf(id);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "fs:" + id;
    }

    @Override
    public byte[] get(String key) {
        try {
            return Files.readAllBytes(pathOf(idOf(key)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(idOf(key)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String idOf(String key) {
        String id = key.startsWith("fs:") ? key.substring(3) : key;
        return UUID.fromString(id).toString();
    }

    private Path pathOf(String id) {
        Path file = root.resolve(id.substring(0, 2)).resolve(id).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("storage key outside the attachment root");
        }
        return file;
    }
}
