package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.calendar.YearlyDay;
import vn.danvan.support.WebSession;

/** Intake, classification, duplicates, lists, tracking and the recomputation of due dates, over HTTP. */
class PetitionIT extends PetitionFixtures {

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    PetitionTracking tracking;

    @Test
    void aPetitionReceivedByTheApiGetsATrackingCodeAndItsClassificationDueDate_ThongTu05_2021() {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        JsonNode intake = receive(tiepdan, "COMPLAINT", "LAND", "05503", "TN-BTCD", today(), "UBND xã Tân Cương " + tag,
                "Khiếu nại quyết định thu hồi đất " + tag, person("Nguyễn Văn Một", idNumber(), false), person("Trần Thị Hai", idNumber(), false));
        assertThat(TrackingCode.isValid(intake.path("trackingCode").asText())).isTrue();
        LocalDate due = LocalDate.parse(intake.path("classifyDue").asText());
        assertThat(due).isEqualTo(calendar.addWorkingDays(today(), 10).due());
        JsonNode detail = json(tiepdan.getJson("/api/v1/petitions/" + intake.path("id").asLong()));
        assertThat(detail.path("petition").path("status").asText()).isEqualTo("RECEIVED");
        assertThat(detail.path("petitioners")).hasSize(2);
        assertThat(detail.path("petitioners").get(1).path("fullName").asText()).isEqualTo("Trần Thị Hai");

        PublicTracking publicView = tracking.lookup(TrackingCode.display(intake.path("trackingCode").asText()).toLowerCase());
        assertThat(publicView.status()).isEqualTo(PetitionStatus.RECEIVED);
        assertThat(publicView.currentStep()).isEqualTo(RuleStep.CLASSIFY);
        assertThat(publicView.dueDate()).isEqualTo(due);
        WebSession.Response track = tiepdan.getJson("/api/v1/petitions/tracking/" + intake.path("trackingCode").asText());
        assertThat(track.body()).doesNotContain("Nguyễn Văn Một").doesNotContain("thu hồi đất");
    }

    @Test
    void badInputIsRefusedInVietnameseAndNothingIsStored() {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        String base = """
                {"channel": "POST", "category": "COMPLAINT", "field": "LAND", "receivedOn": "%s", "receivingOrganizationId": %d,
                 "content": "Nội dung %s", "crowd": %s, "petitioners": [%s]}""";
        WebSession.Response future = tiepdan.postJson("/api/v1/petitions",
                base.formatted(today().plusDays(1), org("TN-BTCD"), tag, false, person("Lê Văn Ba", idNumber(), false)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("chưa đến");
        WebSession.Response badId = tiepdan.postJson("/api/v1/petitions",
                base.formatted(today(), org("TN-BTCD"), tag, false, person("Lê Văn Ba", "003085012345", false)));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body()).contains("mã tỉnh nơi đăng ký khai sinh");
        WebSession.Response shortId = tiepdan.postJson("/api/v1/petitions",
                base.formatted(today(), org("TN-BTCD"), tag, false, person("Lê Văn Ba", "01908501234", false)));
        assertThat(shortId.body()).contains("12 chữ số");
        WebSession.Response smallCrowd = tiepdan.postJson("/api/v1/petitions",
                base.formatted(today(), org("TN-BTCD"), tag, true, person("Lê Văn Ba", idNumber(), true)));
        assertThat(smallCrowd.body()).contains("từ 5 người");
        assertThat(json(tiepdan.getJson("/api/v1/petitions?q=" + tag)).path("total").asLong()).isZero();
    }

    @Test
    void repeatedPetitionsOnTheSameMatterAreSuggestedAndAttachedToOneCase() {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        String id = idNumber();
        String respondent = "Công ty khai thác đá " + tag;
        String content = "Nổ mìn khai thác đá gây nứt tường nhà dân xóm Gò Móc, đề nghị kiểm tra và bồi thường " + tag;
        long first = receive(tiepdan, "COMPLAINT", "ENVIRONMENT", "05830", "TN-BTCD", today().minusDays(5), respondent, content,
                person("Hà Văn Bốn", id, false)).path("id").asLong();
        JsonNode secondIntake = receive(tiepdan, "COMPLAINT", "ENVIRONMENT", "05830", "TN-BTCD", today(), respondent, content,
                person("Hà Văn Bốn", id, false));
        assertThat(secondIntake.path("possibleDuplicates").toString()).contains(String.valueOf(first));
        long second = secondIntake.path("id").asLong();
        long fromNeighbour = receive(tiepdan, "COMPLAINT", "ENVIRONMENT", "05830", "TN-BTCD", today(), respondent, content,
                person("Ma Thị Năm", idNumber(), false)).path("id").asLong();

        JsonNode duplicates = json(tiepdan.getJson("/api/v1/petitions/" + second + "/duplicates"));
        assertThat(duplicates.toString()).contains("petition.duplicate.sameIdNumber");
        JsonNode crowdOfOne = json(tiepdan.getJson("/api/v1/petitions/" + fromNeighbour + "/duplicates"));
        assertThat(crowdOfOne.toString()).contains("petition.duplicate.sameMatter");

        long caseId = accept(tiepdan, first, today(), "NORMAL");
        for (long repeated : new long[] {second, fromNeighbour}) {
            WebSession.Response attached = tiepdan.postJson("/api/v1/petitions/" + repeated + "/classify",
                    "{\"outcome\": \"ATTACH\", \"caseId\": " + caseId + "}");
            assertThat(attached.status()).as(attached.body()).isEqualTo(200);
            assertThat(json(attached).path("petition").path("status").asText()).isEqualTo("ATTACHED");
        }
        JsonNode theCase = caseJson(tiepdan, caseId);
        assertThat(theCase.path("case").path("petitionCount").asInt()).isEqualTo(3);
        assertThat(theCase.path("petitionIds")).hasSize(3);
        // one case, not three: the matter is counted once
        assertThat(json(tiepdan.getJson("/api/v1/cases?q=" + tag.toLowerCase())).path("total").asLong()).isEqualTo(1);
        WebSession.Response again = tiepdan.postJson("/api/v1/petitions/" + second + "/classify", "{\"outcome\": \"ARCHIVE\", \"archiveReason\": \"OTHER\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("đã được xử lý");
    }

    @Test
    void theIntakeFormListExportTransferSlipAndRefusalsWorkInTheBrowserFlow() {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        assertThat(tiepdan.get("/petitions/new").status()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", "POST");
        form.put("category", "RECOMMENDATION");
        form.put("field", "SOCIAL_POLICY");
        form.put("receivedOn", today().toString());
        form.put("receivingOrganizationId", String.valueOf(org("TN-BTCD")));
        form.put("unitId", String.valueOf(unit("05443")));
        form.put("respondent", "Phòng Văn hóa - Xã hội " + tag);
        form.put("content", "Kiến nghị xem xét chế độ trợ cấp " + tag);
        form.put("petitioners[0].fullName", "Đỗ Văn Sáu");
        form.put("petitioners[0].idNumber", idNumber());
        form.put("petitioners[1].fullName", "Đỗ Thị Bảy");
        form.put("petitioners[2].fullName", "");
        WebSession.Response saved = tiepdan.postForm("/petitions", form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String location = saved.location();
        assertThat(location).matches(".*/petitions/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        WebSession.Response page = tiepdan.get("/petitions/" + id);
        assertThat(page.text("#petitioner-table")).contains("Đỗ Văn Sáu", "Đỗ Thị Bảy");

        WebSession.Response list = tiepdan.get("/petitions?q=" + tag);
        assertThat(list.text("#petition-table")).contains("Đỗ Văn Sáu và 1 người khác");
        WebSession.Response export = tiepdan.get("/petitions/export.xlsx?q=" + tag);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).contains("spreadsheetml");

        form.put("receivedOn", today().plusDays(3).toString());
        WebSession.Response refused = tiepdan.postForm("/petitions", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select(".alert-danger").text()).contains("không được sau ngày hôm nay");

        WebSession.Response transfer = tiepdan.postForm("/petitions/" + id + "/classify",
                Map.of("outcome", "TRANSFER", "transferOrganizationName", "Bảo hiểm xã hội tỉnh Thái Nguyên", "reason", "Không thuộc thẩm quyền"));
        assertThat(transfer.status()).isEqualTo(302);
        WebSession.Response slip = tiepdan.get("/petitions/" + id + "/slip");
        assertThat(slip.status()).isEqualTo(200);
        assertThat(slip.text("#transfer-slip")).contains("PHIẾU CHUYỂN ĐƠN", "Bảo hiểm xã hội tỉnh Thái Nguyên", "Đỗ Văn Sáu");
    }

    @Test
    void anAnonymousDenunciationIsNotAccepted_LuatToCao2018Art25() {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        long id = receive(tiepdan, "DENUNCIATION", "PARTY_AND_CADRES", "05503", "TN-BTCD", today(), "Cán bộ xã " + tag,
                "Tố cáo không ghi tên " + tag).path("id").asLong();
        WebSession.Response refused = tiepdan.postJson("/api/v1/petitions/" + id + "/classify", "{\"outcome\": \"ACCEPT\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("nặc danh");
        WebSession.Response archived = tiepdan.postJson("/api/v1/petitions/" + id + "/classify", "{\"outcome\": \"ARCHIVE\", \"archiveReason\": \"ANONYMOUS\"}");
        assertThat(json(archived).path("petition").path("status").asText()).isEqualTo("ARCHIVED");
    }

    @Test
    void aNewDayOffMovesTheDueDatesOfOpenCasesAndTheCaseShowsWhy() throws Exception {
        WebSession tiepdan = signedIn("tiepdan");
        String tag = tag();
        long petition = receive(tiepdan, "COMPLAINT", "LAND", "05503", "TN-BTCD", today(), "UBND xã " + tag, "Khiếu nại " + tag,
                person("Bùi Văn Tám", idNumber(), false)).path("id").asLong();
        long caseId = accept(tiepdan, petition, today(), "NORMAL");
        LocalDate due = LocalDate.parse(caseJson(tiepdan, caseId).path("case").path("dueDate").asText());
        assertThat(calendar.yearlyDay(due)).isEmpty();
        try {
            calendar.saveDay(new YearlyDay(due, YearlyDay.Kind.DAY_OFF, "Nghỉ kiểm thử " + tag, "Thông báo kiểm thử", ""));
            LocalDate moved = null;
            for (int i = 0; i < 50 && (moved == null || moved.equals(due)); i++) {
                moved = LocalDate.parse(caseJson(tiepdan, caseId).path("case").path("dueDate").asText());
                if (moved.equals(due)) {
                    Thread.sleep(100);
                }
            }
            assertThat(moved).isAfter(due);
            JsonNode changes = caseJson(tiepdan, caseId).path("deadlineChanges");
            assertThat(changes.get(0).path("cause").asText()).isEqualTo("CALENDAR");
            assertThat(changes.get(0).path("oldDue").asText()).isEqualTo(due.toString());
            WebSession.Response page = tiepdan.get("/cases/" + caseId);
            assertThat(page.text(".deadline-change")).contains("Hạn giải quyết thay đổi từ " + vn.danvan.system.VietnameseFormat.date(due))
                    .contains("do cập nhật lịch nghỉ");
        } finally {
            calendar.deleteDay(due);
        }
    }

    @Test
    void theAdministratorAddsAVersionOfARuleAndTheHistoryIsKept() {
        WebSession admin = signedIn("admin");
        LegalRule row = new java.util.ArrayList<>(json(admin.getJson("/api/v1/legal-rules")).findParents("step")).stream()
                .filter(n -> n.path("step").asText().equals("RESOLVE") && n.path("category").asText().equals("FEEDBACK") && n.path("validTo").isNull())
                .findFirst().map(n -> new LegalRule(n.path("id").asLong(), "FEEDBACK", 1, RuleStep.RESOLVE, RuleVariant.NORMAL, n.path("limitDays").asInt(),
                        vn.danvan.calendar.CountingMode.CALENDAR, 0, 0, false, LocalDate.parse(n.path("validFrom").asText()), null, "", false, null, null, null, ""))
                .orElseThrow();
        assertThat(admin.get("/admin/legal-rules").text("#rule-table")).contains("Luật Tiếp công dân 2013");
        LocalDate from = today().plusYears(3);
        Map<String, String> version = new LinkedHashMap<>();
        version.put("limitDays", "15");
        version.put("countingMode", "WORKING");
        version.put("validFrom", from.toString());
        version.put("legalSource", "Nghị định kiểm thử về phản ánh, kiến nghị");
        admin.get("/admin/legal-rules?edit=" + row.id());
        WebSession.Response saved = admin.postForm("/admin/legal-rules/" + row.id() + "/versions", version);
        assertThat(saved.status()).isEqualTo(302);
        String history = admin.get("/admin/legal-rules?history=true").text("#rule-table");
        assertThat(history).contains("Nghị định kiểm thử về phản ánh, kiến nghị").contains("15 ngày làm việc")
                .contains(vn.danvan.system.VietnameseFormat.date(from.minusDays(1)));
        assertThat(signedIn("tiepdan").get("/admin/legal-rules").status()).isEqualTo(403);
    }

    @Test
    void theDemoProvinceHasPetitionsInEveryStatusAndTheirPagesRender() {
        WebSession tiepdan = signedIn("tiepdan");
        for (PetitionStatus status : PetitionStatus.values()) {
            assertThat(json(tiepdan.getJson("/api/v1/petitions?status=" + status)).path("total").asLong()).as(status.name()).isPositive();
        }
        for (String status : new String[] {"ACCEPTED", "VERIFYING", "SUSPENDED", "NOTIFIED", "CLOSED"}) {
            assertThat(json(tiepdan.getJson("/api/v1/cases?status=" + status)).path("total").asLong()).as(status).isPositive();
        }
        assertThat(json(tiepdan.getJson("/api/v1/cases/overdue")).size()).isPositive();
        assertThat(json(tiepdan.getJson("/api/v1/petitions?category=DENUNCIATION")).toString()).contains("được giữ bí mật");
        assertThat(tiepdan.get("/petitions").status()).isEqualTo(200);
        assertThat(tiepdan.get("/petitions?due=overdue").status()).isEqualTo(200);
        WebSession.Response cases = tiepdan.get("/cases?size=100");
        assertThat(cases.status()).isEqualTo(200);
        cases.html().select("#case-table a[href^=/cases/]").forEach(a ->
                assertThat(tiepdan.get(a.attr("href")).status()).as(a.attr("href")).isEqualTo(200));
        tiepdan.get("/petitions?size=100").html().select("#petition-table a[href^=/petitions/]").forEach(a ->
                assertThat(tiepdan.get(a.attr("href")).status()).as(a.attr("href")).isEqualTo(200));
        WebSession lanhdao = signedIn("lanhdao");
        assertThat(lanhdao.get("/cases?due=overdue").text("#case-table")).contains("Quá hạn");
        WebSession admin = signedIn("admin");
        assertThat(admin.get("/admin/legal-rules?edit=1").status()).isEqualTo(200);
        assertThat(admin.get("/petitions?lang=en").status()).isEqualTo(200);
    }
}
