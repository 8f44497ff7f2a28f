package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danvan.org.Role;
import vn.danvan.support.WebSession;

/**
 * Scope (decision 0008): a commune's handler sees that commune's petitions and cases, the province's reception
 * board the whole province; changing an id in the URL or the API answers 404.
 */
class PetitionScopeIT extends PetitionFixtures {

    @Test
    void aCommuneHandlerCannotReachAnotherCommunesCaseByChangingTheId() {
        String phanDinhPhung = account(Role.CASE_HANDLER, "UBX-05443");
        String tanCuong = account(Role.CASE_HANDLER, "UBX-05503");
        WebSession owner = signedIn(phanDinhPhung);
        String tag = tag();
        long petition = receive(owner, "COMPLAINT", "CONSTRUCTION", "05443", "UBX-05443", today(), "Tổ dân phố 5 " + tag,
                "Khiếu nại cấp phép xây dựng " + tag, person("Dương Văn Mười Một", idNumber(), false)).path("id").asLong();
        long caseId = accept(owner, petition, today(), "NORMAL");
        assertThat(owner.get("/cases/" + caseId).status()).isEqualTo(200);

        WebSession other = signedIn(tanCuong);
        assertThat(other.get("/petitions/" + petition).status()).isEqualTo(404);
        assertThat(other.get("/cases/" + caseId).status()).isEqualTo(404);
        assertThat(other.getJson("/api/v1/petitions/" + petition).status()).isEqualTo(404);
        assertThat(other.getJson("/api/v1/cases/" + caseId).status()).isEqualTo(404);
        assertThat(other.getJson("/api/v1/petitions/" + petition + "/duplicates").status()).isEqualTo(404);
        assertThat(other.postJson("/api/v1/cases/" + caseId + "/plan", "{\"text\": \"x\"}").status()).isEqualTo(404);
        assertThat(other.postJson("/api/v1/petitions/" + petition + "/classify", "{\"outcome\": \"GUIDE\", \"reason\": \"x\"}").status()).isEqualTo(404);
        assertThat(other.getJson("/api/v1/petitions?q=" + tag).body()).contains("\"total\":0");
        assertThat(other.get("/petitions/export.xlsx?q=" + tag).status()).isEqualTo(200);
        assertThat(other.getJson("/api/v1/cases?q=" + tag.toLowerCase()).body()).contains("\"total\":0");

        WebSession xa = signedIn("xa");
        assertThat(xa.get("/cases/" + caseId).status()).isEqualTo(404);
        assertThat(xa.getJson("/api/v1/petitions/" + petition).status()).isEqualTo(404);

        // the province's citizen reception board and the province leader see the whole province
        assertThat(signedIn("tiepdan").getJson("/api/v1/cases/" + caseId).status()).isEqualTo(200);
        assertThat(signedIn("lanhdao").get("/petitions/" + petition).status()).isEqualTo(200);
    }

    @Test
    void aCommuneHandlerCannotReceiveForAnotherCommunesOrganization() {
        WebSession handler = signedIn(account(Role.CASE_HANDLER, "UBX-05503"));
        WebSession.Response refused = handler.postJson("/api/v1/petitions", """
                {"channel": "IN_PERSON", "category": "FEEDBACK", "field": "OTHER", "receivedOn": "%s", "receivingOrganizationId": %d,
                 "content": "Phản ánh", "petitioners": []}""".formatted(today(), org("UBX-05443")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("ngoài phạm vi");
    }
}
