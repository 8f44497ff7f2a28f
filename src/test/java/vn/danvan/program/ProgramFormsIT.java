package vn.danvan.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditSearch;
import vn.danvan.audit.AuditTrail;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.org.Organizations;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;
import vn.danvan.system.PageQuery;
import vn.danvan.system.VietnameseFormat;

/**
 * The coordinators' forms for programs, plans, groups and tasks (issue 4), the optimistic locking of their
 * edits (the second writer sees the other change and keeps their input), and the evidence files of progress
 * updates: stored with the update, downloadable within the task's scope only, checked by their first bytes.
 */
class ProgramFormsIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46};

    @Autowired
    Organizations organizations;

    @Autowired
    DocumentRegistry documents;

    @Autowired
    AuditTrail audit;

    private final int year = LocalDate.now(VietnameseFormat.ZONE).getYear();
    private final String today = LocalDate.now(VietnameseFormat.ZONE).toString();

    private WebSession signedIn(String user) {
        WebSession session = session();
        session.login(user, "demo");
        session.get("/tasks/mine");
        return session;
    }

    private long org(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }

    private static String tag() {
        return Long.toString(System.nanoTime(), 36);
    }

    private static JsonNode json(WebSession.Response response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static long idAfter(WebSession.Response redirect, String prefix) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        assertThat(redirect.location()).contains(prefix);
        return Long.parseLong(redirect.location().substring(redirect.location().lastIndexOf('/') + 1));
    }

    private List<AuditEvent> auditOf(String type, long id) {
        return audit.search(new AuditSearch(null, null, type, String.valueOf(id)), new PageQuery(0, 50, "", true)).items();
    }

    /** A plan of this year with a task led by xa's commune and one led by another commune, through the API. */
    private long[] planWithTasks(WebSession bdv) throws Exception {
        String t = tag();
        WebSession.Response plan = bdv.postJson("/api/v1/plans", """
                {"issuingOrganizationId": %d, "year": %d, "title": "Kế hoạch biểu mẫu %s", "kind": "THEMATIC"}"""
                .formatted(org("TN-BTGDV"), year, t));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        long planId = json(plan).path("plan").path("id").asLong();
        WebSession.Response a = bdv.postJson("/api/v1/plans/" + planId + "/tasks", """
                {"title": "Nhiệm vụ của xã %s", "leadOrganizationId": %d, "deadlineKind": "YEAR"}"""
                .formatted(t, org("UBX-05503")));
        WebSession.Response b = bdv.postJson("/api/v1/plans/" + planId + "/tasks", """
                {"title": "Nhiệm vụ của xã khác %s", "leadOrganizationId": %d, "deadlineKind": "YEAR"}"""
                .formatted(t, org("UBX-05443")));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        return new long[] {planId, json(a).path("id").asLong(), json(b).path("id").asLong()};
    }

    @Test
    void aCoordinatorCreatesAProgramWithContentsThenAPlanAGroupAndATaskThroughTheForms() throws Exception {
        WebSession bdv = signedIn("bdv");
        assertThat(bdv.get("/programs").html().select("a#program-new").text()).isEqualTo("Thêm chương trình");
        WebSession.Response empty = bdv.get("/programs/new");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.html().select("#program-form input[name=q.partyIds]")).isNotEmpty();

        // the program: two parties, two contents with each party's responsibility
        String t = tag();
        long bdvOrg = org("TN-BTGDV");
        long front = org("TN-MTTQ");
        long documentId = documents.pick(null, 1).get(0).id();
        Map<String, String> program = new LinkedHashMap<>();
        program.put("kind", "COORDINATION");
        program.put("title", "Chương trình phối hợp biểu mẫu " + t);
        program.put("fromYear", String.valueOf(year));
        program.put("toYear", String.valueOf(year + 2));
        program.put("documentId", String.valueOf(documentId));
        program.put("partyIds", bdvOrg + "," + front);
        program.put("content.0.title", "Tuyên truyền, vận động nhân dân");
        program.put("content.0.resp." + bdvOrg, "Chủ trì hướng dẫn nội dung tuyên truyền");
        program.put("content.0.resp." + front, "Vận động đoàn viên, hội viên");
        program.put("content.1.title", "Giám sát, phản biện xã hội");
        program.put("content.1.resp." + front, "Chủ trì giám sát");
        program.put("action", "save");
        long programId = idAfter(bdv.postForm("/programs/new", program), "/programs/");
        WebSession.Response page = bdv.get("/programs/" + programId);
        assertThat(page.body()).contains("Đã thêm chương trình.");
        assertThat(page.text("#program-contents")).contains("1. Tuyên truyền, vận động nhân dân", "Vận động đoàn viên, hội viên",
                "2. Giám sát, phản biện xã hội", "Chủ trì giám sát");
        assertThat(page.text("#program-parties")).contains("Ủy ban Mặt trận Tổ quốc");
        JsonNode created = json(bdv.getJson("/api/v1/programs/" + programId));
        assertThat(created.path("documentId").asLong()).isEqualTo(documentId);
        assertThat(created.path("contents")).hasSize(2);
        long firstContent = created.path("contents").get(0).path("id").asLong();

        // its edit form shows what was saved; a third content is added
        WebSession.Response edit = bdv.get("/programs/" + programId + "/edit");
        assertThat(edit.html().selectFirst("#content-0-title").attr("value")).isEqualTo("Tuyên truyền, vận động nhân dân");
        Map<String, String> changed = new LinkedHashMap<>(program);
        changed.put("version", edit.html().selectFirst("input[name=version]").attr("value"));
        changed.put("content.0.id", String.valueOf(firstContent));
        changed.put("content.1.id", created.path("contents").get(1).path("id").asText());
        changed.put("content.2.title", "Xây dựng mô hình dân vận khéo");
        assertThat(bdv.postForm("/programs/" + programId + "/edit", changed).status()).isEqualTo(302);
        assertThat(json(bdv.getJson("/api/v1/programs/" + programId)).path("contents")).hasSize(3);
        assertThat(auditOf("program", programId)).extracting(AuditEvent::action).contains("PROGRAM_CREATED", "PROGRAM_UPDATED");

        // a plan under it, with a weighted group
        assertThat(bdv.get("/programs/" + programId).html().select("a#program-plan-new").text()).isEqualTo("Thêm kế hoạch");
        assertThat(bdv.get("/plans/new?programId=" + programId).status()).isEqualTo(200);
        Map<String, String> plan = new LinkedHashMap<>();
        plan.put("kind", "ANNUAL");
        plan.put("title", "Kế hoạch thực hiện năm " + year + " " + t);
        plan.put("programId", String.valueOf(programId));
        plan.put("year", String.valueOf(year));
        plan.put("issuingOrganizationId", String.valueOf(bdvOrg));
        plan.put("group.0.ordinal", "2");
        plan.put("group.0.title", "Nhóm giải pháp thứ hai");
        plan.put("group.0.weight", "1");
        plan.put("group.1.ordinal", "1");
        plan.put("group.1.title", "Nhóm giải pháp trọng tâm");
        plan.put("group.1.weight", "3");
        plan.put("action", "save");
        long planId = idAfter(bdv.postForm("/plans/new", plan), "/plans/");
        JsonNode groups = json(bdv.getJson("/api/v1/plans/" + planId)).path("groups");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).path("title").asText()).isEqualTo("Nhóm giải pháp trọng tâm");
        assertThat(groups.get(0).path("weight").asInt()).isEqualTo(3);
        assertThat(json(bdv.getJson("/api/v1/plans/" + planId)).path("plan").path("programId").asLong()).isEqualTo(programId);

        // a task with everything the plan writes about it
        WebSession.Response planPage = bdv.get("/plans/" + planId);
        assertThat(planPage.html().select("a#plan-task-new").text()).isEqualTo("Thêm nhiệm vụ");
        assertThat(planPage.html().select("a#plan-edit").text()).isEqualTo("Sửa");
        assertThat(bdv.get("/plans/" + planId + "/tasks/new").status()).isEqualTo(200);
        Map<String, String> task = new LinkedHashMap<>();
        task.put("title", "Tổ chức hội nghị đối thoại " + t);
        task.put("description", "Đối thoại trực tiếp với nhân dân về đất đai");
        task.put("expectedOutput", "Biên bản đối thoại");
        task.put("groupId", groups.get(0).path("id").asText());
        task.put("contentId", String.valueOf(firstContent));
        task.put("leadOrganizationId", String.valueOf(org("UBX-05503")));
        task.put("coordinatorIds", org("TN-SNV") + "," + org("TN-MTTQ"));
        task.put("deadlineKind", "QUARTER");
        task.put("quarter", "2");
        task.put("recurringPeriod", "QUARTER");
        task.put("priority", "HIGH");
        task.put("weight", "2");
        task.put("legalBasisIds", String.valueOf(documentId));
        long taskId = idAfter(bdv.postForm("/plans/" + planId + "/tasks/new", task), "/tasks/");
        JsonNode saved = json(bdv.getJson("/api/v1/tasks/" + taskId));
        assertThat(saved.path("task").path("deadlineKind").asText()).isEqualTo("QUARTER");
        assertThat(saved.path("task").path("dueDate").asText()).isEqualTo(year + "-06-30");
        assertThat(saved.path("task").path("priority").asText()).isEqualTo("HIGH");
        assertThat(saved.path("task").path("weight").asInt()).isEqualTo(2);
        assertThat(saved.path("task").path("contentId").asLong()).isEqualTo(firstContent);
        assertThat(saved.path("task").path("coordinatorIds")).hasSize(2);
        assertThat(saved.path("legalBasisIds").get(0).asLong()).isEqualTo(documentId);
        WebSession.Response taskPage = bdv.get("/tasks/" + taskId);
        assertThat(taskPage.body()).contains("Đã giao nhiệm vụ.");
        assertThat(taskPage.text("#task-fields")).contains("Quý II/" + year, "Biên bản đối thoại", "Cao");
        assertThat(taskPage.html().select("a#task-edit")).isNotEmpty();

        // a recurring task whose deadline is refused shows the form again, in Vietnamese, with the input kept
        Map<String, String> wrong = new LinkedHashMap<>(task);
        wrong.put("title", "Nhiệm vụ hạn sai " + t);
        wrong.put("deadlineKind", "DATE");
        wrong.put("dueDate", (year + 1) + "-01-15");
        WebSession.Response refused = bdv.postForm("/plans/" + planId + "/tasks/new", wrong);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#form-error")).isEqualTo("Thời hạn của nhiệm vụ phải nằm trong năm của kế hoạch (" + year + ").");
        assertThat(refused.html().selectFirst("#title").text()).isEqualTo("Nhiệm vụ hạn sai " + t);
        assertThat(refused.html().select("#coordinatorIds-box input[checked]")).hasSize(2);
    }

    @Test
    void aStaleTaskEditIsRefusedShowingTheOtherPersonsChangeAndKeepingTheInput() throws Exception {
        WebSession bdv = signedIn("bdv");
        long[] f = planWithTasks(bdv);
        WebSession ubnd = signedIn("ubnd");
        WebSession.Response first = bdv.get("/tasks/" + f[1] + "/edit");
        WebSession.Response second = ubnd.get("/tasks/" + f[1] + "/edit");
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.html().selectFirst("input[name=version]").attr("value")).isEqualTo("0");

        Map<String, String> mine = taskFields("Tiêu đề do Ban Tuyên giáo sửa", "3");
        mine.put("version", "0");
        assertThat(bdv.postForm("/tasks/" + f[1] + "/edit", mine).status()).isEqualTo(302);

        Map<String, String> theirs = taskFields("Tiêu đề do Văn phòng UBND sửa", "5");
        theirs.put("version", "0");
        WebSession.Response conflict = ubnd.postForm("/tasks/" + f[1] + "/edit", theirs);
        assertThat(conflict.status()).isEqualTo(200);
        assertThat(conflict.text("#conflict")).contains("Bản ghi vừa được người khác (bdv) cập nhật lúc");
        assertThat(conflict.text("#conflict-change")).contains("Tên:", "Tiêu đề do Ban Tuyên giáo sửa", "Trọng số: 1 → 3");
        assertThat(conflict.text("#conflict-current")).contains("Tiêu đề do Ban Tuyên giáo sửa");
        // the second writer's input is all there, with the current version to save it knowingly
        assertThat(conflict.html().selectFirst("#title").text()).isEqualTo("Tiêu đề do Văn phòng UBND sửa");
        assertThat(conflict.html().selectFirst("#weight").attr("value")).isEqualTo("5");
        assertThat(conflict.html().selectFirst("input[name=version]").attr("value")).isEqualTo("1");
        assertThat(json(bdv.getJson("/api/v1/tasks/" + f[1])).path("task").path("title").asText()).isEqualTo("Tiêu đề do Ban Tuyên giáo sửa");

        theirs.put("version", "1");
        assertThat(ubnd.postForm("/tasks/" + f[1] + "/edit", theirs).status()).isEqualTo(302);
        JsonNode now = json(bdv.getJson("/api/v1/tasks/" + f[1])).path("task");
        assertThat(now.path("title").asText()).isEqualTo("Tiêu đề do Văn phòng UBND sửa");
        assertThat(now.path("weight").asInt()).isEqualTo(5);
        assertThat(auditOf("task", f[1])).extracting(AuditEvent::action).containsSubsequence("TASK_UPDATED", "TASK_UPDATED", "TASK_CREATED");
    }

    @Test
    void aStalePlanEditIsRefusedToo() throws Exception {
        WebSession bdv = signedIn("bdv");
        long[] f = planWithTasks(bdv);
        String version = bdv.get("/plans/" + f[0] + "/edit").html().selectFirst("input[name=version]").attr("value");
        Map<String, String> plan = new LinkedHashMap<>();
        plan.put("version", version);
        plan.put("kind", "THEMATIC");
        plan.put("title", "Kế hoạch đã đổi tên");
        plan.put("year", String.valueOf(year));
        plan.put("issuingOrganizationId", String.valueOf(org("TN-BTGDV")));
        plan.put("group.0.title", "Nhóm mới");
        plan.put("group.0.weight", "2");
        plan.put("action", "save");
        assertThat(bdv.postForm("/plans/" + f[0] + "/edit", plan).status()).isEqualTo(302);
        plan.put("title", "Kế hoạch của người thứ hai");
        WebSession.Response conflict = bdv.postForm("/plans/" + f[0] + "/edit", plan);
        assertThat(conflict.status()).isEqualTo(200);
        assertThat(conflict.text("#conflict")).contains("Bản ghi vừa được người khác", "Kế hoạch đã đổi tên", "Nhóm mới");
        assertThat(conflict.html().selectFirst("#title").text()).isEqualTo("Kế hoạch của người thứ hai");
        // the year of a plan with tasks cannot change: their deadlines were read in it
        plan.put("version", conflict.html().selectFirst("input[name=version]").attr("value"));
        plan.put("year", String.valueOf(year + 1));
        plan.put("group.0.id", json(bdv.getJson("/api/v1/plans/" + f[0])).path("groups").get(0).path("id").asText());
        WebSession.Response refused = bdv.postForm("/plans/" + f[0] + "/edit", plan);
        assertThat(refused.text("#form-error")).isEqualTo("Kế hoạch đã có nhiệm vụ với thời hạn trong năm " + year + ", không thể đổi năm.");
    }

    private Map<String, String> taskFields(String title, String weight) {
        Map<String, String> task = new LinkedHashMap<>();
        task.put("title", title);
        task.put("leadOrganizationId", String.valueOf(org("UBX-05503")));
        task.put("deadlineKind", "YEAR");
        task.put("priority", "NORMAL");
        task.put("weight", weight);
        return task;
    }

    @Test
    void aUnitOfficerCannotOpenNorPostTheCoordinatorsForms() throws Exception {
        long[] f = planWithTasks(signedIn("bdv"));
        WebSession xa = signedIn("xa");
        assertThat(xa.get("/programs").html().select("a#program-new")).isEmpty();
        assertThat(xa.get("/tasks/" + f[1]).html().select("a#task-edit")).isEmpty();
        assertThat(xa.get("/programs/new").status()).isEqualTo(403);
        assertThat(xa.get("/plans/new").status()).isEqualTo(403);
        assertThat(xa.get("/plans/" + f[0] + "/tasks/new").status()).isEqualTo(403);
        assertThat(xa.get("/tasks/" + f[1] + "/edit").status()).isEqualTo(403);
        assertThat(xa.get("/program-forms/organizations?field=leadOrganizationId").status()).isEqualTo(403);
        xa.get("/tasks/mine");
        assertThat(xa.postForm("/programs/new", Map.of("title", "Không được phép", "fromYear", "2025", "toYear", "2026")).status())
                .isIn(403, 404);
        assertThat(xa.postForm("/tasks/" + f[1] + "/edit", taskFields("Không được phép", "1")).status()).isIn(403, 404);
        assertThat(xa.postForm("/tasks/" + f[2] + "/edit", taskFields("Không được phép", "1")).status()).isIn(403, 404);
        assertThat(json(signedIn("bdv").getJson("/api/v1/tasks/" + f[1])).path("task").path("title").asText()).startsWith("Nhiệm vụ của xã");
    }

    @Test
    void theOrganizationPickerSearchesWithoutDiacriticsAndKeepsTheChosenOnes() {
        WebSession bdv = signedIn("bdv");
        WebSession.Response single = bdv.get("/program-forms/organizations?field=leadOrganizationId&q.leadOrganizationId=tan+cuong");
        assertThat(single.status()).isEqualTo(200);
        assertThat(single.html().select("option").eachText()).anyMatch(t -> t.contains("Tân Cương"));
        long chosen = org("TN-SNV");
        WebSession.Response multiple = bdv.get("/program-forms/organizations?field=coordinatorIds&multiple=true&coordinatorIds=" + chosen
                + "&q.coordinatorIds=mat+tran");
        assertThat(multiple.html().select("input[checked]").eachAttr("value")).containsExactly(String.valueOf(chosen));
        assertThat(multiple.html().select("label").eachText()).anyMatch(t -> t.contains("Mặt trận"));
    }

    @Test
    void evidenceFilesAreKeptWithTheUpdateAndDownloadedOnlyWithinTheTasksScope() throws Exception {
        WebSession bdv = signedIn("bdv");
        long[] f = planWithTasks(bdv);
        WebSession xa = signedIn("xa");
        xa.get("/tasks/" + f[1]);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reportedOn", today);
        fields.put("percent", "60");
        fields.put("note", "Đã tổ chức đối thoại");
        WebSession.Response saved = xa.postFile("/tasks/" + f[1] + "/progress", "files", "bien-ban-doi-thoai.pdf", PDF, fields);
        assertThat(saved.status()).isEqualTo(302);
        WebSession.Response page = xa.get("/tasks/" + f[1]);
        assertThat(page.body()).contains("Đã ghi nhận báo cáo tiến độ.");
        var link = page.html().selectFirst("#history-table td.evidence a");
        assertThat(link.text()).isEqualTo("bien-ban-doi-thoai.pdf");
        WebSession.Response download = xa.get(link.attr("href"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.bytes()).isEqualTo(PDF);
        long evidenceId = Long.parseLong(link.attr("href").substring(link.attr("href").lastIndexOf('/') + 1));

        // several files at once over the API (multipart), and a file added later to the same update
        String basic = "Basic " + Base64.getEncoder().encodeToString("xa:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> api = multipart("/api/v1/tasks/" + f[1] + "/progress", basic,
                Map.of("reportedOn", today, "percent", "80"),
                List.of(new Part("anh-hoi-nghi.png", PNG), new Part("so-lieu.xlsx", workbook())));
        assertThat(api.statusCode()).as(api.body()).isEqualTo(201);
        JsonNode report = JSON.readTree(api.body());
        assertThat(report.path("evidence")).hasSize(2);
        assertThat(report.path("evidence").toString()).doesNotContain("storageKey");
        long updateId = report.path("progressUpdateId").asLong();
        HttpResponse<String> later = multipart("/api/v1/progress/" + updateId + "/evidence", basic, Map.of(),
                List.of(new Part("anh-2.jpg", JPEG)));
        assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
        assertThat(json(xa.getJson("/api/v1/tasks/" + f[1] + "/evidence")).path(String.valueOf(updateId))).hasSize(3);
        assertThat(json(bdv.getJson("/api/v1/tasks/" + f[1])).path("history")).hasSize(2);

        // out of scope: another commune's task's file, or this file asked for under another task, is not found
        bdv.get("/tasks/" + f[2]);
        bdv.postFile("/tasks/" + f[2] + "/progress", "files", "bao-cao.pdf", PDF, fields);
        String otherLink = bdv.get("/tasks/" + f[2]).html().selectFirst("#history-table td.evidence a").attr("href");
        assertThat(bdv.get(otherLink).status()).isEqualTo(200);
        assertThat(xa.get(otherLink).status()).isEqualTo(404);
        assertThat(xa.get("/tasks/" + f[2] + "/evidence/" + evidenceId).status()).isEqualTo(404);
        assertThat(xa.get("/tasks/" + f[1] + otherLink.substring(otherLink.indexOf("/evidence/"))).status()).isEqualTo(404);
        assertThat(signedIn("tiepdan").get("/tasks/" + f[1] + "/evidence/" + evidenceId).status()).isEqualTo(404);
        assertThat(auditOf("task", f[1])).extracting(AuditEvent::action).contains("TASK_EVIDENCE_ADDED");
    }

    @Test
    void aFileOfAKindNotAllowedIsRefusedInVietnameseAndTheReportIsNotSaved() throws Exception {
        WebSession bdv = signedIn("bdv");
        long[] f = planWithTasks(bdv);
        WebSession xa = signedIn("xa");
        xa.get("/tasks/" + f[1]);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reportedOn", today);
        fields.put("percent", "30");
        byte[] program = "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(xa.postFile("/tasks/" + f[1] + "/progress", "files", "bao-cao.pdf", program, fields).status()).isEqualTo(302);
        WebSession.Response page = xa.get("/tasks/" + f[1]);
        assertThat(page.html().text()).contains("Tệp \"bao-cao.pdf\" không đúng định dạng cho phép (PDF, DOCX, XLSX, JPG, PNG)",
                "Báo cáo chưa được lưu.");
        assertThat(page.html().select("#history-empty")).isNotEmpty();
        // a real PDF named .png is refused too: the extension must agree with the content
        String basic = "Basic " + Base64.getEncoder().encodeToString("xa:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> api = multipart("/api/v1/tasks/" + f[1] + "/progress", basic, Map.of("reportedOn", today, "percent", "30"),
                List.of(new Part("anh.png", PDF)));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("không đúng định dạng cho phép");
        assertThat(json(bdv.getJson("/api/v1/tasks/" + f[1])).path("history")).isEmpty();
    }

    private record Part(String fileName, byte[] content) {
    }

    /** A multipart request with several files, as a script would send it (the test session posts one file only). */
    private HttpResponse<String> multipart(String path, String authorization, Map<String, String> fields, List<Part> files) throws Exception {
        String boundary = "----danvan" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Part file : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.fileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The smallest thing that is an Excel workbook by its content: a ZIP package with an xl/ part. */
    private static byte[] workbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
