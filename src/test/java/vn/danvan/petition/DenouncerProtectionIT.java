package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.org.Role;
import vn.danvan.support.WebSession;

/**
 * A denouncer's identity (Luật Tố cáo 2018, Art. 47–48; Nghị định 31/2019/NĐ-CP): stored only encrypted, shown only
 * to the case's assigned handlers and responsible leader, every view audited, redacted everywhere else.
 */
class DenouncerProtectionIT extends PetitionFixtures {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3, 4};
    private static final List<String> TABLES = List.of("petition", "petitioner", "petition_attachment", "petition_case", "case_handler",
            "case_transition", "case_clock_event", "case_record", "case_deadline_change", "case_report_demand", "legal_rule", "audit_event");

    @Autowired
    JdbcClient jdbc;

    private record Denunciation(long petitionId, String name, String idNumber, String phone, String tag) {
    }

    /** Received through the intake form with a scan whose file name carries the name. */
    private Denunciation denunciation(WebSession session) {
        String tag = tag();
        String name = "Lò Thị Bí Mật " + tag.toUpperCase();
        String id = idNumber();
        String phone = "0987" + tag.replaceAll("\\D", "0").substring(0, 6);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("channel", "POST");
        fields.put("category", "DENUNCIATION");
        fields.put("field", "PARTY_AND_CADRES");
        fields.put("receivedOn", today().toString());
        fields.put("receivingOrganizationId", String.valueOf(org("TN-BTCD")));
        fields.put("unitId", String.valueOf(unit("05716")));
        fields.put("respondent", "Cán bộ địa chính xã Võ Nhai");
        fields.put("content", "Tố cáo hành vi nhũng nhiễu khi làm thủ tục đất đai, mã " + tag);
        fields.put("petitioners[0].fullName", name);
        fields.put("petitioners[0].address", "Nhà số 7 xóm Bí Ẩn " + tag);
        fields.put("petitioners[0].idNumber", id);
        fields.put("petitioners[0].phone", phone);
        WebSession.Response saved = session.postFile("/petitions", "files", name + ".png", PNG, fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        long petitionId = Long.parseLong(saved.location().substring(saved.location().lastIndexOf('/') + 1));
        return new Denunciation(petitionId, name, id, phone, tag);
    }

    /** Every text column of every petition table (and the audit log), searched for the value. */
    private List<String> columnsContaining(String value) {
        List<String> found = new ArrayList<>();
        for (String table : TABLES) {
            List<String> columns = jdbc.sql("""
                    SELECT column_name FROM information_schema.columns
                    WHERE LOWER(table_name) = :t AND (LOWER(data_type) LIKE '%char%' OR LOWER(data_type) LIKE '%text%' OR LOWER(data_type) LIKE '%clob%')""")
                    .param("t", table).query(String.class).list();
            assertThat(columns).as(table).isNotEmpty();
            for (String column : columns) {
                long hits = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " LIKE :v").param("v", "%" + value + "%")
                        .query(Long.class).single();
                if (hits > 0) {
                    found.add(table + "." + column);
                }
            }
        }
        return found;
    }

    @Test
    void theNameIdNumberAndPhoneAreNowhereInTheDatabaseInPlaintext() {
        WebSession tiepdan = signedIn("tiepdan");
        Denunciation d = denunciation(tiepdan);
        accept(tiepdan, d.petitionId(), today(), "NORMAL");
        assertThat(columnsContaining(d.name())).isEmpty();
        assertThat(columnsContaining(d.idNumber())).isEmpty();
        assertThat(columnsContaining(d.phone())).isEmpty();
        assertThat(columnsContaining("Bí Ẩn " + d.tag())).isEmpty();
        Map<String, Object> row = jdbc.sql("SELECT full_name, id_number, full_name_enc, id_index FROM petitioner WHERE petition_id = :p")
                .param("p", d.petitionId()).query().singleRow();
        assertThat(row.get("full_name")).isNull();
        assertThat(row.get("id_number")).isNull();
        assertThat((String) row.get("full_name_enc")).startsWith("v1:");
        assertThat(row.get("id_index")).isNotNull();
        byte[] stored = jdbc.sql("SELECT bytes FROM petition_attachment WHERE petition_id = :p").param("p", d.petitionId())
                .query((rs, n) -> rs.getBytes(1)).single();
        assertThat(stored).isNotEqualTo(PNG);
    }

    @Test
    void listsExportsAndTheApiShowTheProtectedLabelOnly() throws Exception {
        WebSession tiepdan = signedIn("tiepdan");
        Denunciation d = denunciation(tiepdan);
        String list = tiepdan.get("/petitions?q=" + d.tag()).text("#petition-table");
        assertThat(list).contains("Người tố cáo (được giữ bí mật)").doesNotContain(d.name());
        assertThat(tiepdan.get("/petitions/" + d.petitionId()).body()).doesNotContain(d.name()).doesNotContain(d.idNumber());
        assertThat(tiepdan.getJson("/api/v1/petitions?q=" + d.tag()).body()).contains("được giữ bí mật").doesNotContain(d.name());
        assertThat(tiepdan.getJson("/api/v1/petitions/" + d.petitionId()).body()).doesNotContain(d.name()).doesNotContain(d.phone());
        byte[] xlsx = tiepdan.get("/petitions/export.xlsx?q=" + d.tag()).bytes();
        String sheets = unzipText(xlsx);
        assertThat(sheets).contains("Người tố cáo (được giữ bí mật)").doesNotContain(d.name());
        // searching by the denouncer's name finds nothing: the name is not in the search text either
        assertThat(tiepdan.getJson("/api/v1/petitions?q=" + java.net.URLEncoder.encode(d.name(), StandardCharsets.UTF_8)).body()).contains("\"total\":0");
    }

    @Test
    void onlyTheAssignedHandlerAndTheResponsibleLeaderSeeTheIdentityAndEveryViewIsAudited() {
        WebSession tiepdan = signedIn("tiepdan");
        Denunciation d = denunciation(tiepdan);
        long caseId = accept(tiepdan, d.petitionId(), today(), "NORMAL");
        assertThat(tiepdan.getJson("/api/v1/petitions/" + d.petitionId() + "/identity").status()).isEqualTo(403);
        tiepdan.postJson("/api/v1/cases/" + caseId + "/assign", "{\"handlerIds\": [" + userId("tiepdan") + "], \"leaderId\": " + userId("lanhdao") + "}");

        WebSession.Response identity = tiepdan.getJson("/api/v1/petitions/" + d.petitionId() + "/identity");
        assertThat(identity.status()).isEqualTo(200);
        JsonNode person = json(identity).get(0);
        assertThat(person.path("fullName").asText()).isEqualTo(d.name());
        assertThat(person.path("idNumber").asText()).isEqualTo(d.idNumber());
        WebSession.Response page = tiepdan.postForm("/petitions/" + d.petitionId() + "/identity", Map.of());
        assertThat(page.text("#petitioner-table")).contains(d.name());
        assertThat(signedIn("lanhdao").getJson("/api/v1/petitions/" + d.petitionId() + "/identity").status()).isEqualTo(200);

        assertThat(signedIn("admin").getJson("/api/v1/petitions/" + d.petitionId() + "/identity").status()).isEqualTo(403);
        String other = account(Role.CASE_HANDLER, "TN-BTCD");
        WebSession colleague = signedIn(other);
        assertThat(colleague.getJson("/api/v1/petitions/" + d.petitionId()).status()).isEqualTo(200);
        assertThat(colleague.getJson("/api/v1/petitions/" + d.petitionId() + "/identity").status()).isEqualTo(403);

        long views = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'DENOUNCER_IDENTITY_VIEWED' AND entity_id = :id")
                .param("id", String.valueOf(d.petitionId())).query(Long.class).single();
        assertThat(views).isEqualTo(3);
        List<String> actors = jdbc.sql("SELECT actor FROM audit_event WHERE action = 'DENOUNCER_IDENTITY_VIEWED' AND entity_id = :id")
                .param("id", String.valueOf(d.petitionId())).query(String.class).list();
        assertThat(actors).containsOnly("tiepdan", "lanhdao");
    }

    private static String unzipText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().endsWith(".xml")) {
                        text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return text.toString();
    }
}
