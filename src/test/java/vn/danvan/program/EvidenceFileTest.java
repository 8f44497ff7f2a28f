package vn.danvan.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Evidence files are recognised by their first bytes, and the extension must agree with the content. */
class EvidenceFileTest {

    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private static byte[] zipWith(String part) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(part));
            zip.write(1);
        }
        return bytes.toByteArray();
    }

    @Test
    void theAllowedKindsAreRecognisedByTheirContent() throws Exception {
        assertThat(EvidenceFile.detect("bien-ban.pdf", PDF)).contains(EvidenceFile.PDF);
        assertThat(EvidenceFile.detect("bao-cao.docx", zipWith("word/document.xml"))).contains(EvidenceFile.DOCX);
        assertThat(EvidenceFile.detect("so-lieu.XLSX", zipWith("xl/workbook.xml"))).contains(EvidenceFile.XLSX);
    }

    @Test
    void aMismatchOrAnotherKindIsRefused() throws Exception {
        assertThat(EvidenceFile.detect("so-lieu.xlsx", zipWith("word/document.xml"))).isEmpty();
        assertThat(EvidenceFile.detect("bao-cao.docx", zipWith("xl/workbook.xml"))).isEmpty();
        assertThat(EvidenceFile.detect("anh.png", PDF)).isEmpty();
        assertThat(EvidenceFile.detect("cu.doc", OLE)).as("old binary Word is not an evidence kind").isEmpty();
        assertThat(EvidenceFile.detect("chuong-trinh.pdf", "MZ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(EvidenceFile.detect(null, PDF)).isEmpty();
    }
}
