package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.calendar.YearlyDay;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.OrganizationKind;
import vn.danvan.org.Organizations;
import vn.danvan.org.Scope;
import vn.danvan.org.UnitLevel;
import vn.danvan.org.UnitSearch;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;
import vn.danvan.system.PageQuery;
import vn.danvan.system.RuleViolation;

/** Citizen reception over HTTP: sessions, visits, crowd delegations, the answer's due date, the heads' schedule, figures. */
class ReceptionIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Organizations organizations;
    @Autowired
    AdministrativeMap map;
    @Autowired
    VisitLinks visitLinks;
    @Autowired
    Receptions receptions;
    @Autowired
    ReceptionRules rules;
    @Autowired
    WorkingCalendar calendar;

    private WebSession signedIn(String user) {
        WebSession session = session();
        session.login(user, "demo");
        session.get("/reception");
        return session;
    }

    private long org(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }

    private long unit(String code) {
        return map.findCurrentByCode(code).orElseThrow().id();
    }

    private static JsonNode json(WebSession.Response response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String tag() {
        return Long.toString(System.nanoTime(), 36);
    }

    private static String visitJson(String receivedOn, long organization, long unit, String category, String content, Integer count,
                                     String outcome, String citizens) {
        return """
                {"receivedOn": "%s", "receivingOrganizationId": %d, "unitId": %d, "category": "%s", "field": "LAND",
                 "content": "%s", "citizensCount": %s, "outcome": "%s", "transferTarget": "Thanh tra tỉnh", "citizens": [%s]}"""
                .formatted(receivedOn, organization, unit, category, content, count == null ? "null" : count, outcome, citizens);
    }

    private static String citizen(String name, boolean representative) {
        return """
                {"fullName": "%s", "address": "Xóm Nam Đồng, Xã Tân Cương", "idNumber": "019085001234", "phone": "0912345678",
                 "representative": %s}""".formatted(name, representative);
    }

    @Test
    void aReceptionOfficerRecordsADeskSessionAndAVisitInItWithOneCitizen() throws Exception {
        WebSession tiepdan = signedIn("tiepdan");
        WebSession.Response session = tiepdan.postJson("/api/v1/reception/sessions", """
                {"kind": "REGULAR_DESK", "organizationId": %d, "plannedOn": "2026-11-03", "held": true, "heldOn": "2026-11-03",
                 "place": "Trụ sở Tiếp công dân tỉnh", "officials": [{"fullName": "Đào Thị Minh", "jobTitle": "Phó Trưởng ban"}]}"""
                .formatted(org("TN-BTCD")));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        long sessionId = json(session).path("id").asLong();

        String tag = tag();
        tiepdan.get("/reception/visits/new?session=" + sessionId);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("sessionId", String.valueOf(sessionId));
        form.put("receivedOn", "2026-11-03");
        form.put("receivingOrganizationId", String.valueOf(org("TN-BTCD")));
        form.put("unitId", String.valueOf(unit("05503")));
        form.put("category", "RECOMMENDATION");
        form.put("field", "SOCIAL_POLICY");
        form.put("content", "Kiến nghị giải quyết chế độ người có công " + tag);
        form.put("outcome", "PETITION_RECEIVED");
        form.put("citizens[0].fullName", "Hà Thị Mai " + tag);
        form.put("citizens[0].idNumber", "019 185 000 777");
        form.put("citizens[0].phone", "0987654321");
        WebSession.Response saved = tiepdan.postForm("/reception/visits/new", form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        WebSession.Response page = tiepdan.get(saved.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(page.body()).contains("Đã ghi nhận lượt tiếp.");
        assertThat(page.text("#visit-fields")).contains("Kiến nghị giải quyết chế độ người có công " + tag, "Xã Tân Cương");
        assertThat(page.text("#citizen-table")).contains("Hà Thị Mai " + tag, "019185000777");
        assertThat(page.html().select("a#open-petition").attr("href")).matches("/petitions/new\\?visit=\\d+");

        WebSession.Response list = tiepdan.get("/reception/visits?q=" + tag);
        assertThat(list.text("#visit-table")).contains("Hà Thị Mai " + tag);
        WebSession.Response sessionPage = tiepdan.get("/reception/sessions/" + sessionId);
        assertThat(sessionPage.body()).contains("1 lượt tiếp");
        assertThat(tiepdan.get("/reception?month=2026-11").status()).isEqualTo(200);

        tiepdan.get("/reception/sessions/new");
        Map<String, String> sessionForm = new LinkedHashMap<>();
        sessionForm.put("kind", "THEMATIC");
        sessionForm.put("organizationId", String.valueOf(org("TN-BTCD")));
        sessionForm.put("plannedOn", "2026-11-12");
        sessionForm.put("held", "true");
        sessionForm.put("heldOn", "2026-11-12");
        sessionForm.put("place", "Nhà văn hóa xóm " + tag);
        sessionForm.put("officials[0].fullName", "Đào Thị Minh");
        WebSession.Response createdSession = tiepdan.postForm("/reception/sessions/new", sessionForm);
        assertThat(createdSession.status()).as(createdSession.body()).isEqualTo(302);
        WebSession.Response shown = tiepdan.get(createdSession.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(shown.text("#session-fields")).contains("Nhà văn hóa xóm " + tag, "12/11/2026", "Đào Thị Minh");
        sessionForm.put("kind", "HEAD_PERIODIC");
        WebSession.Response refused = tiepdan.postForm("/reception/sessions/new", sessionForm);
        assertThat(refused.text("#form-error")).contains("không có nghĩa vụ tiếp công dân định kỳ");
    }

    @Test
    void anAdministratorAddsANewVersionOfAPeriodicRuleAndTheRowInForceEndsTheDayBefore() throws Exception {
        WebSession admin = signedIn("admin");
        admin.get("/admin/reception-rules");
        Map<String, String> rule = new LinkedHashMap<>();
        rule.put("holder", "DEPARTMENT_HEAD");
        rule.put("level", "PROVINCE");
        rule.put("minDays", "2");
        rule.put("period", "MONTH");
        rule.put("validFrom", "2027-01-01");
        rule.put("source", "Văn bản giả định để kiểm thử");
        assertThat(admin.postForm("/admin/reception-rules", rule).status()).isEqualTo(302);
        WebSession.Response page = admin.get("/admin/reception-rules");
        assertThat(page.body()).contains("Đã lưu quy định.", "Văn bản giả định để kiểm thử");
        assertThat(page.html().select("#rule-table input[name=validTo][value=2026-12-31]")).hasSize(1);
        assertThat(admin.get("/admin/audit?action=RECEPTION_RULE_ADDED").status()).isEqualTo(200);
        // a version overlapping another is refused with the other's dates
        rule.put("validFrom", "2026-12-31");
        rule.put("validTo", "2027-02-01");
        admin.postForm("/admin/reception-rules", rule);
        assertThat(admin.get("/admin/reception-rules").body()).contains("trùng với một phiên bản khác");
        assertThat(signedIn("tiepdan").get("/admin/reception-rules").status()).isEqualTo(403);
    }

    @Test
    void aCrowdDelegationIsDetectedFromFivePeopleAndMustChooseItsRepresentativesByLuatTiepCongDanArt7() throws Exception {
        WebSession tiepdan = signedIn("tiepdan");
        long btcd = org("TN-BTCD");
        long tanCuong = unit("05503");
        String tag = tag();
        WebSession.Response tooFew = tiepdan.postJson("/api/v1/reception/visits", visitJson("2026-11-04", btcd, tanCuong, "COMPLAINT",
                "Khiếu nại thu hồi đất " + tag, 12, "PETITION_RECEIVED", citizen("Nguyễn Văn Một", false)));
        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(json(tooFew).path("detail").asText())
                .startsWith("Đoàn đông người 12 người phải cử từ 1 đến 5 người đại diện, nhưng đang đánh dấu 0 người (Luật Tiếp công dân 2013, Điều 7");

        WebSession.Response tooMany = tiepdan.postJson("/api/v1/reception/visits", visitJson("2026-11-04", btcd, tanCuong, "COMPLAINT",
                "Khiếu nại thu hồi đất " + tag, 7, "PETITION_RECEIVED",
                citizen("Nguyễn Văn Một", true) + "," + citizen("Nguyễn Văn Hai", true) + "," + citizen("Nguyễn Văn Ba", true)));
        assertThat(json(tooMany).path("detail").asText()).startsWith("Đoàn đông người 7 người phải cử từ 1 đến 2 người đại diện, nhưng đang đánh dấu 3 người");

        WebSession.Response notACrowd = tiepdan.postJson("/api/v1/reception/visits", visitJson("2026-11-04", btcd, tanCuong, "COMPLAINT",
                "Khiếu nại thu hồi đất " + tag, 3, "GUIDED", citizen("Nguyễn Văn Một", true)));
        assertThat(json(notACrowd).path("detail").asText()).contains("lượt tiếp 3 người không đánh dấu người đại diện");

        WebSession.Response crowd = tiepdan.postJson("/api/v1/reception/visits", visitJson("2026-11-04", btcd, tanCuong, "COMPLAINT",
                "Khiếu nại thu hồi đất " + tag, 7, "PETITION_RECEIVED",
                citizen("Nguyễn Văn Một " + tag, true) + "," + citizen("Nguyễn Văn Hai", true)));
        assertThat(crowd.status()).as(crowd.body()).isEqualTo(201);
        assertThat(json(crowd).path("crowdDelegation").asBoolean()).isTrue();
        assertThat(json(crowd).path("representatives").asInt()).isEqualTo(2);
        assertThat(json(crowd).path("citizensLabel").asText()).isEqualTo("Nguyễn Văn Một " + tag + " và 6 người khác");

        WebSession.Response four = tiepdan.postJson("/api/v1/reception/visits", visitJson("2026-11-04", btcd, tanCuong, "FEEDBACK",
                "Phản ánh ô nhiễm " + tag, 4, "GUIDED", citizen("Lê Văn Bốn", false)));
        assertThat(json(four).path("crowdDelegation").asBoolean()).isFalse();

        JsonNode crowds = json(tiepdan.getJson("/api/v1/reception/visits?crowd=true&q=" + tag));
        assertThat(crowds.path("total").asLong()).isEqualTo(1);
        // a CCCD whose first digits are no province is refused with the row named
        WebSession.Response badId = tiepdan.postJson("/api/v1/reception/visits", visitJson("2026-11-04", btcd, tanCuong, "FEEDBACK",
                "Phản ánh " + tag, 1, "GUIDED", """
                        {"fullName": "Lê Văn Năm", "idNumber": "099085001234"}"""));
        assertThat(json(badId).path("detail").asText()).isEqualTo("Dòng 1: số CCCD 099085001234 không hợp lệ: 3 số đầu (099) phải là mã tỉnh"
                + " nơi đăng ký khai sinh (0 và mã của một trong 63 tỉnh, thành phố trước năm 2025).");
    }

    /**
     * Luật Tiếp công dân 2013, Art. 28: the citizen is answered within 10 days; counted from the next day (BLDS 2015,
     * Art. 147) and, ending on a day off, moved to the next working day (Art. 148). Received Tue 10/02/2026: the tenth
     * day is Fri 20/02, inside the Tết break (14/02–22/02/2026, Thông báo 9441/TB-BNV), so the answer is due Mon 23/02.
     */
    @Test
    void theAnswerIsDueTenDaysAfterTheVisitMovedPastTetByBldsArt148AndFlaggedOverdue() throws Exception {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        WebSession.Response created = tiepdan.postJson("/api/v1/reception/visits", visitJson("2026-02-10", org("TN-BTCD"), unit("05503"),
                "COMPLAINT", "Khiếu nại trước Tết " + tag, 1, "TRANSFERRED", citizen("Phạm Thị Tết", false)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode visit = json(created);
        assertThat(visit.path("answerDue").asText()).isEqualTo("2026-02-23");
        assertThat(visit.path("overdue").asBoolean()).isTrue();
        long id = visit.path("id").asLong();
        WebSession.Response page = tiepdan.get("/reception/visits/" + id);
        assertThat(page.text("#answer-due")).contains("23/02/2026", "Quá hạn", "20/02/2026");

        WebSession.Response answered = tiepdan.postJson("/api/v1/reception/visits/" + id + "/answer", """
                {"version": %d, "answeredOn": "2026-02-25", "note": "Văn bản trả lời"}""".formatted(visit.path("version").asInt()));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(json(answered).path("overdue").asBoolean()).isFalse();
        assertThat(json(answered).path("answeredOn").asText()).isEqualTo("2026-02-25");
        // a stale version is refused
        WebSession.Response stale = tiepdan.postJson("/api/v1/reception/visits/" + id + "/answer", """
                {"version": %d, "answeredOn": "2026-02-24"}""".formatted(visit.path("version").asInt()));
        assertThat(stale.status()).isEqualTo(409);
    }

    /**
     * A day off announced after the visit moves the answer's due day of a visit still awaiting its answer (Luật Tiếp
     * công dân 2013, Art. 28; BLDS 2015, Art. 148), and so does a change of the time limit; the visit shows why. Received
     * Mon 05/10/2026: the tenth day is Thu 15/10; declared a day off, the answer is due Fri 16/10. An answered visit keeps
     * the due day it was judged by.
     */
    @Test
    void aDayOffAnnouncedLaterMovesTheAnswerDueOfAnUnansweredVisitAndTheVisitShowsWhy() throws Exception {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        LocalDate tenthDay = LocalDate.of(2026, 10, 15);
        assertThat(calendar.yearlyDay(tenthDay)).isEmpty();
        long waiting = json(tiepdan.postJson("/api/v1/reception/visits", visitJson("2026-10-05", org("TN-BTCD"), unit("05503"),
                "RECOMMENDATION", "Kiến nghị chờ trả lời " + tag, 1, "TRANSFERRED", citizen("Lò Văn Chờ", false)))).path("id").asLong();
        long answered = json(tiepdan.postJson("/api/v1/reception/visits", visitJson("2026-10-05", org("TN-BTCD"), unit("05503"),
                "RECOMMENDATION", "Kiến nghị đã trả lời " + tag, 1, "ANSWERED_DIRECTLY", citizen("Lò Văn Xong", false)))).path("id").asLong();
        assertThat(json(tiepdan.getJson("/api/v1/reception/visits/" + waiting)).path("answerDue").asText()).isEqualTo("2026-10-15");
        DeadlineRule answerRule = DeadlineRule.inForce(receptions.deadlineRules(), DeadlineRule.ANSWER_TO_CITIZEN, tenthDay).orElseThrow();
        try {
            calendar.saveDay(new YearlyDay(tenthDay, YearlyDay.Kind.DAY_OFF, "Nghỉ kiểm thử " + tag, "Thông báo kiểm thử", ""));
            assertThat(json(tiepdan.getJson("/api/v1/reception/visits/" + waiting)).path("answerDue").asText()).isEqualTo("2026-10-16");
            assertThat(json(tiepdan.getJson("/api/v1/reception/visits/" + answered)).path("answerDue").asText()).isEqualTo("2026-10-15");
            JsonNode changes = json(tiepdan.getJson("/api/v1/reception/visits/" + waiting + "/due-changes"));
            assertThat(changes).hasSize(1);
            assertThat(changes.get(0).path("cause").asText()).isEqualTo("CALENDAR");
            assertThat(changes.get(0).path("oldDue").asText()).isEqualTo("2026-10-15");
            assertThat(changes.get(0).path("newDue").asText()).isEqualTo("2026-10-16");
            assertThat(json(tiepdan.getJson("/api/v1/reception/visits/" + answered + "/due-changes"))).isEmpty();
            WebSession.Response page = tiepdan.get("/reception/visits/" + waiting);
            assertThat(page.text(".due-change")).isEqualTo("Hạn trả lời thay đổi từ 15/10/2026 thành 16/10/2026 do cập nhật lịch nghỉ");
            assertThat(page.text("#answer-due")).contains("16/10/2026");
            assertThat(tiepdan.get("/reception/visits/" + answered).html().select(".due-change")).isEmpty();

            // twelve days from 05/10 end on Sat 17/10, so Mon 19/10
            rules.updateDeadlineRule(new DeadlineRule(answerRule.id(), answerRule.code(), 12, answerRule.counting(), answerRule.validFrom(),
                    answerRule.validTo(), answerRule.source(), answerRule.version()));
            assertThat(json(tiepdan.getJson("/api/v1/reception/visits/" + waiting)).path("answerDue").asText()).isEqualTo("2026-10-19");
            assertThat(tiepdan.get("/reception/visits/" + waiting).text(".due-change"))
                    .startsWith("Hạn trả lời thay đổi từ 16/10/2026 thành 19/10/2026 do cập nhật thời hạn trả lời công dân");
        } finally {
            DeadlineRule current = DeadlineRule.inForce(receptions.deadlineRules(), DeadlineRule.ANSWER_TO_CITIZEN, tenthDay).orElseThrow();
            rules.updateDeadlineRule(new DeadlineRule(current.id(), current.code(), answerRule.days(), current.counting(), current.validFrom(),
                    current.validTo(), current.source(), current.version()));
            if (calendar.yearlyDay(tenthDay).isPresent()) {
                calendar.deleteDay(tenthDay);
            }
        }
        assertThat(json(tiepdan.getJson("/api/v1/reception/visits/" + waiting)).path("answerDue").asText()).isEqualTo("2026-10-15");
        assertThat(json(tiepdan.getJson("/api/v1/reception/visits/" + waiting + "/due-changes"))).hasSize(4);
    }

    /**
     * From 1/7/2026 a visitor must identify themselves (Luật 136/2025/QH15): a citizen recorded without their personal
     * identification number is refused from that day, with the row, the date and the source; the day before it is not
     * required. The rule is data on the administrator's page.
     */
    @Test
    void fromJuly2026EveryCitizenReceivedMustGiveTheirIdentificationNumberByLuat136Of2025() throws Exception {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        String withoutId = """
                {"fullName": "Hà Văn Đủ", "idNumber": "019080004444"}, {"fullName": "Hà Thị Thiếu %s"}""".formatted(tag);
        WebSession.Response before = tiepdan.postJson("/api/v1/reception/visits", visitJson("2026-06-30", org("TN-BTCD"), unit("05503"),
                "FEEDBACK", "Phản ánh trước khi luật mới có hiệu lực " + tag, 2, "GUIDED", withoutId));
        assertThat(before.status()).as(before.body()).isEqualTo(201);

        WebSession.Response refused = tiepdan.postJson("/api/v1/reception/visits", visitJson("2026-07-01", org("TN-BTCD"), unit("05503"),
                "FEEDBACK", "Phản ánh sau khi luật mới có hiệu lực " + tag, 2, "GUIDED", withoutId));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(json(refused).path("detail").asText()).startsWith("Dòng 2: chưa có số CCCD. Từ ngày 01/07/2026, công dân đến được tiếp"
                + " phải cung cấp số định danh cá nhân (Luật 136/2025/QH15");
        assertThat(json(tiepdan.getJson("/api/v1/reception/visits?q=" + tag)).path("total").asLong()).isEqualTo(1);

        WebSession.Response identified = tiepdan.postJson("/api/v1/reception/visits", visitJson("2026-07-01", org("TN-BTCD"), unit("05503"),
                "FEEDBACK", "Phản ánh sau khi luật mới có hiệu lực " + tag, 2, "GUIDED", citizen("Hà Văn Đủ", false)));
        assertThat(identified.status()).as(identified.body()).isEqualTo(201);

        // the form says so for a day in force, and the administrator sees the rule with its source
        assertThat(tiepdan.get("/reception/visits/new").text("#identification-hint")).startsWith("Từ ngày 01/07/2026").contains("136/2025/QH15");
        WebSession admin = signedIn("admin");
        assertThat(admin.get("/admin/reception-rules").html().select("#identification-rule-table input[name=validFrom][value=2026-07-01]"))
                .hasSize(1);
    }

    /**
     * The commune chairman receives citizens ≥ 1 day/week until 30/6/2026 (Luật Tiếp công dân 2013, Art. 15) and
     * ≥ 2 days/month from 1/7/2026, without delegating to a deputy (Luật 136/2025/QH15).
     */
    @Test
    void theScheduleJudgesEachMonthByTheRuleInForceBeforeAndAfterJuly2026() throws Exception {
        String tag = tag();
        long communeUnit = unit("05830");
        long ubnd = organizations.create(new Organizations.NewOrganization("UBX-T-" + tag, "Ủy ban nhân dân xã Kiểm Thử " + tag, null,
                OrganizationKind.PEOPLES_COMMITTEE, communeUnit, org("TN-UBND"), null, null));
        WebSession admin = signedIn("admin");
        String[][] sessions = {
                {"2026-06-04", "HEAD"}, {"2026-06-11", "HEAD"}, {"2026-06-12", "HEAD"}, {"2026-06-25", "DEPUTY"},
                {"2026-08-06", "HEAD"}, {"2026-08-20", "HEAD"},
                {"2026-09-10", "HEAD"}, {"2026-09-24", "DEPUTY"}};
        long deputyAfterJuly = 0;
        for (String[] s : sessions) {
            WebSession.Response r = admin.postJson("/api/v1/reception/sessions", """
                    {"kind": "HEAD_PERIODIC", "organizationId": %d, "plannedOn": "%s", "held": true, "heldOn": "%s",
                     "headName": "Lương Văn Kiểm", "headTitle": "Chủ tịch UBND xã", "receivedBy": "%s",
                     "deputyName": "Đinh Văn Phó", "deputyTitle": "Phó Chủ tịch UBND xã"}""".formatted(ubnd, s[0], s[0], s[1]));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            if (s[0].equals("2026-09-24")) {
                deputyAfterJuly = json(r).path("id").asLong();
            }
        }
        // planned on 18/06 but not held
        admin.postJson("/api/v1/reception/sessions", """
                {"kind": "HEAD_PERIODIC", "organizationId": %d, "plannedOn": "2026-06-18", "held": false, "headName": "Lương Văn Kiểm"}"""
                .formatted(ubnd));

        WebSession.Response scheduleResponse = admin.getJson("/api/v1/reception/schedule?year=2026");
        assertThat(scheduleResponse.status()).as(scheduleResponse.body()).isEqualTo(200);
        JsonNode schedule = json(scheduleResponse);
        JsonNode head = null;
        for (JsonNode h : schedule) {
            if (h.path("organizationId").asLong() == ubnd) {
                head = h;
            }
        }
        assertThat(head).as(scheduleResponse.body().substring(0, Math.min(2000, scheduleResponse.body().length()))).isNotNull();
        assertThat(head.path("head").asText()).isEqualTo("Chủ tịch UBND xã Kiểm Thử " + tag);
        JsonNode june = head.path("months").get(5);
        // weekly: weeks of 4/6 ✓, 11–12/6 ✓ (two days count once), 18/6 ✗ (not held), 25/6 ✓ (a deputy was allowed then)
        assertThat(june.path("sentence").asText()).isEqualTo("Chủ tịch UBND xã Kiểm Thử " + tag + ": tháng 06/2026 tổ chức 3/4 ngày tiếp định kỳ");
        assertThat(june.path("state").asText()).isEqualTo("NOT_MET");
        assertThat(june.path("planned").asInt()).isEqualTo(5);
        assertThat(june.path("source").asText()).contains("Điều 15");
        JsonNode august = head.path("months").get(7);
        assertThat(august.path("sentence").asText()).isEqualTo("Chủ tịch UBND xã Kiểm Thử " + tag + ": tháng 08/2026 tổ chức 2/2 ngày tiếp định kỳ");
        assertThat(august.path("state").asText()).isEqualTo("MET");
        assertThat(august.path("source").asText()).contains("136/2025/QH15");
        JsonNode september = head.path("months").get(8);
        assertThat(september.path("counted").asInt()).isEqualTo(1);
        assertThat(september.path("byDeputy").asInt()).isEqualTo(1);
        assertThat(september.path("state").asText()).isEqualTo("NOT_MET");

        WebSession.Response warned = admin.get("/reception/sessions/" + deputyAfterJuly);
        assertThat(warned.text("#deputy-warning")).contains("24/09/2026", "không được ủy quyền cho cấp phó", "136/2025/QH15");
        WebSession.Response page = admin.get("/reception/schedule?year=2026");
        assertThat(page.html().select("#schedule-table td[title*=Kiểm Thử " + tag + ": tháng 08/2026 tổ chức 2/2 ngày tiếp định kỳ]")).hasSize(1);
        // a People's Committee session marked as a Party secretary's day is refused
        WebSession.Response wrongKind = admin.postJson("/api/v1/reception/sessions", """
                {"kind": "PARTY_HEAD_PERIODIC", "organizationId": %d, "plannedOn": "2026-10-01", "headName": "X"}""".formatted(ubnd));
        assertThat(wrongKind.status()).isEqualTo(400);
    }

    @Test
    void aPetitionOpenedFromAVisitIsLinkedBackOnceThroughVisitLinks() throws Exception {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        JsonNode visit = json(tiepdan.postJson("/api/v1/reception/visits", visitJson("2026-11-05", org("TN-BTCD"), unit("05443"),
                "RECOMMENDATION", "Kiến nghị bồi thường " + tag, 1, "GUIDED", citizen("Trần Văn Đơn " + tag, false))));
        long id = visit.path("id").asLong();
        VisitLinks.VisitForPetition facts = visitLinks.visitForPetition(id, Scope.all()).orElseThrow();
        assertThat(facts.content()).isEqualTo("Kiến nghị bồi thường " + tag);
        assertThat(facts.receivingOrganizationId()).isEqualTo(org("TN-BTCD"));
        assertThat(facts.citizens()).extracting(VisitLinks.Citizen::fullName).containsExactly("Trần Văn Đơn " + tag);
        assertThat(visitLinks.visitForPetition(id, organizations.scopeFor(vn.danvan.org.Role.UNIT_OFFICER, org("UBX-05503")))).isEmpty();

        visitLinks.petitionOpened(id, 900_000L + (System.nanoTime() % 1000), "TN-2026-" + tag);
        JsonNode linked = json(tiepdan.getJson("/api/v1/reception/visits/" + id));
        assertThat(linked.path("outcome").asText()).isEqualTo("PETITION_RECEIVED");
        assertThat(linked.path("trackingCode").asText()).isEqualTo("TN-2026-" + tag);
        long petitionId = linked.path("petitionId").asLong();
        visitLinks.petitionOpened(id, petitionId, "TN-2026-" + tag);
        assertThatThrownBy(() -> visitLinks.petitionOpened(id, petitionId + 1, "khác")).isInstanceOf(RuleViolation.class);
        WebSession.Response page = tiepdan.get("/reception/visits/" + id);
        assertThat(page.text("#petition-tracking")).isEqualTo("TN-2026-" + tag);
        assertThat(page.html().select("#open-petition")).isEmpty();
    }

    @Test
    void theFiguresReconcileWithTheVisitsBehindThemAndFormerCommunesRollUp() throws Exception {
        WebSession tiepdan = signedIn("tiepdan");
        AdministrativeUnit thinhDuc = map.search(Scope.all(), new UnitSearch("05497", UnitLevel.COMMUNE, null, true), PageQuery.of(0, 10, null, null))
                .items().stream().filter(u -> u.code().equals("05497")).findFirst().orElseThrow();
        long tanCuong = unit("05503");
        String period = "from=2026-01-01&to=2026-12-31";
        JsonNode before = json(tiepdan.getJson("/api/v1/reception/statistics?" + period + "&unitId=" + tanCuong)).path("figures");
        String tag = tag();
        WebSession.Response former = tiepdan.postJson("/api/v1/reception/visits", visitJson("2026-11-06", org("TN-BTCD"), thinhDuc.id(),
                "FEEDBACK", "Phản ánh tại xã Thịnh Đức cũ " + tag, 2, "GUIDED", citizen("Vi Văn Cũ", false)));
        assertThat(former.status()).as(former.body()).isEqualTo(201);
        JsonNode after = json(tiepdan.getJson("/api/v1/reception/statistics?" + period + "&unitId=" + tanCuong)).path("figures");
        assertThat(after.path("total").path("visits").asLong()).isEqualTo(before.path("total").path("visits").asLong() + 1);
        assertThat(after.path("total").path("citizens").asLong()).isEqualTo(before.path("total").path("citizens").asLong() + 2);
        assertThat(after.path("byUnit").path(String.valueOf(tanCuong)).path("visits").asLong())
                .isEqualTo(after.path("total").path("visits").asLong());

        JsonNode province = json(tiepdan.getJson("/api/v1/reception/statistics?" + period));
        JsonNode figures = province.path("figures");
        long visits = figures.path("total").path("visits").asLong();
        assertThat(visits).isGreaterThan(100);
        assertThat(json(tiepdan.getJson("/api/v1/reception/visits?" + period + "&size=1")).path("total").asLong()).isEqualTo(visits);
        assertThat(json(tiepdan.getJson("/api/v1/reception/visits?" + period + "&size=1&crowd=true")).path("total").asLong())
                .isEqualTo(figures.path("total").path("crowdDelegations").asLong());
        assertThat(json(tiepdan.getJson("/api/v1/reception/visits?" + period + "&size=1&unitId=" + tanCuong)).path("total").asLong())
                .isEqualTo(after.path("total").path("visits").asLong());
        long byCategory = 0;
        for (MatterCategory c : MatterCategory.values()) {
            long n = figures.path("byCategory").path(c.name()).path("visits").asLong();
            assertThat(json(tiepdan.getJson("/api/v1/reception/visits?" + period + "&size=1&category=" + c)).path("total").asLong()).isEqualTo(n);
            byCategory += n;
        }
        assertThat(byCategory).isEqualTo(visits);
        long people = 0;
        for (int page = 0; page * 200 < visits; page++) {
            for (JsonNode v : json(tiepdan.getJson("/api/v1/reception/visits?" + period + "&size=200&page=" + page)).path("items")) {
                people += v.path("citizensCount").asLong();
            }
        }
        assertThat(figures.path("total").path("citizens").asLong()).isEqualTo(people);
        assertThat(figures.path("sessions").path("held").asLong()).isGreaterThan(200);
        assertThat(province.path("sentence").asText()).startsWith("tiếp ").contains(" lượt với ", " lượt đoàn đông người");
    }

    @Test
    void theDemoYearHasTheHeadsSessionsAndVisitsWithSomeCrowdsAndDenunciations() throws Exception {
        WebSession lanhdao = signedIn("lanhdao");
        JsonNode figures = json(lanhdao.getJson("/api/v1/reception/statistics?from=2026-01-01&to=2026-12-31")).path("figures");
        assertThat(figures.path("total").path("crowdDelegations").asLong()).isGreaterThan(3);
        assertThat(figures.path("byCategory").path("DENUNCIATION").path("visits").asLong()).isGreaterThan(3);
        assertThat(figures.path("sessionsByKind").path("HEAD_PERIODIC").path("held").asLong()).isGreaterThan(50);
        WebSession.Response schedule = lanhdao.get("/reception/schedule?year=2026");
        assertThat(schedule.text("#schedule-table")).contains("Chủ tịch UBND tỉnh Thái Nguyên", "Chủ tịch UBND xã Tân Cương", "Bí thư Tỉnh ủy Thái Nguyên");
        assertThat(lanhdao.get("/reception/visits").status()).isEqualTo(200);
        WebSession.Response admin = signedIn("admin").get("/admin/reception-rules");
        assertThat(admin.text("#rule-table")).isNotNull();
        assertThat(admin.body()).contains("136/2025/QH15", "215-KL/TW");
    }
}
