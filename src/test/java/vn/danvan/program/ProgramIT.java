package vn.danvan.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.org.Organizations;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/** Plans and tasks over HTTP: assigning, "Việc của tôi", reporting progress, counts, scope and concurrency. */
class ProgramIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Organizations organizations;

    private WebSession signedIn(String user) {
        WebSession session = session();
        session.login(user, "demo");
        session.get("/tasks/mine");
        return session;
    }

    private long org(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }

    private static JsonNode json(WebSession.Response response) throws Exception {
        return JSON.readTree(response.body());
    }

    private record Fixture(long planId, long communeTask, long otherTask, String communeTitle, String otherTitle) {
    }

    /** A plan of this year with one task led by xa's commune and one by another organization. */
    private Fixture plan(WebSession bdv) throws Exception {
        int year = LocalDate.now(vn.danvan.system.VietnameseFormat.ZONE).getYear();
        String tag = Long.toString(System.nanoTime(), 36);
        WebSession.Response plan = bdv.postJson("/api/v1/plans", """
                {"issuingOrganizationId": %d, "year": %d, "title": "Kế hoạch kiểm thử %s", "kind": "THEMATIC",
                 "groups": ["Nhóm một"]}""".formatted(org("TN-BTGDV"), year, tag));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        long planId = json(plan).path("plan").path("id").asLong();
        long groupId = json(plan).path("groups").get(0).path("id").asLong();
        String communeTitle = "Đối thoại với nhân dân xã " + tag;
        WebSession.Response a = bdv.postJson("/api/v1/plans/" + planId + "/tasks", """
                {"groupId": %d, "title": "%s", "leadOrganizationId": %d, "coordinatorIds": [%d],
                 "deadlineKind": "DATE", "dueDate": "%d-12-31", "expectedOutput": "Biên bản đối thoại"}"""
                .formatted(groupId, communeTitle, org("UBX-05503"), org("TN-SNV"), year));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        String otherTitle = "Rà soát quy chế dân vận " + tag;
        WebSession.Response b = bdv.postJson("/api/v1/plans/" + planId + "/tasks", """
                {"title": "%s", "leadOrganizationId": %d, "deadlineKind": "YEAR"}""".formatted(otherTitle, org("UBX-05443")));
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        return new Fixture(planId, json(a).path("id").asLong(), json(b).path("id").asLong(), communeTitle, otherTitle);
    }

    private static Map<String, String> progress(String date, String percent, boolean done) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reportedOn", date);
        fields.put("percent", percent);
        fields.put("milestone", "Đã họp dân");
        fields.put("note", "Ghi chú kiểm thử");
        if (done) {
            fields.put("done", "true");
        }
        return fields;
    }

    @Test
    void aCommuneOfficerReportsProgressFromMyTasksAndTheCoordinatorsCountsChange() throws Exception {
        WebSession bdv = signedIn("bdv");
        Fixture f = plan(bdv);
        JsonNode before = json(bdv.getJson("/api/v1/plans/" + f.planId() + "/counts")).path("all");
        assertThat(before.path("total").asLong()).isEqualTo(2);
        assertThat(before.path("notStarted").asLong()).isEqualTo(2);

        WebSession xa = signedIn("xa");
        WebSession.Response mine = xa.get("/tasks/mine");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.text("#mine-table")).contains(f.communeTitle()).doesNotContain(f.otherTitle());
        assertThat(mine.html().select("a[href*=/tasks/" + f.communeTask() + "#progress]")).isNotEmpty();

        xa.get("/tasks/" + f.communeTask());
        String today = LocalDate.now(vn.danvan.system.VietnameseFormat.ZONE).toString();
        WebSession.Response saved = xa.postForm("/tasks/" + f.communeTask() + "/progress", progress(today, "40", false));
        assertThat(saved.status()).isEqualTo(302);
        WebSession.Response page = xa.get("/tasks/" + f.communeTask());
        assertThat(page.body()).contains("Đã ghi nhận báo cáo tiến độ.");
        assertThat(page.text("#task-status")).isEqualTo("Đang thực hiện");
        assertThat(page.text("#history-table")).contains("40%", "Đã họp dân", "xa");

        JsonNode middle = json(bdv.getJson("/api/v1/plans/" + f.planId() + "/counts")).path("all");
        assertThat(middle.path("inProgress").asLong()).isEqualTo(1);
        assertThat(middle.path("notStarted").asLong()).isEqualTo(1);

        xa.postForm("/tasks/" + f.communeTask() + "/progress", progress(today, "100", true));
        JsonNode after = json(bdv.getJson("/api/v1/plans/" + f.planId() + "/counts"));
        assertThat(after.path("all").path("done").asLong()).isEqualTo(1);
        assertThat(after.path("all").path("byBucket").path("DONE_ON_TIME").asLong()).isEqualTo(1);
        assertThat(after.path("sentence").asText()).isEqualTo("hoàn thành 1/2 nhiệm vụ (50%)");
        WebSession.Response planPage = bdv.get("/plans/" + f.planId());
        assertThat(planPage.text("#plan-counts")).contains("hoàn thành 1/2 nhiệm vụ (50%)", "chưa thực hiện 01/2");
        WebSession.Response drill = bdv.get("/plans/" + f.planId() + "?state=done");
        assertThat(drill.text("#task-table")).contains(f.communeTitle()).doesNotContain(f.otherTitle());
        WebSession.Response export = bdv.get("/plans/" + f.planId() + "/export.xlsx");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).contains("spreadsheetml");
        // the history is appended, never overwritten
        JsonNode detail = json(bdv.getJson("/api/v1/tasks/" + f.communeTask()));
        assertThat(detail.path("history")).hasSize(2);
        assertThat(detail.path("task").path("status").asText()).isEqualTo("DONE_ON_TIME");
        // the sentence is the page's wording, in the caller's language
        WebSession english = signedIn("bdv");
        assertThat(json(english.getJson("/api/v1/plans/" + f.planId() + "/counts?lang=en")).path("sentence").asText())
                .isEqualTo("1/2 tasks done (50%)");
    }

    @Test
    void thePlansOverallProgressWeighsItsTaskGroupsByTheWeightsOfThePlanForm() throws Exception {
        WebSession bdv = signedIn("bdv");
        int year = LocalDate.now(vn.danvan.system.VietnameseFormat.ZONE).getYear();
        String tag = Long.toString(System.nanoTime(), 36);
        bdv.get("/plans/new");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "THEMATIC");
        form.put("title", "Kế hoạch trọng số " + tag);
        form.put("year", String.valueOf(year));
        form.put("issuingOrganizationId", String.valueOf(org("TN-BTGDV")));
        form.put("group.0.ordinal", "1");
        form.put("group.0.title", "Nhóm trọng tâm");
        form.put("group.0.weight", "3");
        form.put("group.1.ordinal", "2");
        form.put("group.1.title", "Nhóm khác");
        form.put("group.1.weight", "1");
        form.put("action", "save");
        WebSession.Response created = bdv.postForm("/plans/new", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        long planId = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
        JsonNode groups = json(bdv.getJson("/api/v1/plans/" + planId)).path("groups");
        long heavy = groups.get(0).path("id").asLong();
        long light = groups.get(1).path("id").asLong();
        // one task in the heavy group, three in the light one, one outside any group
        long done = 0;
        for (Long group : new Long[] {heavy, light, light, light, null}) {
            WebSession.Response task = bdv.postJson("/api/v1/plans/" + planId + "/tasks", """
                    {"groupId": %s, "title": "Nhiệm vụ %s %d", "leadOrganizationId": %d, "deadlineKind": "YEAR"}"""
                    .formatted(group, tag, System.nanoTime(), org("TN-SNV")));
            assertThat(task.status()).as(task.body()).isEqualTo(201);
            if (done == 0) {
                done = json(task).path("id").asLong();
            }
        }
        WebSession.Response reported = bdv.postJson("/api/v1/tasks/" + done + "/progress",
                "{\"reportedOn\": \"" + LocalDate.now(vn.danvan.system.VietnameseFormat.ZONE) + "\", \"percent\": 100, \"done\": true}");
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);

        // heavy 100% (weight 3), light 0% (weight 1), ungrouped 0% (one group of weight 1): 300 / 5 — the tasks alone say 20%
        WebSession.Response page = bdv.get("/plans/" + planId);
        assertThat(page.text("#plan-progress")).contains("Tiến độ chung: 60%", "bình quân các nhóm theo trọng số nhóm");
        assertThat(page.text("#counts-by-group")).contains("1. Nhóm trọng tâm trọng số 3 1/1 · 100%", "2. Nhóm khác trọng số 1 0/3 · 0%");
        assertThat(page.text("#counts-ungrouped")).isEqualTo("Không thuộc nhóm nào trọng số 1 0/1 · 0%");
        assertThat(json(bdv.getJson("/api/v1/plans/" + planId + "/counts")).path("all").path("progress").decimalValue())
                .isEqualByComparingTo("60");
    }

    @Test
    void anOfficerCannotSeeNorUpdateAnotherOrganizationsTaskThroughTheUiOrTheApi() throws Exception {
        WebSession bdv = signedIn("bdv");
        Fixture f = plan(bdv);
        WebSession xa = signedIn("xa");
        assertThat(xa.get("/tasks/" + f.communeTask()).status()).isEqualTo(200);
        assertThat(xa.get("/tasks/" + f.otherTask()).status()).isEqualTo(404);
        assertThat(xa.getJson("/api/v1/tasks/" + f.otherTask()).status()).isEqualTo(404);
        xa.get("/tasks/mine");
        assertThat(xa.postForm("/tasks/" + f.otherTask() + "/progress", progress(LocalDate.now(vn.danvan.system.VietnameseFormat.ZONE).toString(), "50", false)).status())
                .isIn(403, 404);
        assertThat(xa.postJson("/api/v1/tasks/" + f.otherTask() + "/progress",
                "{\"reportedOn\": \"" + LocalDate.now(vn.danvan.system.VietnameseFormat.ZONE) + "\", \"percent\": 50}").status()).isIn(403, 404);
        assertThat(json(xa.getJson("/api/v1/plans/" + f.planId() + "/tasks"))).hasSize(1);
        assertThat(json(bdv.getJson("/api/v1/tasks/" + f.otherTask())).path("history")).isEmpty();
    }

    @Test
    void invalidProgressIsRefusedInVietnameseAndNothingIsStored() throws Exception {
        WebSession bdv = signedIn("bdv");
        Fixture f = plan(bdv);
        WebSession xa = signedIn("xa");
        xa.get("/tasks/" + f.communeTask());
        xa.postForm("/tasks/" + f.communeTask() + "/progress", progress(LocalDate.now(vn.danvan.system.VietnameseFormat.ZONE).toString(), "120", false));
        assertThat(xa.get("/tasks/" + f.communeTask()).body()).contains("Tỷ lệ hoàn thành phải từ 0 đến 100%.");
        xa.postForm("/tasks/" + f.communeTask() + "/progress", progress(LocalDate.now(vn.danvan.system.VietnameseFormat.ZONE).plusDays(1).toString(), "30", false));
        assertThat(xa.get("/tasks/" + f.communeTask()).body()).contains("Ngày báo cáo không được sau ngày hôm nay");
        WebSession.Response api = xa.postJson("/api/v1/tasks/" + f.communeTask() + "/progress",
                "{\"reportedOn\": \"" + LocalDate.now(vn.danvan.system.VietnameseFormat.ZONE) + "\", \"percent\": 120}");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("Tỷ lệ hoàn thành phải từ 0 đến 100%.");
        assertThat(json(bdv.getJson("/api/v1/tasks/" + f.communeTask())).path("history")).isEmpty();
    }

    @Test
    void aStaleVersionOnTaskEditIsRefusedWithTheConcurrentChangeMessage() throws Exception {
        WebSession bdv = signedIn("bdv");
        Fixture f = plan(bdv);
        int year = LocalDate.now(vn.danvan.system.VietnameseFormat.ZONE).getYear();
        Map<String, String> first = new LinkedHashMap<>();
        first.put("version", "0");
        first.put("title", "Tiêu đề mới");
        first.put("deadlineKind", "HALF_YEAR");
        first.put("period", "2");
        first.put("weight", "2");
        first.put("reason", "Theo chỉ đạo của Thường trực");
        bdv.get("/tasks/" + f.otherTask());
        assertThat(bdv.postForm("/tasks/" + f.otherTask() + "/adjust", first).status()).isEqualTo(302);
        WebSession.Response page = bdv.get("/tasks/" + f.otherTask());
        assertThat(page.body()).contains("Đã điều chỉnh nhiệm vụ.");
        assertThat(page.text("#task-fields")).contains("6 tháng cuối năm " + year);

        Map<String, String> second = new LinkedHashMap<>(first);
        second.put("title", "Tiêu đề của người thứ hai");
        bdv.postForm("/tasks/" + f.otherTask() + "/adjust", second);
        page = bdv.get("/tasks/" + f.otherTask());
        assertThat(page.body()).contains("Bản ghi vừa được người khác cập nhật");
        assertThat(page.text("#task-title")).isEqualTo("Tiêu đề mới");
    }

    @Test
    void theDemoProgramHasItsContentsAndPlansWithRealisticCounts() throws Exception {
        WebSession bdv = signedIn("bdv");
        JsonNode programs = json(bdv.getJson("/api/v1/programs"));
        JsonNode demo = null;
        for (JsonNode p : programs) {
            if (p.path("fromYear").asInt() == 2022 && p.path("toYear").asInt() == 2026) {
                demo = p;
            }
        }
        assertThat(demo).isNotNull();
        assertThat(demo.path("contents")).hasSize(7);
        WebSession.Response page = bdv.get("/programs/" + demo.path("id").asLong());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#program-contents")).contains("Dân vận khéo");
        assertThat(bdv.get("/plans").status()).isEqualTo(200);
        JsonNode plans = json(bdv.getJson("/api/v1/plans"));
        long total = 0, done = 0, notStarted = 0, late = 0;
        for (JsonNode plan : plans) {
            if (plan.path("programId").asLong() != demo.path("id").asLong()) {
                continue;
            }
            JsonNode all = json(bdv.getJson("/api/v1/plans/" + plan.path("id").asLong() + "/counts")).path("all");
            total += all.path("total").asLong();
            done += all.path("done").asLong();
            notStarted += all.path("notStarted").asLong();
            late += all.path("byBucket").path("DONE_LATE").asLong();
            WebSession.Response planPage = bdv.get("/plans/" + plan.path("id").asLong());
            assertThat(planPage.status()).isEqualTo(200);
            assertThat(planPage.text("#plan-counts")).startsWith("hoàn thành ");
        }
        assertThat(total).isGreaterThanOrEqualTo(90);
        assertThat(done * 100 / total).isBetween(50L, 85L);
        assertThat(notStarted).isPositive();
        assertThat(late).isPositive();
        assertThat(signedIn("xa").get("/tasks/mine").text("#mine-table")).contains("tại địa phương");
    }
}
