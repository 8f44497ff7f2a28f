package vn.danvan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/** Reading a text in the application: the page highlights citations and figures; the API returns them. */
class ExtractionIT extends IntegrationTest {

    static final String TEXT = "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ, năm 2023 toàn tỉnh"
            + " đã tiếp trên 38.500 lượt công dân, hoàn thành 73/102 nhiệm vụ, đạt 12,17%.";

    @Test
    void aPastedTextIsShownWithItsCitationsAndFiguresHighlighted() {
        WebSession browser = session();
        browser.login("bdv", "demo");
        browser.get("/extract");
        WebSession.Response page = browser.postFile("/extract", "file", "", new byte[0], Map.of("text", TEXT));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#doc-0")).isEqualTo("Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ");
        assertThat(page.html().select("#highlighted mark.figure").eachText())
                .contains("trên 38.500 lượt công dân", "73/102 nhiệm vụ", "12,17%");
        assertThat(page.text("#figure-table")).contains("38.500", "73/102", "12,17");
        assertThat(page.text("#citation-table")).contains("16/CT-TTg", "16/05/2016");
    }

    @Test
    void citationsAreResolvedAgainstTheRegistryAndUnknownOnesCanBeRegisteredPrefilled() {
        WebSession browser = session();
        browser.login("bdv", "demo");
        browser.get("/extract");
        String text = "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ, Chỉ thị số 16/CT-TTg"
                + " và Kế hoạch số 999/KH-UBND ngày 14/02/2023 của UBND tỉnh.";
        WebSession.Response page = browser.postFile("/extract", "file", "", new byte[0], Map.of("text", text));
        var rows = page.html().select("#citation-table tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).text()).contains("Đã có trong sổ");
        assertThat(rows.get(1).text()).contains("Nhiều văn bản khớp");
        assertThat(rows.get(2).text()).contains("Chưa có trong sổ", "Đăng ký văn bản này");
        String register = rows.get(2).selectFirst("a[href^=/documents/new]").attr("href");
        WebSession.Response form = browser.get(register);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().selectFirst("input[name=numberSymbol]").attr("value")).isEqualTo("999/KH-UBND");
        assertThat(form.html().selectFirst("input[name=issueDate]").attr("value")).isEqualTo("14/02/2023");
        assertThat(form.body()).contains("UBND tỉnh");
    }

    @Test
    void anImpossibleDateIsFlaggedAndTheRegistrysDateSuggestedWhenItSinglesOutOneDocument() {
        WebSession script = session().withBasicAuth("bdv", "demo");
        WebSession.Response response = script.postJson("/api/v1/extract",
                "{\"text\": \"Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/20216 của Thủ tướng Chính phủ\"}");
        assertThat(response.body()).contains("\"date\":null", "invalid-date", "\"resolution\":\"resolved\"",
                "\"suggestedDate\":\"2016-05-16\"");
    }

    @Test
    void aWordFileIsRead() throws IOException {
        WebSession browser = session();
        browser.login("xa", "demo");
        browser.get("/extract");
        WebSession.Response page = browser.postFile("/extract", "file", "bao-cao.docx", docx(TEXT), Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("bao-cao.docx");
        assertThat(page.html().select("#highlighted mark.cite")).hasSize(1);
    }

    @Test
    void aFileThatIsNeitherTextWordNorPdfIsRefusedInVietnamese() {
        WebSession browser = session();
        browser.login("bdv", "demo");
        browser.get("/extract");
        WebSession.Response page = browser.postFile("/extract", "file", "virus.exe", new byte[] {'M', 'Z', 0, 1}, Map.of());
        assertThat(page.text("#form-error")).contains("chỉ nhận .txt (UTF-8), .docx hoặc .pdf");
        WebSession.Response empty = browser.postFile("/extract", "file", "", new byte[0], Map.of("text", "  "));
        assertThat(empty.text("#form-error")).isEqualTo("Vui lòng dán nội dung hoặc chọn tệp cần đọc.");
    }

    @Test
    void theApiReturnsCitationsAndFiguresWithOffsets() {
        WebSession script = session().withBasicAuth("bdv", "demo");
        WebSession.Response response = script.postJson("/api/v1/extract",
                "{\"text\": \"" + TEXT.replace("\"", "\\\"") + "\"}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"symbol\":\"CT-TTg\"", "\"date\":\"2016-05-16\"", "\"value\":38500",
                "\"kind\":\"ratio\"", "\"numerator\":73", "\"denominator\":102", "\"resolution\":");
        assertThat(session().postJson("/api/v1/extract", "{\"text\": \"x\"}").status()).isIn(401, 403);
        WebSession.Response blank = script.postJson("/api/v1/extract", "{\"text\": \"\"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("Vui lòng dán nội dung");
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }
}
