package vn.danvan.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/** The scorecard by lead organization and the timeline of deadlines add up to the plan's own counts. */
class PlanScorecardIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(WebSession.Response response) throws Exception {
        return JSON.readTree(response.body());
    }

    private List<Long> demoPlans(WebSession session) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (JsonNode plan : json(session.getJson("/api/v1/plans"))) {
            if (plan.path("programId").isNumber() && plan.path("year").asInt() < 2026) {
                ids.add(plan.path("id").asLong());
            }
        }
        return ids;
    }

    @Test
    void theScorecardReconcilesWithThePlansCountsLineByLineAndInTotal() throws Exception {
        WebSession bdv = session().withBasicAuth("bdv", "demo");
        List<Long> plans = demoPlans(bdv);
        assertThat(plans).isNotEmpty();
        for (long planId : plans) {
            JsonNode counts = json(bdv.getJson("/api/v1/plans/" + planId + "/counts"));
            JsonNode card = json(bdv.getJson("/api/v1/plans/" + planId + "/scorecard"));
            JsonNode all = counts.path("all");
            JsonNode total = card.path("total");
            assertThat(total.path("tasks").asLong()).isEqualTo(all.path("total").asLong());
            assertThat(total.path("doneOnTime").asLong()).isEqualTo(all.path("byBucket").path("DONE_ON_TIME").asLong());
            assertThat(total.path("doneLate").asLong()).isEqualTo(all.path("byBucket").path("DONE_LATE").asLong());
            assertThat(total.path("openInTerm").asLong()).isEqualTo(all.path("byBucket").path("OPEN_IN_TERM").asLong());
            assertThat(total.path("openOverdue").asLong()).isEqualTo(all.path("byBucket").path("OPEN_OVERDUE").asLong());
            long tasks = 0, onTime = 0;
            for (JsonNode line : card.path("organizations")) {
                JsonNode same = counts.path("byLeadOrganization").path(line.path("organizationId").asText());
                assertThat(line.path("tasks").asLong()).isEqualTo(same.path("total").asLong());
                assertThat(line.path("openOverdue").asLong()).isEqualTo(same.path("byBucket").path("OPEN_OVERDUE").asLong());
                assertThat(line.path("doneOnTime").asLong() + line.path("doneLate").asLong() + line.path("openInTerm").asLong()
                        + line.path("openOverdue").asLong()).isEqualTo(line.path("tasks").asLong());
                assertThat(line.path("onTimeRateText").asText()).matches("\\d{1,3}(,\\d)?%|—");
                tasks += line.path("tasks").asLong();
                onTime += line.path("doneOnTime").asLong();
            }
            assertThat(tasks).isEqualTo(total.path("tasks").asLong());
            assertThat(onTime).isEqualTo(total.path("doneOnTime").asLong());
            assertThat(total.path("onTimeRateText").asText()).isEqualTo(TaskCounts.share(onTime, tasks));
        }
    }

    @Test
    void theScorecardSortsAndExportsAndTheTimelineListsEveryTaskOnce() throws Exception {
        WebSession bdv = session();
        bdv.login("bdv", "demo");
        long planId = demoPlans(session().withBasicAuth("bdv", "demo")).get(0);
        JsonNode sorted = json(bdv.getJson("/api/v1/plans/" + planId + "/scorecard?sort=onTimeRate&dir=desc")).path("organizations");
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(new BigDecimal(sorted.get(i - 1).path("onTimeRate").asText()))
                    .isGreaterThanOrEqualTo(new BigDecimal(sorted.get(i).path("onTimeRate").asText()));
        }
        WebSession.Response page = bdv.get("/plans/" + planId + "/scorecard?sort=onTimeRate&dir=desc");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#scorecard-table tbody tr")).hasSize(sorted.size());
        assertThat(page.text("#scorecard-table tbody tr td")).isEqualTo(sorted.get(0).path("organizationName").asText());
        assertThat(page.text("#scorecard-total")).startsWith("Toàn kế hoạch");
        WebSession.Response export = bdv.get("/plans/" + planId + "/scorecard.xlsx");
        assertThat(export.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(6).getStringCellValue()).isEqualTo("Tỷ lệ đúng hạn");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(sorted.size() + 1);
        }

        JsonNode counts = json(bdv.getJson("/api/v1/plans/" + planId + "/counts")).path("all");
        JsonNode timeline = json(bdv.getJson("/api/v1/plans/" + planId + "/timeline"));
        assertThat(timeline.path("months")).hasSize(12);
        long listed = timeline.path("recurring").size();
        for (JsonNode month : timeline.path("months")) {
            listed += month.path("tasks").size();
            month.path("tasks").forEach(t -> assertThat(t.path("dueDate").asText()).startsWith(month.path("month").asText()));
        }
        assertThat(listed).isEqualTo(counts.path("total").asLong() + counts.path("cancelled").asLong());
        WebSession.Response timelinePage = bdv.get("/plans/" + planId + "/timeline");
        assertThat(timelinePage.status()).isEqualTo(200);
        assertThat(timelinePage.html().select("#timeline-months [data-month]")).hasSize(12);
        assertThat(timelinePage.html().select("#timeline-months tr.table-danger").size())
                .isEqualTo(countLate(timeline));
        assertThat(bdv.get("/plans/" + planId).html().select("#plan-scorecard-link, #plan-timeline-link")).hasSize(2);
    }

    private static int countLate(JsonNode timeline) {
        int late = 0;
        List<JsonNode> all = new ArrayList<>();
        timeline.path("months").forEach(m -> m.path("tasks").forEach(all::add));
        timeline.path("recurring").forEach(all::add);
        for (JsonNode t : all) {
            String status = t.path("status").asText();
            if (status.equals("OVERDUE") || status.equals("RECURRING_BEHIND")) {
                late++;
            }
        }
        return late;
    }
}
