package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Random;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.document.DocumentStatus;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.UserAccounts;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;
import vn.danvan.system.VietnameseFormat;

/** Shared steps of the petition integration tests: sessions, unique people, intake and acceptance over the API. */
abstract class PetitionFixtures extends IntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Random RANDOM = new Random();

    @Autowired
    Organizations organizations;
    @Autowired
    AdministrativeMap map;
    @Autowired
    UserAccounts users;
    @Autowired
    DocumentRegistry documents;

    WebSession signedIn(String user) {
        WebSession session = session();
        session.login(user, "demo");
        session.get("/petitions");
        return session;
    }

    static JsonNode json(WebSession.Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    long org(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }

    long unit(String code) {
        return map.findCurrentByCode(code).orElseThrow().id();
    }

    static LocalDate today() {
        return LocalDate.now(VietnameseFormat.ZONE);
    }

    static String tag() {
        return Long.toString(System.nanoTime(), 36);
    }

    /** A valid, unique citizen ID: Thái Nguyên (019), born in the 1980s. */
    static String idNumber() {
        return "01908" + RANDOM.nextInt(10) + String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** A CASE_HANDLER (or other role) account of an organization, password "demo" (demo mode). */
    String account(Role role, String orgCode) {
        String username = "t" + tag();
        users.createSystemAccount(username, "Cán bộ kiểm thử " + username, role, org(orgCode), "demo", "Chuyên viên");
        return username;
    }

    long userId(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    static String person(String name, String idNumber, boolean representative) {
        return """
                {"fullName": "%s", "address": "xóm Đồng Bẩm, xã Tân Cương", "idNumber": "%s", "phone": "0912345678", "representative": %s}"""
                .formatted(name, idNumber, representative);
    }

    /** Receives a petition over the API; answers the created JSON. */
    JsonNode receive(WebSession session, String category, String field, String unitCode, String orgCode, LocalDate receivedOn,
                     String respondent, String content, String... people) {
        WebSession.Response r = session.postJson("/api/v1/petitions", """
                {"channel": "IN_PERSON", "category": "%s", "field": "%s", "receivedOn": "%s", "receivingOrganizationId": %d,
                 "unitId": %d, "respondent": "%s", "content": "%s", "crowd": false, "petitioners": [%s]}"""
                .formatted(category, field, receivedOn, org(orgCode), unit(unitCode), respondent, content, String.join(",", people)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return json(r);
    }

    /** Accepts a petition; answers the new case id. */
    long accept(WebSession session, long petitionId, LocalDate acceptedOn, String variant) {
        WebSession.Response r = session.postJson("/api/v1/petitions/" + petitionId + "/classify", """
                {"outcome": "ACCEPT", "acceptedOn": "%s", "variant": "%s"}""".formatted(acceptedOn, variant));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return json(r).path("caseId").asLong();
    }

    JsonNode caseJson(WebSession session, long caseId) {
        WebSession.Response r = session.getJson("/api/v1/cases/" + caseId);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    long conclusionDocument(String tag) {
        return documents.register(new DocumentRegistry.NewDocument((1000 + RANDOM.nextInt(8000)) + "/QĐ-UBND", null, null, null, null,
                org("TN-UBND"), null, today(), "Quyết định giải quyết khiếu nại kiểm thử " + tag, DocumentStatus.IN_FORCE, java.util.List.of()));
    }
}
