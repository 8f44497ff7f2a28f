package vn.danvan.activity;

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

/**
 * Events over HTTP: recording a conference with its participants, officials and documents; a conclusion becoming a
 * task in one step, with the task's live status on the event and the event on the task; scope; concurrent edits.
 */
class ActivityIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Organizations organizations;

    @Autowired
    DocumentRegistry documents;

    private WebSession signedIn(String user) {
        WebSession session = session();
        session.login(user, "demo");
        session.get("/activities");
        return session;
    }

    private long org(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }

    private long document(String number, String symbol) {
        return documents.candidates(number, symbol, null, null).get(0).id();
    }

    private static JsonNode json(WebSession.Response response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static LocalDate today() {
        return LocalDate.now(VietnameseFormat.ZONE);
    }

    private static String tag() {
        return Long.toString(System.nanoTime(), 36);
    }

    /** An event through the API, held ten days ago. */
    private long event(WebSession session, String title, String kind, long organizer, long... participants) throws Exception {
        StringBuilder ids = new StringBuilder();
        for (long p : participants) {
            ids.append(ids.isEmpty() ? "" : ",").append(p);
        }
        WebSession.Response created = session.postJson("/api/v1/activities", """
                {"kind": "%s", "title": "%s", "heldOn": "%s", "place": "Hội trường", "organizerId": %d,
                 "participantIds": [%s], "officials": [{"fullName": "Nguyễn Văn Kiểm", "positionTitle": "Phó Chủ tịch UBND tỉnh", "role": "CHAIR"}]}"""
                .formatted(kind, title, today().minusDays(10), organizer, ids));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return json(created).path("activity").path("id").asLong();
    }

    @Test
    void aConferenceIsRecordedWithItsParticipantsNamedOfficialsAndRegisteredDocuments() throws Exception {
        WebSession bdv = signedIn("bdv");
        String title = "Hội nghị sơ kết Chương trình phối hợp " + tag();
        assertThat(bdv.get("/activities/new").status()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "CONFERENCE");
        form.put("title", title);
        form.put("heldOn", today().minusDays(3).toString());
        form.put("place", "Hội trường Tỉnh ủy");
        form.put("organizerId", String.valueOf(org("TN-BTGDV")));
        form.put("participantIds", String.valueOf(org("TN-SNV")));
        // a title with commas stays one value
        form.put("officials[0].fullName", "Trần Văn Chủ Trì");
        form.put("officials[0].positionTitle", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh");
        form.put("officials[0].organizationName", "UBND tỉnh");
        form.put("officials[0].role", "GUEST");
        form.put("officials[1].fullName", "");
        form.put("officials[1].role", "ATTENDEE");
        form.put("minutes", "Hội nghị đánh giá 6 tháng thực hiện Chương trình phối hợp.");
        WebSession.Response saved = bdv.postForm("/activities/new", form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String path = saved.location().replaceAll("^https?://[^/]+", "");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

        WebSession.Response page = bdv.get("/activities/" + id);
        bdv.postForm("/activities/" + id + "/documents", Map.of("documentId", String.valueOf(document("06", "CTr/BDVTU-BCSĐUBND"))));
        page = bdv.get("/activities/" + id);
        assertThat(page.body()).contains("Đã gắn văn bản.");
        assertThat(page.text("#activity-title")).isEqualTo(title);
        assertThat(page.text("#activity-participants")).contains("Sở Nội vụ tỉnh Thái Nguyên");
        assertThat(page.text("#activity-organizer")).contains("Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên");
        assertThat(page.text("#activity-officials")).contains("Trần Văn Chủ Trì", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", "Dự và chỉ đạo");
        assertThat(page.html().select("#activity-officials tbody tr")).hasSize(1);
        assertThat(page.text("#activity-documents")).contains("06-CTr/BDVTU-BCSĐUBND");
        assertThat(page.text("#activity-minutes")).contains("6 tháng");

        // found again by words without diacritics, and exported
        WebSession.Response list = bdv.get("/activities?q=" + "chu+tri+" + title.substring(title.lastIndexOf(' ') + 1));
        assertThat(list.text("#activity-table")).contains(title);
        assertThat(bdv.get("/activities?kind=DIALOGUE&q=" + title.substring(title.lastIndexOf(' ') + 1)).html()
                .select("#activities-empty")).isNotEmpty();
        WebSession.Response export = bdv.get("/activities/export.xlsx?q=" + title.substring(title.lastIndexOf(' ') + 1));
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).contains("spreadsheetml");

        JsonNode api = json(bdv.getJson("/api/v1/activities/" + id)).path("activity");
        assertThat(api.path("officials").get(0).path("positionTitle").asText()).isEqualTo("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh");
        assertThat(api.path("documentIds")).hasSize(1);
        assertThat(bdv.getJson("/v3/api-docs").body()).contains("/api/v1/activities/{id}/conclusions/{conclusionId}/tasks");
    }

    @Test
    void aConclusionBecomesATaskInOneStepAndTheEventAndTheTaskNameEachOther() throws Exception {
        WebSession bdv = signedIn("bdv");
        String tag = tag();
        WebSession.Response plan = bdv.postJson("/api/v1/plans", """
                {"issuingOrganizationId": %d, "year": %d, "title": "Kế hoạch kiểm thử sự kiện %s", "kind": "THEMATIC", "groups": ["Sau hội nghị"]}"""
                .formatted(org("TN-BTGDV"), today().getYear(), tag));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        long planId = json(plan).path("plan").path("id").asLong();
        String title = "Đoàn kiểm tra liên ngành tại xã Tân Cương " + tag;
        long id = event(bdv, title, "INSPECTION", org("TN-BTGDV"), org("UBX-05503"));
        WebSession.Response conclusion = bdv.postJson("/api/v1/activities/" + id + "/conclusions",
                "{\"content\": \"UBND xã Tân Cương niêm yết công khai thủ tục hành chính " + tag + "\"}");
        assertThat(conclusion.status()).as(conclusion.body()).isEqualTo(201);
        long conclusionId = json(conclusion).path("conclusions").get(0).path("id").asLong();

        // the form is prefilled with the conclusion's words
        WebSession.Response form = bdv.get("/activities/" + id + "/conclusions/" + conclusionId + "/task");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().selectFirst("#title").text()).contains("niêm yết công khai thủ tục hành chính " + tag);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("planId", String.valueOf(planId));
        fields.put("title", form.html().selectFirst("#title").text());
        fields.put("leadOrganizationId", String.valueOf(org("UBX-05503")));
        fields.put("deadlineKind", "DATE");
        fields.put("dueDate", today().getYear() + "-12-31");
        WebSession.Response created = bdv.postForm("/activities/" + id + "/conclusions/" + conclusionId + "/task", fields);
        assertThat(created.status()).as(created.body()).isEqualTo(302);

        JsonNode followUps = json(bdv.getJson("/api/v1/activities/" + id)).path("followUps");
        assertThat(followUps).hasSize(1);
        long taskId = followUps.get(0).path("taskId").asLong();
        assertThat(followUps.get(0).path("status").asText()).isEqualTo("NOT_STARTED");
        JsonNode task = json(bdv.getJson("/api/v1/tasks/" + taskId)).path("task");
        assertThat(task.path("planId").asLong()).isEqualTo(planId);
        assertThat(task.path("leadOrganizationId").asLong()).isEqualTo(org("UBX-05503"));

        WebSession.Response page = bdv.get("/activities/" + id);
        assertThat(page.body()).contains("Đã tạo nhiệm vụ #" + taskId);
        assertThat(page.text("#conclusion-" + conclusionId + " .follow-ups")).contains("Chưa thực hiện", "Ủy ban nhân dân xã Tân Cương");
        WebSession.Response taskPage = bdv.get("/tasks/" + taskId);
        assertThat(taskPage.text("#task-origins")).contains(title, "kết luận số 1");
        assertThat(taskPage.html().select("#task-origins a[href=/activities/" + id + "]")).isNotEmpty();

        // the commune reports progress; the event page shows the task's status as it is now
        WebSession xa = signedIn("xa");
        xa.get("/tasks/" + taskId);
        assertThat(xa.postForm("/tasks/" + taskId + "/progress", Map.of("reportedOn", today().toString(), "percent", "40",
                "milestone", "Đã niêm yết")).status()).isEqualTo(302);
        assertThat(bdv.get("/activities/" + id).text("#conclusion-" + conclusionId + " .follow-ups")).contains("Đang thực hiện", "40%");

        // a conclusion that became a task stays
        bdv.get("/activities/" + id);
        bdv.postForm("/activities/" + id + "/conclusions/" + conclusionId + "/delete", Map.of());
        assertThat(bdv.get("/activities/" + id).body()).contains("Kết luận đã được giao thành nhiệm vụ nên không thể xóa.");

        // a deadline outside the plan's year is refused in Vietnamese and nothing is created
        fields.put("dueDate", (today().getYear() + 1) + "-03-31");
        WebSession.Response refused = bdv.postForm("/activities/" + id + "/conclusions/" + conclusionId + "/task", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#form-error")).contains("Thời hạn của nhiệm vụ phải nằm trong năm của kế hoạch");
        assertThat(json(bdv.getJson("/api/v1/activities/" + id)).path("followUps")).hasSize(1);

        // the same in one API call
        WebSession.Response api = bdv.postJson("/api/v1/activities/" + id + "/conclusions/" + conclusionId + "/tasks", """
                {"planId": %d, "leadOrganizationId": %d, "deadlineKind": "QUARTER", "period": 4}""".formatted(planId, org("TN-SNV")));
        assertThat(api.status()).as(api.body()).isEqualTo(201);
        assertThat(json(api).path("title").asText()).contains("niêm yết công khai");
        assertThat(json(bdv.getJson("/api/v1/activities/" + id)).path("followUps")).hasSize(2);
        // only coordinators assign tasks
        assertThat(xa.postJson("/api/v1/activities/" + id + "/conclusions/" + conclusionId + "/tasks", """
                {"planId": %d, "leadOrganizationId": %d, "deadlineKind": "YEAR"}""".formatted(planId, org("UBX-05503"))).status())
                .isEqualTo(403);
    }

    @Test
    void aCommuneOfficerCannotReadAnEventOfAnotherCommuneThroughTheUiOrTheApi() throws Exception {
        WebSession bdv = signedIn("bdv");
        String tag = tag();
        long other = event(bdv, "Đối thoại với Nhân dân phường Phan Đình Phùng " + tag, "DIALOGUE", org("UBX-05443"), org("MTX-05443"));
        long mine = event(bdv, "Tiếp xúc cử tri tại xã Tân Cương " + tag, "VOTER_MEETING", org("TN-HDND"), org("UBX-05503"));

        WebSession xa = signedIn("xa");
        assertThat(xa.get("/activities/" + other).status()).isEqualTo(404);
        assertThat(xa.getJson("/api/v1/activities/" + other).status()).isEqualTo(404);
        assertThat(xa.get("/activities/" + other + "/edit").status()).isEqualTo(404);
        assertThat(xa.get("/activities/" + mine).status()).isEqualTo(200);
        WebSession.Response list = xa.get("/activities?q=" + tag);
        assertThat(list.text("#activity-table")).contains("Tiếp xúc cử tri tại xã Tân Cương").doesNotContain("Phan Đình Phùng");
        assertThat(json(xa.getJson("/api/v1/activities?q=" + tag)).path("total").asLong()).isEqualTo(1);

        // the commune took part but did not organize: it reads, it does not edit
        assertThat(xa.get("/activities/" + mine).html().select("#edit-activity")).isEmpty();
        assertThat(xa.get("/activities/" + mine + "/edit").status()).isEqualTo(403);
        // an officer records the events of their own commune, not another's
        WebSession.Response own = xa.postJson("/api/v1/activities", """
                {"kind": "DIALOGUE", "title": "Đối thoại của xã %s", "heldOn": "%s", "organizerId": %d}"""
                .formatted(tag, today().minusDays(1), org("UBX-05503")));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        WebSession.Response foreign = xa.postJson("/api/v1/activities", """
                {"kind": "DIALOGUE", "title": "Đối thoại của phường %s", "heldOn": "%s", "organizerId": %d}"""
                .formatted(tag, today().minusDays(1), org("UBX-05443")));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("Cơ quan tổ chức nằm ngoài phạm vi của bạn");
    }

    @Test
    void aStaleEditIsRefusedWithTheConcurrentChangeMessageAndTheFirstEditIsKept() throws Exception {
        WebSession bdv = signedIn("bdv");
        String tag = tag();
        long id = event(bdv, "Hội nghị ký kết " + tag, "SIGNING", org("TN-BTGDV"), org("TN-DUUBND"));
        WebSession.Response form = bdv.get("/activities/" + id + "/edit");
        assertThat(form.html().selectFirst("input[name=version]").attr("value")).isEqualTo("0");
        Map<String, String> first = new LinkedHashMap<>();
        first.put("version", "0");
        first.put("kind", "SIGNING");
        first.put("title", "Hội nghị ký kết Kế hoạch phối hợp " + tag);
        first.put("heldOn", today().minusDays(10).toString());
        first.put("organizerId", String.valueOf(org("TN-BTGDV")));
        first.put("participantIds", String.valueOf(org("TN-DUUBND")));
        assertThat(bdv.postForm("/activities/" + id + "/edit", first).status()).isEqualTo(302);
        assertThat(bdv.get("/activities/" + id).body()).contains("Đã cập nhật sự kiện.");

        Map<String, String> second = new LinkedHashMap<>(first);
        second.put("title", "Tiêu đề của người thứ hai " + tag);
        WebSession.Response stale = bdv.postForm("/activities/" + id + "/edit", second);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.text("#form-error")).contains("Bản ghi vừa được người khác cập nhật");
        assertThat(bdv.get("/activities/" + id).text("#activity-title")).isEqualTo("Hội nghị ký kết Kế hoạch phối hợp " + tag);
        WebSession.Response api = bdv.postJson("/api/v1/activities/" + id, "{}");
        assertThat(api.status()).isIn(405, 400);

        // an end before the start is refused with the field marked
        Map<String, String> backwards = new LinkedHashMap<>(first);
        backwards.put("version", "1");
        backwards.put("endsOn", today().minusDays(20).toString());
        WebSession.Response refused = bdv.postForm("/activities/" + id + "/edit", backwards);
        assertThat(refused.text("#form-error")).contains("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.");
        assertThat(refused.html().select("#endsOn.is-invalid")).isNotEmpty();
    }

    @Test
    void theDemoReviewConferenceShowsItsConclusionsAndTheTasksTheyBecameInThe2024Plan() throws Exception {
        WebSession bdv = signedIn("bdv");
        JsonNode found = json(bdv.getJson("/api/v1/activities?q=tong+ket+2023&year=2024&kind=CONFERENCE"));
        assertThat(found.path("total").asLong()).isGreaterThanOrEqualTo(1);
        long id = found.path("items").get(0).path("id").asLong();
        JsonNode detail = json(bdv.getJson("/api/v1/activities/" + id));
        assertThat(detail.path("conclusions")).hasSize(4);
        assertThat(detail.path("followUps")).hasSize(2);
        WebSession.Response page = bdv.get("/activities/" + id);
        assertThat(page.text("#activity-organizer")).contains("Ban Dân vận Tỉnh ủy Thái Nguyên", "nay là", "Ban Tuyên giáo và Dân vận");
        assertThat(page.html().select(".follow-up .task-status")).hasSize(2);
        // the commune officer sees the inspection that visited the commune
        WebSession xa = signedIn("xa");
        // and the conference it attended, whose tasks other bodies lead: named as outside the scope, not shown
        WebSession.Response attended = xa.get("/activities/" + id);
        assertThat(attended.status()).isEqualTo(200);
        assertThat(attended.html().select(".follow-up").eachText())
                .containsOnly("Một nhiệm vụ do cơ quan ngoài phạm vi của bạn chủ trì.");
        assertThat(json(xa.getJson("/api/v1/activities/" + id)).path("followUps").get(0).path("status").isNull()).isTrue();
        assertThat(json(xa.getJson("/api/v1/activities?kind=INSPECTION&year=2024")).path("total").asLong()).isGreaterThanOrEqualTo(1);
    }
}
