package vn.danvan.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.danvan.system.RuleViolation;

/**
 * The text of an uploaded file: plain text (UTF-8), Word (.docx) or PDF with a text layer. The kind is
 * decided by the file's first bytes, not its name, so a renamed file cannot pass for another.
 */
public final class TextSource {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private TextSource() {
    }

    public static String read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("ingest.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("ingest.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (startsWith(content, "%PDF-")) {
                return pdf(content);
            }
            if (startsWith(content, "PK\u0003\u0004") && name.endsWith(".docx")) {
                return docx(content);
            }
            if (name.endsWith(".txt") || name.endsWith(".text") || name.isEmpty()) {
                return utf8(content);
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RuleViolation violation) {
                throw violation;
            }
            throw new RuleViolation("ingest.file.unreadable", fileName);
        }
        throw new RuleViolation("ingest.file.unsupported", fileName);
    }

    private static String pdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            String text = new PDFTextStripper().getText(document);
            if (text.isBlank()) {
                // a scanned PDF has no text layer; reading it needs OCR, which this system does not do
                throw new RuleViolation("ingest.file.noText");
            }
            return text;
        }
    }

    private static String docx(byte[] content) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw new RuleViolation("ingest.file.notUtf8");
        }
    }

    private static boolean startsWith(byte[] content, String magic) {
        byte[] prefix = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
