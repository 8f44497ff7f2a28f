package vn.danvan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentFileTest {

    @Test
    void recognisedByContentAndExtension() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(AttachmentFile.detect("chi-thi-16.pdf", pdf)).contains(AttachmentFile.PDF);
        assertThat(AttachmentFile.detect("anh.PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains(AttachmentFile.PNG);
        assertThat(AttachmentFile.detect("anh.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(AttachmentFile.JPEG);
    }

    @Test
    void aProgramRenamedPdfIsRefused() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThat(AttachmentFile.detect("chi-thi.pdf", exe)).isEmpty();
        byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        assertThat(AttachmentFile.detect("chi-thi.exe", pdf)).isEmpty();
        // a zip that is not a Word package is not a .docx
        assertThat(AttachmentFile.detect("a.docx", new byte[] {'P', 'K', 3, 4, 0, 0})).isEmpty();
    }
}
