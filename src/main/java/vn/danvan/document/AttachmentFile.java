package vn.danvan.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a document may carry, recognised by their first bytes (magic numbers), not by the name a
 * browser sends: a program renamed ".pdf" is refused. The extension must agree with the content.
 */
public enum AttachmentFile {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    DOC("application/msword", "doc"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    public static final long MAX_SIZE = 20L * 1024 * 1024;

    private final String contentType;
    private final String[] extensions;

    AttachmentFile(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** The kind of this content, if it is one of the allowed kinds and the file name's extension agrees. */
    public static Optional<AttachmentFile> detect(String fileName, byte[] content) {
        Optional<AttachmentFile> byContent = byContent(content);
        String extension = extension(fileName);
        return byContent.filter(kind -> java.util.Arrays.asList(kind.extensions).contains(extension));
    }

    static Optional<AttachmentFile> byContent(byte[] c) {
        if (startsWith(c, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of(PDF);
        }
        if (startsWith(c, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(c, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(c, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of(DOC);
        }
        if (startsWith(c, 0x50, 0x4B, 0x03, 0x04) && isWordPackage(c)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    private static boolean isWordPackage(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 200) {
                if (entry.getName().startsWith("word/")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
