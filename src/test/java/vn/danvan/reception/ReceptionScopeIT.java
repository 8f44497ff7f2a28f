package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.Organizations;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/** Scope (decision 0005): a commune's officer reads their commune's reception only; another commune's visit is 404. */
class ReceptionScopeIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Organizations organizations;
    @Autowired
    AdministrativeMap map;

    private WebSession signedIn(String user) {
        WebSession session = session();
        session.login(user, "demo");
        session.get("/reception");
        return session;
    }

    private long visit(WebSession session, String organizationCode, String communeCode, String content) throws Exception {
        WebSession.Response created = session.postJson("/api/v1/reception/visits", """
                {"receivedOn": "2026-11-10", "receivingOrganizationId": %d, "unitId": %d, "category": "FEEDBACK", "field": "ENVIRONMENT",
                 "content": "%s", "outcome": "ANSWERED_DIRECTLY", "citizens": [{"fullName": "Bùi Văn Xóm"}]}"""
                .formatted(organizations.findByCode(organizationCode).orElseThrow().id(), map.findCurrentByCode(communeCode).orElseThrow().id(),
                        content));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("id").asLong();
    }

    @Test
    void aCommuneOfficerCannotReadAnotherCommunesVisitByIdInTheUiOrTheApi() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        WebSession xa = signedIn("xa");
        long own = visit(xa, "UBX-05503", "05503", "Phản ánh nước thải " + tag);
        long other = visit(signedIn("admin"), "UBX-05443", "05443", "Phản ánh bụi " + tag);

        assertThat(xa.get("/reception/visits/" + own).status()).isEqualTo(200);
        assertThat(xa.get("/reception/visits/" + other).status()).isEqualTo(404);
        assertThat(xa.getJson("/api/v1/reception/visits/" + other).status()).isEqualTo(404);
        assertThat(xa.get("/reception/visits?q=" + tag).text("#visit-table")).contains("nước thải").doesNotContain("bụi");
        // recording for another commune's People's Committee is refused
        WebSession.Response refused = xa.postJson("/api/v1/reception/visits", """
                {"receivedOn": "2026-11-10", "receivingOrganizationId": %d, "category": "FEEDBACK", "field": "OTHER",
                 "content": "x", "outcome": "GUIDED", "citizens": [{"fullName": "A"}]}"""
                .formatted(organizations.findByCode("UBX-05443").orElseThrow().id()));
        assertThat(refused.status()).isEqualTo(400);

        // the provincial reception office sees the whole province
        WebSession tiepdan = signedIn("tiepdan");
        assertThat(tiepdan.get("/reception/visits/" + other).status()).isEqualTo(200);
        assertThat(tiepdan.get("/reception/visits/" + own).status()).isEqualTo(200);
        // a Fatherland Front officer of the province reads nothing of the communes' reception
        assertThat(signedIn("mttq").getJson("/api/v1/reception/visits/" + own).status()).isEqualTo(404);
    }
}
