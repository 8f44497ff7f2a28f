package vn.danvan.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.org.Organizations;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;
import vn.danvan.system.VietnameseFormat;

/** Copying a plan to the next year: deadlines one year later, everything but the progress history. */
class PlanCopyIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Organizations organizations;

    @Autowired
    DocumentRegistry documents;

    private final int year = LocalDate.now(VietnameseFormat.ZONE).getYear();
    private final String tag = Long.toString(System.nanoTime(), 36);

    private long org(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }

    private static JsonNode json(WebSession.Response response) throws Exception {
        return JSON.readTree(response.body());
    }

    private long task(WebSession bdv, long planId, String json) throws Exception {
        WebSession.Response created = bdv.postJson("/api/v1/plans/" + planId + "/tasks", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return json(created).path("id").asLong();
    }

    @Test
    void theCopyHasNextYearsDeadlinesTheSameOrganizationsBasisAndWeightsAndNoHistory() throws Exception {
        WebSession bdv = session();
        bdv.login("bdv", "demo");
        bdv.get("/tasks/mine");
        String title = "Kế hoạch sao chép " + tag + " năm " + year;
        WebSession.Response plan = bdv.postJson("/api/v1/plans", """
                {"issuingOrganizationId": %d, "year": %d, "title": "%s", "kind": "THEMATIC", "groups": ["Nhóm A", "Nhóm B"]}"""
                .formatted(org("TN-BTGDV"), year, title));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        long planId = json(plan).path("plan").path("id").asLong();
        long groupA = json(plan).path("groups").get(0).path("id").asLong();
        long groupB = json(plan).path("groups").get(1).path("id").asLong();
        long basis = documents.candidates("44", "KH-UBND", null, null).get(0).id();
        long dated = task(bdv, planId, """
                {"groupId": %d, "title": "Ngày cụ thể", "leadOrganizationId": %d, "coordinatorIds": [%d, %d], "deadlineKind": "DATE",
                 "dueDate": "%d-03-15", "weight": 3, "priority": "HIGH", "legalBasisIds": [%d], "expectedOutput": "Báo cáo"}"""
                .formatted(groupA, org("TN-SNV"), org("TN-SYT"), org("TN-HND"), year, basis));
        task(bdv, planId, """
                {"groupId": %d, "title": "Theo quý", "leadOrganizationId": %d, "deadlineKind": "QUARTER", "period": 2}"""
                .formatted(groupB, org("UBX-05503")));
        task(bdv, planId, """
                {"title": "Sáu tháng", "leadOrganizationId": %d, "deadlineKind": "HALF_YEAR", "period": 1}""".formatted(org("TN-SYT")));
        task(bdv, planId, """
                {"title": "Cả năm", "leadOrganizationId": %d, "deadlineKind": "YEAR"}""".formatted(org("TN-SYT")));
        task(bdv, planId, """
                {"groupId": %d, "title": "Thường xuyên", "leadOrganizationId": %d, "deadlineKind": "RECURRING", "recurringPeriod": "MONTH"}"""
                .formatted(groupB, org("TN-SNV")));
        long cancelled = task(bdv, planId, """
                {"title": "Đã hủy", "leadOrganizationId": %d, "deadlineKind": "YEAR"}""".formatted(org("TN-SYT")));
        assertThat(bdv.postJson("/api/v1/tasks/" + cancelled + "/cancel", "{\"version\": 0, \"reason\": \"Không còn phù hợp\"}").status())
                .isEqualTo(200);
        WebSession.Response progress = bdv.postJson("/api/v1/tasks/" + dated + "/progress",
                "{\"reportedOn\": \"" + LocalDate.now(VietnameseFormat.ZONE) + "\", \"percent\": 100, \"done\": true}");
        assertThat(progress.status()).as(progress.body()).isEqualTo(201);

        // the confirmation screen says what will be created
        WebSession.Response confirm = bdv.get("/plans/" + planId + "/copy");
        assertThat(confirm.status()).isEqualTo(200);
        String nextTitle = "Kế hoạch sao chép " + tag + " năm " + (year + 1);
        assertThat(confirm.text("#copy-title")).isEqualTo(nextTitle);
        assertThat(confirm.text("#copy-tasks")).isEqualTo("5");
        assertThat(confirm.text("#copy-cancelled")).isEqualTo("1");
        assertThat(confirm.html().select("#copy-confirm").hasAttr("disabled")).isFalse();

        WebSession.Response copied = bdv.postForm("/plans/" + planId + "/copy", Map.of());
        assertThat(copied.status()).isEqualTo(302);
        long copyId = Long.parseLong(copied.location().replaceAll(".*/plans/(\\d+).*", "$1"));
        assertThat(copyId).isNotEqualTo(planId);
        assertThat(bdv.get("/plans/" + copyId).body()).contains("Đã tạo kế hoạch");

        JsonNode copy = json(bdv.getJson("/api/v1/plans/" + copyId));
        assertThat(copy.path("plan").path("year").asInt()).isEqualTo(year + 1);
        assertThat(copy.path("plan").path("title").asText()).isEqualTo(nextTitle);
        assertThat(copy.path("plan").path("kind").asText()).isEqualTo("THEMATIC");
        assertThat(copy.path("plan").path("documentId").isNull()).isTrue();
        assertThat(copy.path("plan").path("issuingOrganizationId").asLong()).isEqualTo(org("TN-BTGDV"));
        assertThat(copy.path("groups")).extracting(g -> g.path("title").asText()).containsExactly("Nhóm A", "Nhóm B");
        long newA = copy.path("groups").get(0).path("id").asLong();
        long newB = copy.path("groups").get(1).path("id").asLong();

        JsonNode tasks = json(bdv.getJson("/api/v1/plans/" + copyId + "/tasks"));
        assertThat(tasks).hasSize(5);
        Map<String, JsonNode> byTitle = new LinkedHashMap<>();
        tasks.forEach(t -> byTitle.put(t.path("title").asText(), t));
        assertThat(byTitle).doesNotContainKey("Đã hủy");
        JsonNode d = byTitle.get("Ngày cụ thể");
        assertThat(d.path("dueDate").asText()).isEqualTo((year + 1) + "-03-15");
        assertThat(d.path("groupId").asLong()).isEqualTo(newA);
        assertThat(d.path("weight").asInt()).isEqualTo(3);
        assertThat(d.path("priority").asText()).isEqualTo("HIGH");
        assertThat(d.path("expectedOutput").asText()).isEqualTo("Báo cáo");
        assertThat(d.path("coordinatorIds")).extracting(JsonNode::asLong).containsExactlyInAnyOrder(org("TN-SYT"), org("TN-HND"));
        // the original was done; the copy starts from nothing
        assertThat(d.path("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(d.path("percent").asInt()).isZero();
        JsonNode detail = json(bdv.getJson("/api/v1/tasks/" + d.path("id").asLong()));
        assertThat(detail.path("history")).isEmpty();
        assertThat(detail.path("legalBasisIds")).extracting(JsonNode::asLong).containsExactly(basis);
        assertThat(byTitle.get("Theo quý").path("dueDate").asText()).isEqualTo((year + 1) + "-06-30");
        assertThat(byTitle.get("Theo quý").path("period").asInt()).isEqualTo(2);
        assertThat(byTitle.get("Theo quý").path("groupId").asLong()).isEqualTo(newB);
        assertThat(byTitle.get("Sáu tháng").path("dueDate").asText()).isEqualTo((year + 1) + "-06-30");
        assertThat(byTitle.get("Cả năm").path("dueDate").asText()).isEqualTo((year + 1) + "-12-31");
        assertThat(byTitle.get("Thường xuyên").path("deadlineKind").asText()).isEqualTo("RECURRING");
        assertThat(byTitle.get("Thường xuyên").path("recurringPeriod").asText()).isEqualTo("MONTH");
        assertThat(json(bdv.getJson("/api/v1/plans/" + copyId + "/counts")).path("all").path("notStarted").asLong()).isEqualTo(5);

        // the original is untouched
        assertThat(json(bdv.getJson("/api/v1/tasks/" + dated)).path("history")).hasSize(1);

        // copying twice is refused, on the screen and through the API
        WebSession.Response again = session().withBasicAuth("bdv", "demo").postJson("/api/v1/plans/" + planId + "/copy", "{}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("Đã có kế hoạch");
        assertThat(bdv.get("/plans/" + planId + "/copy").text("#copy-problem")).contains("Đã có kế hoạch");
    }

    @Test
    void theApiCopiesAndOnlyCoordinatorsMayCopy() throws Exception {
        WebSession script = session().withBasicAuth("ubnd", "demo");
        WebSession.Response plan = script.postJson("/api/v1/plans", """
                {"issuingOrganizationId": %d, "year": %d, "title": "Kế hoạch %d qua API %s", "groups": []}"""
                .formatted(org("TN-VP"), year, year, tag));
        long planId = json(plan).path("plan").path("id").asLong();
        script.postJson("/api/v1/plans/" + planId + "/tasks", """
                {"title": "Ngày cuối tháng hai", "leadOrganizationId": %d, "deadlineKind": "DATE", "dueDate": "%d-02-28"}"""
                .formatted(org("TN-SYT"), year));
        WebSession.Response xa = session().withBasicAuth("xa", "demo").postJson("/api/v1/plans/" + planId + "/copy", "{}");
        assertThat(xa.status()).isEqualTo(403);
        JsonNode preview = json(script.getJson("/api/v1/plans/" + planId + "/copy"));
        assertThat(preview.path("title").asText()).isEqualTo("Kế hoạch " + (year + 1) + " qua API " + tag);
        assertThat(preview.path("tasks").asInt()).isEqualTo(1);
        WebSession.Response copied = script.postJson("/api/v1/plans/" + planId + "/copy", "{}");
        assertThat(copied.status()).as(copied.body()).isEqualTo(201);
        long copyId = json(copied).path("id").asLong();
        assertThat(json(script.getJson("/api/v1/plans/" + copyId + "/tasks")).get(0).path("dueDate").asText())
                .isEqualTo((year + 1) + "-02-28");
    }
}
