package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/**
 * The working calendar over HTTP: the seeded 2026 announcement on the page and in the API, an edit that moves
 * a deadline, imports that are all or nothing, and who may change the calendar. Days added here are in 2031+
 * so that no other test's dates move.
 */
class WorkingCalendarIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    private WebSession signedIn(String username) {
        WebSession session = session();
        assertThat(session.login(username, "demo").status()).isEqualTo(302);
        return session;
    }

    private static JsonNode json(WebSession.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private long tableRows() {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_day").query(Long.class).single();
    }

    private long audits(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :action").param("action", action).query(Long.class).single();
    }

    /** Follows the redirect after a post, to see the flash message and report. */
    private static WebSession.Response follow(WebSession session, WebSession.Response redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        String location = redirect.location().replaceFirst("^https?://[^/]+", "");
        int hash = location.indexOf('#');
        return session.get(hash < 0 ? location : location.substring(0, hash));
    }

    @Test
    void the2026PageShowsTheTetBreakAndTheSwappedSaturday() {
        WebSession officer = signedIn("xa");
        WebSession.Response page = officer.get("/calendar?year=2026");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#calendar-title")).isEqualTo("Lịch làm việc năm 2026");
        Element tet = page.html().selectFirst("#calendar-days tr[data-date=2026-02-17]");
        assertThat(tet).isNotNull();
        assertThat(tet.text()).contains("17/02/2026", "Tết Nguyên Đán", "9441/TB-BNV");
        Element swap = page.html().selectFirst("#calendar-days tr[data-date=2026-08-22]");
        assertThat(swap.attr("data-working")).isEqualTo("true");
        Element gridDay = page.html().selectFirst("#month-2 td[data-date=2026-02-16]");
        assertThat(gridDay.hasClass("cal-off")).isTrue();
        assertThat(gridDay.attr("title")).contains("Tết Nguyên Đán");
        assertThat(page.html().selectFirst("#month-4 td[data-date=2026-04-27]").attr("title")).contains("Nghỉ bù Giỗ Tổ Hùng Vương");
        WebSession.Response computed = officer.get("/calendar?year=2026&start=2026-02-13&days=10&mode=WORKING");
        assertThat(computed.text("#deadline-due")).isEqualTo("Thứ Sáu 06/03/2026");
        assertThat(computed.text("#deadline-skipped")).contains("Thứ Bảy 14/02/2026: Tết Nguyên Đán Bính Ngọ (cuối tuần)");
        // officers read but do not edit

        assertThat(page.html().selectFirst("#day-form")).isNull();
        assertThat(page.html().selectFirst("nav a[href=/calendar]")).isNotNull();
    }

    @Test
    void theDeadlineApiSkipsTheTetBreakOf2026AndExplainsIt() {
        WebSession script = session().withBasicAuth("tiepdan", "demo");
        JsonNode deadline = json(script.getJson("/api/v1/calendar/deadline?start=2026-02-13&days=10&mode=working"));
        assertThat(deadline.get("due").asString()).isEqualTo("2026-03-06");
        assertThat(deadline.get("skipped").size()).isEqualTo(11);
        assertThat(deadline.get("skipped").get(0).get("reason").asString()).contains("Tết Nguyên Đán");
        JsonNode calendarDays = json(script.getJson("/api/v1/calendar/deadline?start=2026-01-15&days=30&mode=calendar"));
        assertThat(calendarDays.get("nominalEnd").asString()).isEqualTo("2026-02-14");
        assertThat(calendarDays.get("due").asString()).isEqualTo("2026-02-23");
        JsonNode year = json(script.getJson("/api/v1/calendar/2026"));
        assertThat(year.get("days").toString()).contains("2026-08-22", "ANNOUNCED_WORKING_DAY", "2026-04-27", "COMPENSATORY");
        WebSession.Response badMode = script.getJson("/api/v1/calendar/deadline?start=2026-02-13&days=10&mode=weekly");
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(badMode.body()).contains("working");
    }

    @Test
    void aDayOffAddedByTheAdministratorMovesTheDeadline() {
        WebSession script = session().withBasicAuth("bdv", "demo");
        jdbc.sql("DELETE FROM calendar_day WHERE calendar_date = DATE '2031-03-14'").update();
        String api = "/api/v1/calendar/deadline?start=2031-03-13&days=1&mode=working";
        // Thursday 13/03/2031 + 1 working day = Friday 14/03/2031
        assertThat(json(script.getJson(api)).get("due").asString()).isEqualTo("2031-03-14");
        long added = audits("CALENDAR_DAY_ADDED");

        WebSession admin = signedIn("admin");
        admin.get("/calendar?year=2031");
        WebSession.Response saved = follow(admin, admin.postForm("/calendar/days", Map.of("date", "2031-03-14",
                "kind", "DAY_OFF", "reason", "Nghỉ thử nghiệm", "legalBasis", "Thông báo thử")));
        assertThat(saved.body()).contains("Đã lưu ngày 14/03/2031");
        assertThat(saved.html().selectFirst("#calendar-days tr[data-date=2031-03-14]").text()).contains("Nghỉ thử nghiệm");
        assertThat(saved.html().selectFirst("#calendar-days tr[data-date=2031-03-14] form[data-confirm]")).isNotNull();
        // the snapshot was rebuilt: the deadline moves to Monday 17/03/2031
        JsonNode moved = json(script.getJson(api));
        assertThat(moved.get("due").asString()).isEqualTo("2031-03-17");
        assertThat(moved.get("skipped").get(0).get("reason").asString()).isEqualTo("Nghỉ thử nghiệm");
        assertThat(audits("CALENDAR_DAY_ADDED")).isEqualTo(added + 1);

        // the coordinator edits it into a working day, then deletes it
        WebSession coordinator = signedIn("ubnd");
        assertThat(coordinator.get("/calendar?year=2031&edit=2031-03-14").html().selectFirst("#reason").attr("value"))
                .isEqualTo("Nghỉ thử nghiệm");
        follow(coordinator, coordinator.postForm("/calendar/days", Map.of("date", "2031-03-14", "kind", "WORKING_DAY",
                "reason", "Làm việc bình thường", "legalBasis", "")));
        assertThat(json(script.getJson(api)).get("due").asString()).isEqualTo("2031-03-14");
        WebSession.Response deleted = follow(coordinator, coordinator.postForm("/calendar/days/2031-03-14/delete", Map.of()));
        assertThat(deleted.body()).contains("Đã xóa ngày 14/03/2031");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_day WHERE calendar_date = DATE '2031-03-14'").query(Long.class).single()).isZero();
        assertThat(audits("CALENDAR_DAY_DELETED")).isPositive();
    }

    @Test
    void aGoodCsvIsImportedWhole() {
        jdbc.sql("DELETE FROM calendar_day WHERE calendar_date BETWEEN DATE '2032-01-01' AND DATE '2032-12-31'").update();
        String csv = """
                ngày,loại,lý do,căn cứ
                02/01/2032,nghỉ,Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2032),Thông báo thử nghiệm
                10/01/2032,làm việc,Làm bù cho thứ Sáu 02/01/2032,Thông báo thử nghiệm
                """;
        WebSession admin = signedIn("admin");
        admin.get("/calendar?year=2032");
        WebSession.Response page = follow(admin, admin.postFile("/calendar/import", "file", "lich-2032.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of()));
        assertThat(page.text("#import-report")).contains("lich-2032.csv", "Đã ghi", "mới");
        assertThat(page.body()).contains("Đã nhập tệp lich-2032.csv: 2 dòng, 2 mới");
        JsonNode year = json(session().withBasicAuth("admin", "demo").getJson("/api/v1/calendar/2032"));
        assertThat(year.get("days").toString()).contains("2032-01-02", "2032-01-10", "ANNOUNCED_WORKING_DAY");
        // importing it again changes nothing
        WebSession.Response again = follow(admin, admin.postFile("/calendar/import", "file", "lich-2032.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of()));
        assertThat(again.body()).contains("2 không đổi");
    }

    @Test
    void aCsvWithOneBadRowChangesNothingAndSaysWhichRow() {
        String csv = """
                ngày;loại;lý do;căn cứ
                05/01/2033;nghỉ;Ngày nghỉ hợp lệ;Thông báo thử
                31/02/2033;nghỉ;Ngày không tồn tại;Thông báo thử
                07/01/2033;đi chơi;Loại sai;Thông báo thử
                """;
        long before = tableRows();
        WebSession admin = signedIn("admin");
        admin.get("/calendar?year=2033");
        WebSession.Response page = follow(admin, admin.postFile("/calendar/import", "file", "sai.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of()));
        assertThat(tableRows()).isEqualTo(before);
        assertThat(page.body()).contains("Không ghi tệp sai.csv: 2 dòng có lỗi");
        assertThat(page.html().select("#import-report tr[data-status=ERROR]")).hasSize(2);
        assertThat(page.text("#import-report")).contains("Ngày \"31/02/2033\" không hợp lệ", "Loại \"đi chơi\" không hợp lệ");
        assertThat(json(session().withBasicAuth("admin", "demo").getJson("/api/v1/calendar/2033")).get("days").toString())
                .doesNotContain("2033-01-05");
        // a file without the columns is refused as a whole
        WebSession.Response noColumns = follow(admin, admin.postFile("/calendar/import", "file", "x.csv",
                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), Map.of()));
        assertThat(noColumns.body()).contains("Tệp thiếu cột: ngày, loại, lý do, căn cứ");
        assertThat(tableRows()).isEqualTo(before);
    }

    @Test
    void aCommuneOfficerCannotChangeTheCalendar() {
        WebSession officer = signedIn("xa");
        officer.get("/calendar?year=2034");
        WebSession.Response post = officer.postForm("/calendar/days", Map.of("date", "2034-03-14", "kind", "DAY_OFF",
                "reason", "Không được phép", "legalBasis", ""));
        assertThat(post.status()).isEqualTo(403);
        assertThat(officer.postFile("/calendar/import", "file", "x.csv",
                "ngày,loại,lý do,căn cứ\n14/03/2034,nghỉ,x,y\n".getBytes(StandardCharsets.UTF_8), Map.of()).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_day WHERE calendar_date = DATE '2034-03-14'").query(Long.class).single()).isZero();
    }

    @Test
    void theYearExportsToExcel() {
        WebSession.Response export = signedIn("bdv").get("/calendar/export.xlsx?year=2026");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
