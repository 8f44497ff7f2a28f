package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.danvan.support.WebSession;

/**
 * The public tracking page and API (issue 5): open without sign-in, the same "not found" for unknown and
 * malformed codes, nothing personal for a denunciation or a complaint (Luật Tố cáo 2018, Art. 47–48: the
 * denouncer's identity is secret), a limit of lookups per client answered with 429 and Retry-After, and the
 * citizen's satisfaction recorded once.
 *
 * <p>This class runs its own application context with a low limit (30 lookups a minute) and with forwarded
 * headers honoured from the loopback proxy, so that each test can speak as another client address
 * (X-Forwarded-For) and the tests do not use up one another's allowance.
 */
@TestPropertySource(properties = {
        "danvan.tracking.rate-limit.per-minute=" + PublicTrackingIT.PER_MINUTE,
        "danvan.tracking.rate-limit.per-day=1000",
        "server.forward-headers-strategy=native"
})
class PublicTrackingIT extends PetitionFixtures {

    static final int PER_MINUTE = 30;
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Autowired
    JdbcClient jdbc;

    /** A client address of its own (TEST-NET-3), different for every call. */
    static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "203.0.113." + (n % 250 + 1);
    }

    record Answer(int status, String body, HttpResponse<String> raw) {
        Document html() {
            return Jsoup.parse(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Answer get(String path, String client, String accept) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-For", client).header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer page(String code, String client) {
        return get("/tra-cuu?ma=" + URLEncoder.encode(code, StandardCharsets.UTF_8), client, "text/html");
    }

    Answer api(String code, String client) {
        return get("/api/public/tracking/" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20"), client, "application/json");
    }

    /** The code with its last (check) character replaced: one wrong character, which the check character catches. */
    static String mistyped(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == 'Z' ? 'Y' : last == '9' ? 'A' : (char) (last + 1));
    }

    @Test
    void thePageAndTheApiNeedNoSignIn() {
        WebSession citizen = session();
        WebSession.Response form = citizen.get("/tra-cuu");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().selectFirst("#tracking-form")).isNotNull();
        // the public layout: no navigation bar, no user menu
        assertThat(form.html().select("nav.navbar")).isEmpty();
        assertThat(citizen.get("/login").html().selectFirst("#public-tracking-link").attr("href")).isEqualTo("/tra-cuu");

        WebSession tiepdan = signedIn("tiepdan");
        String code = receive(tiepdan, "COMPLAINT", "LAND", "05503", "TN-BTCD", today(), "UBND xã Tân Cương " + tag(),
                "Khiếu nại việc thu hồi đất " + tag(), person("Lò Thị Tra " + tag(), idNumber(), false)).path("trackingCode").asText();
        assertThat(page(code, newClient()).status()).isEqualTo(200);
        assertThat(api(code, newClient()).status()).isEqualTo(200);
        // typed as people type it: lower case, spaces instead of dashes, O for 0
        String typed = TrackingCode.display(code).toLowerCase().replace('-', ' ').replace('0', 'o');
        assertThat(page(typed, newClient()).html().selectFirst("#tracking-code").text()).isEqualTo(TrackingCode.display(code));
        // a signed-in officer opening the page sees the same public page, without their name
        WebSession.Response asOfficer = tiepdan.get("/tra-cuu?ma=" + code);
        assertThat(asOfficer.html().select("nav.navbar")).isEmpty();
        assertThat(asOfficer.body()).doesNotContain("Vũ Văn Tiếp Dân");
    }

    @Test
    void anUnknownAndAMalformedCodeGetTheSameNotFound() {
        String unknown = TrackingCode.generate();
        List<String> inputs = List.of(unknown, mistyped(unknown), "ABC", "'; DROP TABLE petition; --", "x".repeat(200), "ĐƠN-123");
        String client = newClient();
        String first = null;
        String firstApi = null;
        for (String input : inputs) {
            Answer html = page(input, client);
            assertThat(html.status()).as(input).isEqualTo(404);
            assertThat(html.html().selectFirst("#tracking-result")).as(input).isNull();
            String message = html.html().selectFirst("#tracking-not-found").text();
            assertThat(message).isEqualTo("Không tìm thấy đơn với mã tra cứu này.");
            first = first == null ? message : first;
            assertThat(message).isEqualTo(first);
        }
        String apiClient = newClient();
        // in a path, Spring Security's firewall refuses some characters (an encoded ';') before any lookup
        for (String input : List.of(unknown, mistyped(unknown), "ABC", "xyz-123-ĐƠN", "x".repeat(200))) {
            Answer json = api(input, apiClient);
            assertThat(json.status()).as(input).isEqualTo(404);
            String detail = json(json.body()).path("detail").asText();
            assertThat(detail).isEqualTo("Không tìm thấy đơn với mã tra cứu này.");
            firstApi = firstApi == null ? json.body() : firstApi;
            assertThat(json.body()).as("the same body whatever was typed").isEqualTo(firstApi);
        }
    }

    @Test
    void beyondTheLimitAClientGets429WithRetryAfterAndOtherClientsAreNotAffected() {
        String client = newClient();
        String code = TrackingCode.generate();
        for (int i = 0; i < PER_MINUTE; i++) {
            assertThat(page(code, client).status()).as("lookup %d", i + 1).isEqualTo(404);
        }
        // the bucket refills smoothly (one lookup every 60/PER_MINUTE seconds): on a slow machine a few more may pass
        Answer refused = page(code, client);
        for (int extra = 0; refused.status() != 429 && extra < 5; extra++) {
            assertThat(refused.status()).isEqualTo(404);
            refused = page(code, client);
        }
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.html().selectFirst("#tracking-limited").text()).contains("quá nhiều lần", "thử lại sau");
        assertThat(refused.html().selectFirst("#tracking-not-found")).isNull();

        Answer refusedJson = api(code, client);
        assertThat(refusedJson.status()).isEqualTo(429);
        assertThat(refusedJson.header("Retry-After")).matches("\\d+");
        assertThat(json(refusedJson.body()).path("detail").asText()).contains("quá nhiều lần");

        // the empty form is always there; another client still looks up
        assertThat(get("/tra-cuu", client, "text/html").status()).isEqualTo(200);
        assertThat(page(code, newClient()).status()).isEqualTo(404);
    }

    @Test
    void theCardOfADenunciationAndOfAComplaintShowsNothingPersonal() {
        WebSession tiepdan = signedIn("tiepdan");
        String t = tag();
        String denouncer = "Hà Văn Tố " + t;
        String denouncerId = idNumber();
        JsonNode denunciation = receive(tiepdan, "DENUNCIATION", "PARTY_AND_CADRES", "05503", "TN-BTCD", today(),
                "Ông Trưởng Thôn Bị Tố " + t, "Tố cáo việc nhận tiền của dân " + t, person(denouncer, denouncerId, false));
        String complainant = "Lưu Thị Khiếu " + t;
        String complainantId = idNumber();
        JsonNode complaint = receive(tiepdan, "COMPLAINT", "LAND", "05503", "TN-BTCD", today(), "Chủ tịch UBND xã " + t,
                "Khiếu nại quyết định bồi thường " + t, person(complainant, complainantId, true));
        long caseId = accept(tiepdan, complaint.path("id").asLong(), today(), "NORMAL");
        assertThat(tiepdan.postJson("/api/v1/cases/" + caseId + "/assign", "{\"handlerIds\": [" + userId("tiepdan") + "]}").status()).isEqualTo(200);

        List<String> personal = List.of(denouncer, denouncerId, complainant, complainantId, "0912345678", "Đồng Bẩm",
                "Tố cáo việc nhận tiền", "Khiếu nại quyết định bồi thường", "Bị Tố " + t, "Chủ tịch UBND xã " + t, "Vũ Văn Tiếp Dân",
                Petitioner.PROTECTED_LABEL);
        for (JsonNode petition : List.of(denunciation, complaint)) {
            String code = petition.path("trackingCode").asText();
            Answer html = page(code, newClient());
            Answer json = api(code, newClient());
            assertThat(html.status()).isEqualTo(200);
            assertThat(json.status()).isEqualTo(200);
            for (String secret : personal) {
                assertThat(html.body()).as("page of %s", code).doesNotContain(secret);
                assertThat(json.body()).as("JSON of %s", code).doesNotContain(secret);
            }
            assertThat(html.html().selectFirst("#tracking-received").text()).isEqualTo(vn.danvan.system.VietnameseFormat.date(today()));
        }

        // what it does show: status, step, due date and the organizations
        Answer denunciationCard = page(denunciation.path("trackingCode").asText(), newClient());
        assertThat(denunciationCard.html().selectFirst("#tracking-status").text()).isEqualTo("Đã tiếp nhận, đang xem xét, xử lý đơn");
        assertThat(denunciationCard.html().selectFirst("#tracking-step").text()).isEqualTo("Xem xét, xử lý đơn");
        assertThat(denunciationCard.html().selectFirst("#tracking-due").text())
                .isEqualTo(vn.danvan.system.VietnameseFormat.date(java.time.LocalDate.parse(denunciation.path("classifyDue").asText())));
        JsonNode complaintJson = json(api(complaint.path("trackingCode").asText(), newClient()).body());
        JsonNode caseView = caseJson(tiepdan, caseId);
        assertThat(complaintJson.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(complaintJson.path("caseStatus").asText()).isEqualTo("VERIFYING");
        assertThat(complaintJson.path("statusText").asText()).isEqualTo("Đang xác minh, giải quyết");
        assertThat(complaintJson.path("currentStep").asText()).isEqualTo("RESOLVE");
        assertThat(complaintJson.path("dueDate").asText()).isEqualTo(caseView.path("case").path("dueDate").asText());
        assertThat(complaintJson.path("remainingDays").asInt()).isEqualTo(caseView.path("remainingDays").asInt());
        assertThat(complaintJson.path("handlingOrganization").asText()).isEqualTo(organizations.findByCode("TN-BTCD").orElseThrow().name());
        assertThat(complaintJson.path("satisfactionOpen").asBoolean()).isFalse();
        // nothing but the documented fields
        List<String> fields = new java.util.ArrayList<>();
        complaintJson.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("trackingCode", "status", "caseStatus", "statusText", "currentStep", "currentStepText",
                "receivedOn", "dueDate", "remainingDays", "overdue", "receivingOrganization", "handlingOrganization", "transferOrganization",
                "archiveReason", "satisfaction", "satisfactionOpen");
    }

    /** Takes a complaint through to closure (without satisfaction unless given); answers its tracking code and case. */
    private Object[] closedComplaint(WebSession tiepdan, String satisfaction) {
        String t = tag();
        JsonNode complaint = receive(tiepdan, "COMPLAINT", "LAND", "05503", "TN-BTCD", today(), "UBND xã Tân Cương " + t,
                "Khiếu nại việc cấp giấy chứng nhận " + t, person("Đinh Văn Hài " + t, idNumber(), false));
        long caseId = accept(tiepdan, complaint.path("id").asLong(), today(), "NORMAL");
        assertThat(tiepdan.postJson("/api/v1/cases/" + caseId + "/assign", "{\"handlerIds\": [" + userId("tiepdan") + "]}").status()).isEqualTo(200);
        WebSession.Response concluded = tiepdan.postJson("/api/v1/cases/" + caseId + "/conclude",
                "{\"documentId\": " + conclusionDocument(t) + ", \"summary\": \"Công nhận một phần nội dung khiếu nại\"}");
        assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
        assertThat(tiepdan.postJson("/api/v1/cases/" + caseId + "/notify", "{}").status()).isEqualTo(200);
        WebSession.Response closed = tiepdan.postJson("/api/v1/cases/" + caseId + "/close",
                satisfaction == null ? "{}" : "{\"satisfaction\": \"" + satisfaction + "\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        return new Object[] {complaint.path("trackingCode").asText(), caseId};
    }

    @Test
    void theCitizenRatesAClosedCaseOnceAndLaterAnswersShowTheRecordedOne() {
        WebSession tiepdan = signedIn("tiepdan");
        Object[] closed = closedComplaint(tiepdan, null);
        String code = (String) closed[0];
        long caseId = (Long) closed[1];

        WebSession citizen = session();
        WebSession.Response card = citizen.get("/tra-cuu?ma=" + code);
        assertThat(card.text("#tracking-status")).isEqualTo("Đã giải quyết xong, kết thúc hồ sơ");
        assertThat(card.html().selectFirst("#satisfaction-form")).isNotNull();
        assertThat(card.html().selectFirst("#satisfaction-form input[name=_csrf]")).as("the form carries the CSRF token").isNotNull();

        // without the CSRF token the answer is refused and nothing is recorded
        WebSession.Response forged = citizen.postFormRaw("/tra-cuu/hai-long", Map.of("ma", code, "satisfaction", "UNSATISFIED"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(satisfaction(caseId)).containsExactly(null, null, null);

        WebSession.Response sent = citizen.postForm("/tra-cuu/hai-long", Map.of("ma", code, "satisfaction", "SATISFIED",
                "note", "Cán bộ giải quyết nhanh, rõ ràng"));
        assertThat(sent.status()).isEqualTo(302);
        WebSession.Response after = citizen.get(sent.location().replace("http://localhost:" + port, ""));
        assertThat(after.text("#flash-success")).contains("đã được ghi nhận");
        assertThat(after.text("#satisfaction-recorded")).contains("Hài lòng");
        assertThat(after.html().selectFirst("#satisfaction-form")).isNull();
        assertThat(satisfaction(caseId)).containsExactly("SATISFIED", "Cán bộ giải quyết nhanh, rõ ràng", CitizenTracking.SOURCE);
        assertAuditedUnderThePage(caseId, code, "Cán bộ giải quyết nhanh");

        // a second answer (another browser, another mind) changes nothing
        WebSession other = session();
        other.get("/tra-cuu");
        WebSession.Response again = other.postForm("/tra-cuu/hai-long", Map.of("ma", code, "satisfaction", "UNSATISFIED"));
        WebSession.Response shown = other.get(again.location().replace("http://localhost:" + port, ""));
        assertThat(shown.text("#flash-error")).contains("chỉ ghi nhận một lần");
        assertThat(shown.text("#satisfaction-recorded")).contains("Hài lòng").doesNotContain("Không hài lòng");
        assertThat(satisfaction(caseId)).containsExactly("SATISFIED", "Cán bộ giải quyết nhanh, rõ ràng", CitizenTracking.SOURCE);
        assertThat(json(api(code, newClient()).body()).path("satisfaction").asText()).isEqualTo("SATISFIED");
        // the handler sees the citizen's answer on the case page
        assertThat(tiepdan.get("/cases/" + caseId).text("#satisfaction")).contains("Hài lòng", "Cán bộ giải quyết nhanh");
    }

    @Test
    void anAnswerRecordedByTheHandlerAtClosureIsShownAndNotReplaced() {
        WebSession tiepdan = signedIn("tiepdan");
        Object[] closed = closedComplaint(tiepdan, "UNSATISFIED");
        String code = (String) closed[0];
        long caseId = (Long) closed[1];
        WebSession citizen = session();
        WebSession.Response card = citizen.get("/tra-cuu?ma=" + code);
        assertThat(card.text("#satisfaction-recorded")).contains("Không hài lòng");
        assertThat(card.html().selectFirst("#satisfaction-form")).isNull();
        WebSession.Response sent = citizen.postForm("/tra-cuu/hai-long", Map.of("ma", code, "satisfaction", "SATISFIED"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(satisfaction(caseId)).containsExactly("UNSATISFIED", null, "HANDLER");
    }

    @Test
    void anOpenCaseCannotBeRatedFromThePage() {
        WebSession tiepdan = signedIn("tiepdan");
        String t = tag();
        JsonNode complaint = receive(tiepdan, "COMPLAINT", "LAND", "05503", "TN-BTCD", today(), "UBND xã Tân Cương " + t,
                "Khiếu nại " + t, person("Mai Văn Sớm " + t, idNumber(), false));
        long caseId = accept(tiepdan, complaint.path("id").asLong(), today(), "NORMAL");
        WebSession citizen = session();
        WebSession.Response card = citizen.get("/tra-cuu?ma=" + complaint.path("trackingCode").asText());
        assertThat(card.html().selectFirst("#satisfaction-form")).isNull();
        WebSession.Response sent = citizen.postForm("/tra-cuu/hai-long", Map.of("ma", complaint.path("trackingCode").asText(), "satisfaction", "SATISFIED"));
        WebSession.Response shown = citizen.get(sent.location().replace("http://localhost:" + port, ""));
        assertThat(shown.text("#flash-error")).contains("chưa kết thúc");
        assertThat(satisfaction(caseId)).containsExactly(null, null, null);
    }

    /**
     * The answer is in the audit log under the page's name, not the anonymous web session's, without the citizen's
     * address, their note or their code; the administrator finds it by that name.
     */
    private void assertAuditedUnderThePage(long caseId, String code, String noteExcerpt) {
        List<List<String>> events = jdbc.sql("SELECT actor, summary, remote_addr FROM audit_event WHERE entity_type = 'petition_case'"
                        + " AND entity_id = :id AND action = 'CASE_SATISFACTION'").param("id", String.valueOf(caseId))
                .query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(events).containsExactly(java.util.Arrays.asList(CitizenTracking.AUDIT_ACTOR, "SATISFIED (TRACKING)", null));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE summary LIKE :note OR summary LIKE :code")
                .param("note", "%" + noteExcerpt + "%").param("code", "%" + code + "%").query(Long.class).single()).isZero();
        String log = signedIn("admin").get("/admin/audit?entityType=petition_case&entityId=" + caseId + "&actor="
                + URLEncoder.encode(CitizenTracking.AUDIT_ACTOR, StandardCharsets.UTF_8)).text("#audit-table");
        assertThat(log).contains(CitizenTracking.AUDIT_ACTOR).contains("SATISFIED (TRACKING)");
    }

    private List<String> satisfaction(long caseId) {
        return jdbc.sql("SELECT satisfaction, satisfaction_note, satisfaction_source FROM petition_case WHERE id = :id").param("id", caseId)
                .query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3))).single();
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }
}
