package vn.danvan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/** The registry over HTTP: registration under the numbering rules, search, the citation chain, relations, attachments. */
class DocumentRegistryIT extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    DocumentRegistry registry;

    /** A number no other test of the run uses. */
    private static String uniqueNumber() {
        return String.valueOf(100_000 + (System.nanoTime() / 1000) % 800_000 + SEQUENCE.incrementAndGet() * 7);
    }

    private WebSession signedIn(String user) {
        WebSession session = session();
        session.login(user, "demo");
        return session;
    }

    private static Map<String, String> fields(String numberSymbol, String date, String issuer, String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("numberSymbol", numberSymbol);
        fields.put("type", "");
        fields.put("typeLabel", "");
        fields.put("issueDate", date);
        fields.put("year", "");
        fields.put("partyTerm", "");
        fields.put("issuerOrganizationId", "");
        fields.put("issuerName", issuer);
        fields.put("title", title);
        fields.put("status", "IN_FORCE");
        fields.put("tags", "kiểm thử");
        return fields;
    }

    private static long idOf(WebSession.Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        Matcher m = Pattern.compile("/documents/(\\d+)").matcher(created.location());
        assertThat(m.find()).as(created.location()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long demo(String number, String symbol, int year) {
        List<Document> found = registry.candidates(number, symbol, year, null);
        assertThat(found).as(number + "/" + symbol).hasSize(1);
        return found.get(0).id();
    }

    @Test
    void aCoordinatorRegistersADocumentAndATrueDuplicateIsRefusedWithAVietnameseMessage() {
        WebSession bdv = signedIn("bdv");
        assertThat(bdv.get("/documents/new").status()).isEqualTo(200);
        String number = uniqueNumber();
        long id = idOf(bdv.postForm("/documents/new", fields(number + "/KH-UBND", "14/02/2023", "UBND tỉnh Thái Nguyên",
                "Về việc triển khai thực hiện công tác dân vận chính quyền năm 2023")));
        WebSession.Response page = bdv.get("/documents/" + id);
        assertThat(page.body()).contains("Đã thêm văn bản vào sổ.");
        assertThat(page.text("#document-citation")).isEqualTo("Kế hoạch số " + number + "/KH-UBND");
        assertThat(page.text("#document-fields")).contains("14/02/2023", "Văn bản của cơ quan nhà nước");

        bdv.get("/documents/new");
        WebSession.Response duplicate = bdv.postForm("/documents/new", fields(" " + number + " / KH-UBND", "2023-03-01",
                "UBND  tỉnh Thái Nguyên", "Bản đăng ký lần hai"));
        assertThat(duplicate.status()).isEqualTo(200);
        assertThat(duplicate.text("#form-error")).contains("Văn bản này đã có trong sổ: Kế hoạch số " + number + "/KH-UBND",
                "14/02/2023", "Không đăng ký trùng.");
        assertThat(duplicate.html().selectFirst("#existing-link").attr("href")).endsWith("/documents/" + id);
        assertThat(duplicate.html().selectFirst("#title").text()).isEqualTo("Bản đăng ký lần hai");
        assertThat(registry.candidates(number, "KH-UBND", null, null)).hasSize(1);

        // the same number of another province's UBND is another document
        bdv.get("/documents/new");
        idOf(bdv.postForm("/documents/new", fields(number + "/KH-UBND", "14/02/2023", "UBND tỉnh Bình Phước", "Kế hoạch khác")));

        WebSession.Response invalid = bdv.postForm("/documents/new", fields("mười sáu", "31/02/2023", "", ""));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("Vui lòng nhập trích yếu văn bản.", "Ngày ban hành không hợp lệ");
    }

    @Test
    void stateNumbersRestartEachYearPartyNumbersRunThroughTheTerm() {
        WebSession bdv = signedIn("bdv");
        String state = uniqueNumber();
        bdv.get("/documents/new");
        idOf(bdv.postForm("/documents/new", fields(state + "/CT-TTg", "16/05/2016", "Thủ tướng Chính phủ", "Chỉ thị năm 2016")));
        bdv.get("/documents/new");
        idOf(bdv.postForm("/documents/new", fields(state + "/CT-TTg", "31/03/2020", "Thủ tướng Chính phủ", "Chỉ thị năm 2020")));
        bdv.get("/documents/new");
        WebSession.Response sameYear = bdv.postForm("/documents/new", fields(state + "/CT-TTg", "01/12/2020", "Thủ tướng", "Lần hai"));
        assertThat(sameYear.text("#form-error")).contains("đã có trong sổ: Chỉ thị số " + state + "/CT-TTg", "31/03/2020");

        String party = uniqueNumber();
        bdv.get("/documents/new");
        idOf(bdv.postForm("/documents/new", fields(party + "-HD/BDVTU", "12/01/2021", "Ban Dân vận Tỉnh ủy Thái Nguyên", "Hướng dẫn đầu nhiệm kỳ")));
        bdv.get("/documents/new");
        WebSession.Response sameTerm = bdv.postForm("/documents/new", fields(party + "-HD/BDVTU", "05/06/2024",
                "Ban Dân vận Tỉnh ủy Thái Nguyên", "Cùng số, cùng nhiệm kỳ"));
        assertThat(sameTerm.text("#form-error")).contains("đã có trong sổ: Hướng dẫn số " + party + "-HD/BDVTU");
        bdv.get("/documents/new");
        long nextTerm = idOf(bdv.postForm("/documents/new", fields(party + "-HD/BDVTU", "05/11/2025",
                "Ban Dân vận Tỉnh ủy Thái Nguyên", "Cùng số, nhiệm kỳ sau")));
        assertThat(registry.get(nextTerm).partyTerm()).isEqualTo("2025-2030");
        assertThat(registry.candidates(party, "HD/BDVTU", null, null)).hasSize(2);
    }

    @Test
    void searchIgnoresDiacriticsAndFiltersByTypeYearIssuerAndStatus() {
        WebSession xa = signedIn("xa");
        WebSession.Response found = xa.get("/documents?q=chi+thi+16");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.html().select("#document-table tbody td:first-child").eachText()).contains("16/CT-TTg");

        WebSession.Response htmx = xa.get("/documents?q=chi+thi+16&type=CT&year=2016&status=IN_FORCE&issuer=thu+tuong");
        List<String> numbers = htmx.html().select("#document-table tbody td:first-child").eachText();
        assertThat(numbers).contains("16/CT-TTg");
        assertThat(htmx.html().select("#document-table tbody td:nth-child(3)").eachText()).allMatch(d -> d.endsWith("2016"));
        assertThat(htmx.body()).doesNotContain("31/03/2020");

        assertThat(xa.get("/documents?q=chi+thi+16&type=ND").html().select("#documents-empty")).isNotEmpty();
        assertThat(xa.get("/documents?q=phoi+hop+06").html().select("#document-table tbody td:first-child").eachText())
                .contains("06-CTr/BDVTU-BCSĐUBND");
        assertThat(xa.get("/documents?sort=title&dir=asc").status()).isEqualTo(200);
        WebSession.Response export = xa.get("/documents/export.xlsx?q=chi+thi+16");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/vnd.openxmlformats");
    }

    @Test
    void theChainGoesUpFromThePlanToTheCentralDirectiveAndDownAgain() {
        long plan = demo("27", "KH/BDVTU-BCSĐUBND", 2023);
        long directive = demo("16", "CT-TTg", 2016);
        WebSession xa = signedIn("xa");
        WebSession.Response page = xa.get("/documents/" + plan);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#chain-up li").eachText()).containsExactly(
                "Chỉ thị số 16/CT-TTg", "Chương trình phối hợp số 79-CTr/BDVTW-BCSĐCP",
                "Chương trình phối hợp số 06-CTr/BDVTU-BCSĐUBND", "Kế hoạch phối hợp số 27-KH/BDVTU-BCSĐUBND");
        assertThat(page.text("#issuer-now")).contains("nay là:", "Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên");
        // the program module's demo plan for 2023 is issued as this document and shows here
        assertThat(page.text("#linked-work")).contains("Kế hoạch", "Kế hoạch phối hợp thực hiện công tác dân vận chính quyền năm 2023");
        String planLink = page.html().selectFirst("#linked-work a").attr("href");
        assertThat(xa.get(planLink).status()).isEqualTo(200);
        assertThat(page.html().select("#relation-form")).isEmpty();

        WebSession.Response top = xa.get("/documents/" + directive);
        assertThat(top.text("#linked-work")).contains("Chưa có nhiệm vụ, chương trình, kế hoạch nào");
        assertThat(top.text("#chain-down")).contains("79-CTr/BDVTW-BCSĐCP", "06-CTr/BDVTU-BCSĐUBND", "27-KH/BDVTU-BCSĐUBND");
        assertThat(top.text("#relations")).contains("Được viện dẫn bởi", "Chỉ thị số 33/CT-TTg");

        WebSession.Response api = signedIn("xa").withBasicAuth("xa", "demo").getJson("/api/v1/documents/" + plan);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("\"chainUp\"", "16/CT-TTg", "79-CTr/BDVTW-BCSĐCP");
    }

    @Test
    void relationsAreAddedAndRemovedAndReplacingChangesTheStatus() {
        WebSession bdv = signedIn("bdv");
        bdv.get("/documents/new");
        long older = idOf(bdv.postForm("/documents/new", fields(uniqueNumber() + "-QC/TU", "10/03/2021", "Tỉnh ủy Thái Nguyên", "Quy chế cũ")));
        bdv.get("/documents/new");
        long newer = idOf(bdv.postForm("/documents/new", fields(uniqueNumber() + "-QC/TU", "10/03/2024", "Tỉnh ủy Thái Nguyên", "Quy chế mới")));

        WebSession.Response page = bdv.get("/documents/" + newer + "?pick=quy+che+cu");
        assertThat(page.html().select("#otherId option").eachAttr("value")).contains(String.valueOf(older));
        WebSession.Response options = bdv.get("/documents/" + newer + "/relations/options?pick=quy+che+cu");
        assertThat(options.body()).contains("Quy chế cũ");

        assertThat(bdv.postForm("/documents/" + newer + "/relations", Map.of("otherId", String.valueOf(older), "kind", "REPLACES")).status())
                .isEqualTo(302);
        assertThat(bdv.get("/documents/" + newer).text(".alert-success")).isEqualTo("Đã thêm quan hệ.");
        assertThat(registry.get(older).status()).isEqualTo(DocumentStatus.REPLACED);
        WebSession.Response olderPage = bdv.get("/documents/" + older);
        assertThat(olderPage.text("#document-status")).isEqualTo("Đã được thay thế");
        assertThat(olderPage.text("#relations")).contains("Được thay thế bởi");
        assertThat(olderPage.html().selectFirst("#relations form[data-confirm]")).isNotNull();

        bdv.postForm("/documents/" + newer + "/relations", Map.of("otherId", String.valueOf(older), "kind", "REPLACES"));
        assertThat(bdv.get("/documents/" + newer).body()).contains("Quan hệ này đã có.");
        bdv.postForm("/documents/" + newer + "/relations", Map.of("otherId", String.valueOf(newer), "kind", "CITES"));
        assertThat(bdv.get("/documents/" + newer).body()).contains("Một văn bản không thể có quan hệ với chính nó.");

        assertThat(bdv.postForm("/documents/" + newer + "/relations/delete", Map.of("fromId", String.valueOf(newer),
                "toId", String.valueOf(older), "kind", "REPLACES")).status()).isEqualTo(302);
        assertThat(registry.get(older).status()).isEqualTo(DocumentStatus.IN_FORCE);
        assertThat(registry.relations(newer)).isEmpty();
    }

    @Test
    void attachmentsAreCheckedByContentStoredAndDownloaded() {
        WebSession bdv = signedIn("bdv");
        bdv.get("/documents/new");
        long id = idOf(bdv.postForm("/documents/new", fields(uniqueNumber() + "/QĐ-UBND", "14/09/2023", "UBND tỉnh Thái Nguyên", "Quyết định có tệp")));
        bdv.get("/documents/" + id);
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(bdv.postFile("/documents/" + id + "/attachments", "file", "quyết định.pdf", pdf, Map.of()).status()).isEqualTo(302);
        WebSession.Response page = bdv.get("/documents/" + id);
        assertThat(page.body()).contains("Đã tải lên tệp quyết định.pdf.");
        String href = page.html().selectFirst("#attachments a[href*=/attachments/]").attr("href");
        WebSession.Response download = bdv.get(href);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.bytes()).isEqualTo(pdf);

        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        bdv.postFile("/documents/" + id + "/attachments", "file", "chi-thi.pdf", exe, Map.of());
        assertThat(bdv.get("/documents/" + id).text(".alert-danger")).contains("Tệp \"chi-thi.pdf\" không được nhận");
        assertThat(registry.attachments(id)).hasSize(1);
        assertThat(registry.attachments(id).get(0).sha256()).hasSize(64);

        WebSession.Response withFile = bdv.get("/documents/" + id);
        String remove = withFile.html().selectFirst("#attachments form[action*=/delete]").attr("action");
        assertThat(withFile.html().selectFirst("#attachments form[action*=/delete]").attr("data-confirm")).contains("quyết định.pdf");
        WebSession xa = signedIn("xa");
        xa.get("/documents/" + id);
        assertThat(xa.postForm(remove, Map.of()).status()).isEqualTo(403);
        assertThat(bdv.postForm(remove, Map.of()).status()).isEqualTo(302);
        assertThat(registry.attachments(id)).isEmpty();
        assertThat(bdv.get(href).status()).isEqualTo(404);
    }

    @Test
    void everyoneReadsOnlyCoordinatorsLeadersAndAdministratorsChange() {
        long directive = demo("16", "CT-TTg", 2016);
        WebSession xa = signedIn("xa");
        assertThat(xa.get("/documents").status()).isEqualTo(200);
        assertThat(xa.get("/documents").html().select("#new-document")).isEmpty();
        assertThat(xa.get("/documents/" + directive).status()).isEqualTo(200);
        assertThat(xa.get("/documents/new").status()).isEqualTo(403);
        assertThat(xa.postForm("/documents/new", fields(uniqueNumber() + "/CT-TTg", "01/01/2024", "Thủ tướng Chính phủ", "Không được")).status())
                .isEqualTo(403);
        assertThat(xa.postForm("/documents/" + directive + "/relations", Map.of("otherId", "1", "kind", "CITES")).status()).isEqualTo(403);
        assertThat(session().withBasicAuth("xa", "demo").postJson("/api/v1/documents",
                "{\"numberSymbol\":\"" + uniqueNumber() + "/CT-TTg\",\"issuerName\":\"Thủ tướng Chính phủ\",\"issueDate\":\"2024-01-01\",\"title\":\"x\"}")
                .status()).isEqualTo(403);
        assertThat(xa.get("/documents/999999999").status()).isEqualTo(404);

        WebSession bdv = signedIn("bdv");
        bdv.get("/documents/new");
        WebSession.Response forged = bdv.postFormRaw("/documents/new", fields(uniqueNumber() + "/CT-TTg", "01/01/2024", "Thủ tướng Chính phủ", "Giả mạo"));
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void scriptsRegisterSearchAndRelateThroughTheApi() {
        WebSession api = session().withBasicAuth("bdv", "demo");
        String number = uniqueNumber();
        WebSession.Response created = api.postJson("/api/v1/documents", """
                {"numberSymbol":"%s/KH-UBND","issuerName":"UBND tỉnh Thái Nguyên","issueDate":"2024-02-14",
                 "title":"Kế hoạch qua API","tags":["api"]}""".formatted(number));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertThat(id.find()).isTrue();
        long directive = demo("33", "CT-TTg", 2021);
        assertThat(api.postJson("/api/v1/documents/" + id.group(1) + "/relations",
                "{\"toId\":" + directive + ",\"kind\":\"IMPLEMENTS\"}").status()).isEqualTo(201);

        WebSession.Response duplicate = api.postJson("/api/v1/documents", """
                {"numberSymbol":"%s/KH-UBND","issuerName":"UBND tỉnh Thái Nguyên","issueDate":"2024-05-01","title":"Lần hai"}""".formatted(number));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body()).contains("đã có trong sổ");

        WebSession.Response search = api.getJson("/api/v1/documents?q=ke+hoach+" + number);
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).contains(number + "/KH-UBND", "\"total\":1");
        assertThat(api.getJson("/api/v1/documents/candidates?number=16&symbol=CT-TTg").body()).contains("2016-05-16", "2020-03-31");
        assertThat(api.getJson("/api/v1/documents/" + directive).body()).contains(number + "/KH-UBND");
    }
}
