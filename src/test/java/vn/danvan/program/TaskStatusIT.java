package vn.danvan.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.org.Organizations;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/**
 * Status derivation through the database and the API, around the deadline day and for recurring tasks: the same
 * rules as {@link TaskStatusTest}, with dates that have made the round trip through H2 or PostgreSQL (a date shifted
 * by a time zone would move a task from "on time" to "late").
 */
class TaskStatusIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Organizations organizations;

    private final LocalDate today = LocalDate.now(vn.danvan.system.VietnameseFormat.ZONE);

    private long org(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }

    private static JsonNode json(WebSession.Response response) throws Exception {
        return JSON.readTree(response.body());
    }

    private long task(WebSession bdv, long planId, String title, String deadline) throws Exception {
        WebSession.Response created = bdv.postJson("/api/v1/plans/" + planId + "/tasks", """
                {"title": "%s", "leadOrganizationId": %d, %s}""".formatted(title, org("UBX-05503"), deadline));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return json(created).path("id").asLong();
    }

    private void report(WebSession bdv, long taskId, LocalDate on, int percent, boolean done) {
        WebSession.Response reported = bdv.postJson("/api/v1/tasks/" + taskId + "/progress",
                "{\"reportedOn\": \"%s\", \"percent\": %d, \"done\": %s, \"note\": \"Kiểm thử trạng thái\"}".formatted(on, percent, done));
        assertThat(reported.status()).as(reported.body()).isIn(200, 201);
    }

    private String status(WebSession bdv, long taskId) throws Exception {
        return json(bdv.getJson("/api/v1/tasks/" + taskId)).path("task").path("status").asText();
    }

    @Test
    void statusIsDerivedFromTheDeadlineAndTheProgressHistory() throws Exception {
        LocalDate yesterday = today.minusDays(1);
        LocalDate soon = today.plusDays(10);
        assumeTrue(yesterday.getYear() == today.getYear() && soon.getYear() == today.getYear(), "deadlines within one plan year");
        WebSession bdv = session();
        bdv.login("bdv", "demo");
        bdv.get("/tasks/mine");
        String tag = Long.toString(System.nanoTime(), 36);
        WebSession.Response plan = bdv.postJson("/api/v1/plans", """
                {"issuingOrganizationId": %d, "year": %d, "title": "Kế hoạch trạng thái %s", "kind": "THEMATIC"}"""
                .formatted(org("TN-BTGDV"), today.getYear(), tag));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        long planId = json(plan).path("plan").path("id").asLong();

        long doneOnDeadlineDay = task(bdv, planId, "Xong đúng ngày hạn " + tag, "\"deadlineKind\": \"DATE\", \"dueDate\": \"" + today + "\"");
        long doneDayAfter = task(bdv, planId, "Xong sau hạn một ngày " + tag, "\"deadlineKind\": \"DATE\", \"dueDate\": \"" + yesterday + "\"");
        long openPastDeadline = task(bdv, planId, "Chưa xong, quá hạn " + tag, "\"deadlineKind\": \"DATE\", \"dueDate\": \"" + yesterday + "\"");
        long openOnDeadlineDay = task(bdv, planId, "Chưa báo cáo, hạn hôm nay " + tag, "\"deadlineKind\": \"DATE\", \"dueDate\": \"" + today + "\"");
        long inProgress = task(bdv, planId, "Đang làm " + tag, "\"deadlineKind\": \"DATE\", \"dueDate\": \"" + soon + "\"");
        long recurring = task(bdv, planId, "Thường xuyên, đã báo cáo " + tag, "\"deadlineKind\": \"RECURRING\", \"recurringPeriod\": \"MONTH\"");

        report(bdv, doneOnDeadlineDay, today, 100, true);
        report(bdv, doneDayAfter, today, 100, true);
        report(bdv, openPastDeadline, yesterday, 50, false);
        report(bdv, inProgress, today, 30, false);
        report(bdv, recurring, today, 0, false);

        assertThat(status(bdv, doneOnDeadlineDay)).isEqualTo("DONE_ON_TIME");
        assertThat(status(bdv, doneDayAfter)).isEqualTo("DONE_LATE");
        assertThat(status(bdv, openPastDeadline)).isEqualTo("OVERDUE");
        assertThat(status(bdv, openOnDeadlineDay)).isEqualTo("NOT_STARTED");
        assertThat(status(bdv, inProgress)).isEqualTo("IN_PROGRESS");
        assertThat(status(bdv, recurring)).isEqualTo("RECURRING_ON_TRACK");

        JsonNode counts = json(bdv.getJson("/api/v1/plans/" + planId + "/counts")).path("all");
        assertThat(counts.path("total").asInt()).isEqualTo(6);
        assertThat(counts.path("byBucket").path("DONE_ON_TIME").asInt()).isEqualTo(1);
        assertThat(counts.path("byBucket").path("DONE_LATE").asInt()).isEqualTo(1);
    }
}
