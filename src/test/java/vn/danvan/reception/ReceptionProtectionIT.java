package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.org.Organizations;
import vn.danvan.org.Scope;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;
import vn.danvan.system.VietnameseText;

/**
 * A denouncer's identity (Luật Tố cáo 2018, Art. 47–48): never in clear in the database, redacted in every list,
 * export and API answer, shown only to the receiving organization's case handlers and leaders, each view audited.
 */
class ReceptionProtectionIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VisitLinks visitLinks;

    private WebSession signedIn(String user) {
        WebSession session = session();
        session.login(user, "demo");
        session.get("/reception");
        return session;
    }

    private record Denunciation(long id, String name, String idNumber, String content) {
    }

    private Denunciation denounce(WebSession tiepdan) throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String name = "Nguyễn Văn Bímật " + tag;
        String content = "Tố cáo sai phạm kinh phí hỗ trợ " + tag;
        WebSession.Response created = tiepdan.postJson("/api/v1/reception/visits", """
                {"receivedOn": "2026-11-09", "receivingOrganizationId": %d, "unitId": %d, "category": "DENUNCIATION", "field": "FINANCE",
                 "content": "%s", "outcome": "PETITION_RECEIVED",
                 "citizens": [{"fullName": "%s", "address": "Tổ dân phố %s, Phường Phan Đình Phùng", "idNumber": "019090123456",
                               "phone": "0911222333"}]}"""
                .formatted(organizations.findByCode("TN-BTCD").orElseThrow().id(), 0L + jdbc.sql(
                        "SELECT id FROM admin_unit WHERE current_code = '05443'").query(Long.class).single(), content, name, tag));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Denunciation(JSON.readTree(created.body()).path("id").asLong(), name, "019090123456", content);
    }

    @Test
    void theDenouncersNameIsNeverStoredInClear() throws Exception {
        Denunciation d = denounce(signedIn("tiepdan"));
        Map<String, Object> row = jdbc.sql("SELECT * FROM visit_citizen WHERE visit_id = :id").param("id", d.id()).query().singleRow();
        assertThat(row.get("full_name")).isNull();
        assertThat(row.get("address")).isNull();
        assertThat(row.get("id_number")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat((String) row.get("full_name_enc")).startsWith("v1:").doesNotContain("Bímật");
        assertThat(row.get("protected")).isEqualTo(true);
        String tag = d.name().substring(d.name().lastIndexOf(' ') + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit_citizen WHERE full_name LIKE :p OR address LIKE :p OR full_name_enc LIKE :p")
                .param("p", "%" + tag + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit WHERE search_text LIKE :p").param("p", "%" + VietnameseText.fold("Bímật") + "%")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE summary LIKE :p").param("p", "%Bímật%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit_citizen WHERE id_number = :n").param("n", d.idNumber()).query(Long.class).single()).isZero();
    }

    @Test
    void listsExportsAndTheApiShowOnlyTheProtectedLabel() throws Exception {
        WebSession tiepdan = signedIn("tiepdan");
        Denunciation d = denounce(tiepdan);
        String tag = d.content().substring(d.content().lastIndexOf(' ') + 1);

        WebSession.Response list = tiepdan.get("/reception/visits?q=" + tag);
        assertThat(list.text("#visit-table")).contains("Người tố cáo (được giữ bí mật)").doesNotContain("Bímật");
        WebSession.Response page = tiepdan.get("/reception/visits/" + d.id());
        assertThat(page.text("#citizen-table")).contains("Người tố cáo (được giữ bí mật)").doesNotContain("Bímật", d.idNumber());

        WebSession.Response export = tiepdan.get("/reception/visits/export.xlsx?q=" + tag);
        assertThat(export.status()).isEqualTo(200);
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.append(cell.toString()).append('|');
                }
            }
        }
        assertThat(cells.toString()).contains("Người tố cáo (được giữ bí mật)", d.content()).doesNotContain("Bímật", d.idNumber());

        WebSession.Response api = tiepdan.getJson("/api/v1/reception/visits/" + d.id());
        assertThat(api.body()).doesNotContain("Bímật", d.idNumber(), "0911222333");
        JsonNode citizen = JSON.readTree(api.body()).path("citizens").get(0);
        assertThat(citizen.path("redacted").asBoolean()).isTrue();
        assertThat(citizen.path("fullName").isNull()).isTrue();
        assertThat(JSON.readTree(api.body()).path("citizensLabel").asText()).isEqualTo("Người tố cáo (được giữ bí mật)");
        assertThat(tiepdan.getJson("/api/v1/reception/visits?q=" + tag).body()).doesNotContain("Bímật");
        // handed to the petition module without a signed-in reader: identities stay empty
        assertThat(visitLinks.visitForPetition(d.id(), Scope.all()).orElseThrow().citizens())
                .allSatisfy(c -> assertThat(c.fullName()).isNull());
    }

    @Test
    void onlyTheReceivingOrganizationsCaseHandlersSeeTheIdentityAndEveryViewIsAudited() throws Exception {
        WebSession tiepdan = signedIn("tiepdan");
        Denunciation d = denounce(tiepdan);
        long before = views(d.id());

        WebSession.Response page = tiepdan.get("/reception/visits/" + d.id());
        assertThat(page.html().select("#reveal-form")).hasSize(1);
        WebSession.Response revealed = tiepdan.postForm("/reception/visits/" + d.id() + "/identity", Map.of());
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.text("#citizen-table")).contains(d.name(), d.idNumber(), "0911222333");
        assertThat(views(d.id())).isEqualTo(before + 1);

        WebSession.Response api = tiepdan.getJson("/api/v1/reception/visits/" + d.id() + "/identity");
        assertThat(api.status()).isEqualTo(200);
        assertThat(JSON.readTree(api.body()).path("citizens").get(0).path("fullName").asText()).isEqualTo(d.name());
        assertThat(views(d.id())).isEqualTo(before + 2);
        List<String> actors = jdbc.sql("SELECT actor FROM audit_event WHERE action = 'VISIT_IDENTITY_VIEWED' AND entity_id = :id")
                .param("id", String.valueOf(d.id())).query(String.class).list();
        assertThat(actors).containsOnly("tiepdan");

        // a province leader of another organization and a coordinator see the visit, never the identity
        for (String other : List.of("lanhdao", "bdv")) {
            WebSession session = signedIn(other);
            WebSession.Response visit = session.get("/reception/visits/" + d.id());
            assertThat(visit.status()).isEqualTo(200);
            assertThat(visit.html().select("#reveal-form")).isEmpty();
            assertThat(visit.body()).doesNotContain("Bímật");
            assertThat(session.getJson("/api/v1/reception/visits/" + d.id() + "/identity").status()).isEqualTo(403);
            assertThat(session.postForm("/reception/visits/" + d.id() + "/identity", Map.of()).status()).isEqualTo(403);
        }
        assertThat(views(d.id())).isEqualTo(before + 2);
    }

    private long views(long visitId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'VISIT_IDENTITY_VIEWED' AND entity_type = 'visit' AND entity_id = :id")
                .param("id", String.valueOf(visitId)).query(Long.class).single();
    }
}
