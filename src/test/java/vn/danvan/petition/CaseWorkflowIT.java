package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.support.WebSession;

/** The case workflow over the API: allowed and refused transitions, extension limits, second instance, escalation. */
class CaseWorkflowIT extends PetitionFixtures {

    @Autowired
    PetitionReminders reminders;
    @Autowired
    Cases cases;
    @Autowired
    JdbcClient jdbc;

    private long complaintCase(WebSession session, String tag, java.time.LocalDate acceptedOn) {
        long petition = receive(session, "COMPLAINT", "LAND", "05503", "TN-BTCD", acceptedOn, "UBND xã Tân Cương " + tag,
                "Khiếu nại việc bồi thường " + tag, person("Phạm Văn Chín", idNumber(), false)).path("id").asLong();
        return accept(session, petition, acceptedOn, "NORMAL");
    }

    private WebSession.Response post(WebSession session, long caseId, String action, String body) {
        return session.postJson("/api/v1/cases/" + caseId + "/" + action, body);
    }

    @Test
    void aComplaintRunsFromAcceptanceToClosureAndEveryStepIsLoggedAppendOnly() {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        long caseId = complaintCase(tiepdan, tag, today());
        long me = userId("tiepdan");
        List<String> steps = new ArrayList<>();
        assertThat(post(tiepdan, caseId, "assign", "{\"handlerIds\": [" + me + "]}").status()).isEqualTo(200);
        assertThat(post(tiepdan, caseId, "plan", "{\"text\": \"Xác minh thực địa, làm việc với UBND xã\"}").status()).isEqualTo(200);
        assertThat(post(tiepdan, caseId, "dialogue", "{\"heldOn\": \"" + today() + "\", \"participants\": \"Người khiếu nại, UBND xã\", \"content\": \"Đối thoại lần 1\"}").status()).isEqualTo(200);
        JsonNode suspended = json(post(tiepdan, caseId, "suspend", "{\"on\": \"" + today() + "\", \"reason\": \"Chờ giám định\"}"));
        assertThat(suspended.path("case").path("status").asText()).isEqualTo("SUSPENDED");
        WebSession.Response concludeWhileSuspended = post(tiepdan, caseId, "conclude", "{\"documentId\": 1, \"summary\": \"x\"}");
        assertThat(concludeWhileSuspended.status()).isEqualTo(400);
        assertThat(concludeWhileSuspended.body()).contains("Không thể").contains("Tạm đình chỉ");
        assertThat(post(tiepdan, caseId, "resume", "{\"on\": \"" + today() + "\", \"reason\": \"Đã có kết quả giám định\"}").status()).isEqualTo(200);
        JsonNode before = caseJson(tiepdan, caseId).path("transitions");

        WebSession.Response notifyTooEarly = post(tiepdan, caseId, "notify", "{}");
        assertThat(notifyTooEarly.status()).isEqualTo(400);
        assertThat(notifyTooEarly.body()).contains("Thông báo kết quả").contains("Đang xác minh");
        WebSession.Response noDocument = post(tiepdan, caseId, "conclude", "{\"summary\": \"Giữ nguyên quyết định\"}");
        assertThat(noDocument.body()).contains("sổ văn bản");
        assertThat(caseJson(tiepdan, caseId).path("case").path("status").asText()).isEqualTo("VERIFYING");

        long document = conclusionDocument(tag);
        JsonNode concluded = json(post(tiepdan, caseId, "conclude", "{\"documentId\": " + document + ", \"summary\": \"Giữ nguyên quyết định\"}"));
        assertThat(concluded.path("case").path("status").asText()).isEqualTo("CONCLUDED");
        assertThat(concluded.path("case").path("conclusionDocumentId").asLong()).isEqualTo(document);
        assertThat(post(tiepdan, caseId, "notify", "{}").status()).isEqualTo(200);
        JsonNode closed = json(post(tiepdan, caseId, "close", "{\"satisfaction\": \"SATISFIED\", \"note\": \"Đồng ý\"}"));
        assertThat(closed.path("case").path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("case").path("satisfaction").asText()).isEqualTo("SATISFIED");

        JsonNode log = closed.path("transitions");
        log.forEach(t -> steps.add(t.path("action").asText() + ":" + t.path("from").asText() + ">" + t.path("to").asText()));
        assertThat(steps).containsExactly("ACCEPT:null>ACCEPTED", "ASSIGN:ACCEPTED>VERIFYING", "PLAN:VERIFYING>VERIFYING",
                "DIALOGUE:VERIFYING>VERIFYING", "SUSPEND:VERIFYING>SUSPENDED", "RESUME:SUSPENDED>VERIFYING", "CONCLUDE:VERIFYING>CONCLUDED",
                "NOTIFY:CONCLUDED>NOTIFIED", "CLOSE:NOTIFIED>CLOSED");
        log.forEach(t -> assertThat(t.path("actor").asText()).isEqualTo("tiepdan"));
        // rows written earlier are unchanged by later actions
        for (int i = 0; i < before.size(); i++) {
            assertThat(log.get(i)).isEqualTo(before.get(i));
        }
        assertThat(closed.path("clockEvents").toString()).contains("\"START\"", "\"PAUSE\"", "\"RESUME\"", "\"STOP\"");
        assertThat(tiepdan.get("/cases/" + caseId).text("#transition-log")).contains("Tạm đình chỉ", "Đóng hồ sơ");
    }

    /**
     * An answer recorded once the parties were notified (before closure) survives a closure without an answer, with
     * its note and source; an answer given at closure replaces it. "-" is no answer.
     */
    @ParameterizedTest(name = "answered {0} before, {1} at closure → {2}")
    @CsvSource({
            "UNSATISFIED, -,           UNSATISFIED, Chưa đồng ý mức bồi thường, PHONE",
            "SATISFIED,   -,           SATISFIED,   Chưa đồng ý mức bồi thường, PHONE",
            "UNSATISFIED, SATISFIED,   SATISFIED,   Đồng ý sau đối thoại,       HANDLER",
            "-,           UNSATISFIED, UNSATISFIED, Đồng ý sau đối thoại,       HANDLER",
            "-,           -,           -,           Đồng ý sau đối thoại,       -"})
    void closingWithoutAnAnswerKeepsTheSatisfactionRecordedEarlier(String before, String atClosure, String kept, String note, String source) {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        long caseId = complaintCase(tiepdan, tag, today());
        assertThat(post(tiepdan, caseId, "conclude", "{\"documentId\": " + conclusionDocument(tag) + ", \"summary\": \"Bác đơn\"}").status())
                .isEqualTo(200);
        assertThat(post(tiepdan, caseId, "notify", "{}").status()).isEqualTo(200);
        if (!before.equals("-")) {
            cases.recordSatisfaction(caseId, Satisfaction.valueOf(before), "Chưa đồng ý mức bồi thường", "PHONE");
        }
        WebSession.Response closed = post(tiepdan, caseId, "close", atClosure.equals("-")
                ? "{\"note\": \"Đồng ý sau đối thoại\"}"
                : "{\"satisfaction\": \"" + atClosure + "\", \"note\": \"Đồng ý sau đối thoại\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(json(closed).path("case").path("status").asText()).isEqualTo("CLOSED");
        List<String> stored = jdbc.sql("SELECT satisfaction, satisfaction_note, satisfaction_source FROM petition_case WHERE id = :id")
                .param("id", caseId).query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(stored).containsExactly(kept.equals("-") ? null : kept, note, source.equals("-") ? null : source);
        assertThat(stored.get(1) + json(closed).path("transitions")).as("the closing note is kept, on the case or in its log")
                .contains("Đồng ý sau đối thoại");
    }

    @Test
    void extensionsStayWithinLuatToCao2018Art30() {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        long petition = receive(tiepdan, "DENUNCIATION", "PARTY_AND_CADRES", "05503", "TN-BTCD", today(), "Cán bộ địa chính " + tag,
                "Tố cáo nhũng nhiễu " + tag, person("Nông Văn Mười", idNumber(), false)).path("id").asLong();
        long caseId = accept(tiepdan, petition, today(), "NORMAL");
        String due = caseJson(tiepdan, caseId).path("case").path("dueDate").asText();

        WebSession.Response ordinary = post(tiepdan, caseId, "extend", "{\"days\": 30, \"reason\": \"Cần thêm thời gian\"}");
        assertThat(ordinary.status()).isEqualTo(400);
        assertThat(ordinary.body()).contains("không được gia hạn").contains("Điều 30");
        assertThat(caseJson(tiepdan, caseId).path("case").path("dueDate").asText()).isEqualTo(due);

        assertThat(post(tiepdan, caseId, "variant", "{\"variant\": \"COMPLEX\", \"reason\": \"Nhiều đối tượng liên quan\"}").status()).isEqualTo(200);
        WebSession.Response tooLong = post(tiepdan, caseId, "extend", "{\"days\": 31, \"reason\": \"Phức tạp\"}");
        assertThat(tooLong.body()).contains("không quá 30 ngày");
        JsonNode extended = json(post(tiepdan, caseId, "extend", "{\"days\": 30, \"reason\": \"Phức tạp\"}"));
        assertThat(extended.path("case").path("extensionsUsed").asInt()).isEqualTo(1);
        assertThat(java.time.LocalDate.parse(extended.path("case").path("dueDate").asText())).isAfter(java.time.LocalDate.parse(due).plusDays(27));
        WebSession.Response twice = post(tiepdan, caseId, "extend", "{\"days\": 10, \"reason\": \"Thêm nữa\"}");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body()).contains("tối đa 1 lần");

        assertThat(post(tiepdan, caseId, "variant", "{\"variant\": \"ESPECIALLY_COMPLEX\", \"reason\": \"Đặc biệt phức tạp\"}").status()).isEqualTo(200);
        assertThat(post(tiepdan, caseId, "extend", "{\"days\": 30, \"reason\": \"Lần hai\"}").status()).isEqualTo(200);
        WebSession.Response third = post(tiepdan, caseId, "extend", "{\"days\": 30, \"reason\": \"Lần ba\"}");
        assertThat(third.body()).contains("tối đa 2 lần");
        assertThat(caseJson(tiepdan, caseId).path("case").path("extensionsUsed").asInt()).isEqualTo(2);
    }

    @Test
    void aSecondInstanceComplaintOpensALinkedCase_LuatKhieuNai2011Art33And37() {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        long first = complaintCase(tiepdan, tag, today());
        WebSession.Response early = post(tiepdan, first, "second-instance", "{\"handlingOrganizationId\": " + org("TN-UBND") + ", \"reason\": \"Không đồng ý\"}");
        assertThat(early.status()).isEqualTo(400);
        post(tiepdan, first, "conclude", "{\"documentId\": " + conclusionDocument(tag) + ", \"summary\": \"Bác đơn\"}");
        post(tiepdan, first, "notify", "{}");
        WebSession.Response opened = post(tiepdan, first, "second-instance", "{\"handlingOrganizationId\": " + org("TN-UBND") + ", \"reason\": \"Không đồng ý\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode second = json(opened).path("case");
        assertThat(second.path("instance").asInt()).isEqualTo(2);
        assertThat(second.path("parentCaseId").asLong()).isEqualTo(first);
        assertThat(json(opened).path("rule").path("legalSource").asText()).contains("Điều 37");
        assertThat(caseJson(tiepdan, first).path("secondInstance").toString()).contains(String.valueOf(second.path("id").asLong()));
        assertThat(post(tiepdan, first, "second-instance", "{\"handlingOrganizationId\": " + org("TN-UBND") + ", \"reason\": \"Lần nữa\"}").body())
                .contains("đã có hồ sơ khiếu nại lần hai");
    }

    @Test
    void anOverdueCaseIsFlaggedAndTheSuperiorDemandsAReportWithinFiveWorkingDays_LuatToCao2018Art38() {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        long caseId = complaintCase(tiepdan, tag, today().minusDays(45));
        JsonNode view = caseJson(tiepdan, caseId);
        assertThat(view.path("overdue").asBoolean()).isTrue();
        assertThat(view.path("remainingDays").asInt()).isNegative();
        WebSession lanhdao = signedIn("lanhdao");
        assertThat(lanhdao.getJson("/api/v1/cases/overdue").body()).contains("\"id\":" + caseId);
        assertThat(tiepdan.get("/cases?due=overdue&q=" + tag).text("#case-table")).contains("Quá hạn");
        assertThat(post(tiepdan, caseId, "report-demands", "{\"text\": \"Báo cáo\"}").status()).isEqualTo(403);
        JsonNode demanded = json(post(lanhdao, caseId, "report-demands", "{\"text\": \"Báo cáo lý do chậm\"}"));
        JsonNode demand = demanded.path("reportDemands").get(0);
        assertThat(java.time.LocalDate.parse(demand.path("dueDate").asText())).isAfter(today().plusDays(4));
        long demandId = demand.path("id").asLong();
        JsonNode reported = json(post(tiepdan, caseId, "report-demands/" + demandId + "/report", "{\"text\": \"Đang chờ kết quả đo đạc\"}"));
        assertThat(reported.path("reportDemands").get(0).path("reportedBy").asText()).isEqualTo("tiepdan");
        assertThat(reminders.run(today())).isGreaterThanOrEqualTo(0);
    }
}
