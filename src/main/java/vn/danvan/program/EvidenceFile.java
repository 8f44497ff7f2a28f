package vn.danvan.program;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.danvan.document.AttachmentFile;

/**
 * The kinds of evidence a progress update may carry: PDF, Word (DOCX), Excel (XLSX), JPEG and PNG pictures.
 * Recognised by their first bytes like the document registry's attachments ({@link AttachmentFile}, which
 * this delegates to for the kinds they share), so that a program renamed ".pdf" is refused; the extension must
 * agree with the content. The old binary .doc is not accepted: officers' reports are DOCX today.
 */
public enum EvidenceFile {
    PDF(AttachmentFile.PDF.contentType()),
    DOCX(AttachmentFile.DOCX.contentType()),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PNG(AttachmentFile.PNG.contentType()),
    JPEG(AttachmentFile.JPEG.contentType());

    /** The same bound as a document's attachment (and the servlet's multipart limit). */
    public static final long MAX_SIZE = AttachmentFile.MAX_SIZE;

    private final String contentType;

    EvidenceFile(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<EvidenceFile> detect(String fileName, byte[] content) {
        if ("xlsx".equals(extension(fileName))) {
            return isPackageWith(content, "xl/") ? Optional.of(XLSX) : Optional.empty();
        }
        return AttachmentFile.detect(fileName, content).flatMap(kind -> switch (kind) {
            case PDF -> Optional.of(PDF);
            case DOCX -> Optional.of(DOCX);
            case PNG -> Optional.of(PNG);
            case JPEG -> Optional.of(JPEG);
            case DOC -> Optional.<EvidenceFile>empty();
        });
    }

    /** An Office Open XML package (a ZIP) with a part under the folder, "xl/" for a workbook. */
    private static boolean isPackageWith(byte[] content, String folder) {
        if (content == null || content.length < 4 || content[0] != 0x50 || content[1] != 0x4B || content[2] != 0x03 || content[3] != 0x04) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 200) {
                if (entry.getName().startsWith(folder)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
