package vn.danvan.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.org.Organizations;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;
import vn.danvan.system.VietnameseFormat;

/** Importing a plan's tasks from Excel: all rows or none, a Vietnamese report row by row, the template. */
class PlanImportIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HEADERS = List.of("STT", "Nhóm nhiệm vụ", "Nhiệm vụ", "Mô tả", "Sản phẩm", "Cơ quan chủ trì",
            "Cơ quan phối hợp", "Thời hạn", "Căn cứ", "Ưu tiên", "Trọng số");

    @Autowired
    Organizations organizations;

    private final int year = LocalDate.now(VietnameseFormat.ZONE).getYear();
    private final String tag = Long.toString(System.nanoTime(), 36);

    private WebSession script() {
        return session().withBasicAuth("bdv", "demo");
    }

    private long org(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }

    private static JsonNode json(WebSession.Response response) throws Exception {
        return JSON.readTree(response.body());
    }

    /** A standalone plan of this year with one group, "Nhóm một". */
    private long plan() throws Exception {
        WebSession.Response plan = script().postJson("/api/v1/plans", """
                {"issuingOrganizationId": %d, "year": %d, "title": "Kế hoạch nhập nhiệm vụ %s", "kind": "ANNUAL",
                 "groups": ["Nhóm một"]}""".formatted(org("TN-BTGDV"), year, tag));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        return json(plan).path("plan").path("id").asLong();
    }

    /** A workbook as a person fills it in: a title row above the header, a LocalDate as a real Excel date cell. */
    static byte[] workbook(List<String> headers, List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Phụ lục");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("PHỤ LỤC NHIỆM VỤ");
            Row header = sheet.createRow(1);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    Cell cell = row.createCell(i);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private List<List<Object>> goodRows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(1, "Nhóm một", "Tuyên truyền Quy chế dân chủ " + tag, "Tuyên truyền trên báo, đài", "Bài viết, phóng sự",
                "Sở Nội vụ", "Sở Y tế; hội nông dân tỉnh", "Quý I/" + year, "44/KH-UBND", "Cao", 2));
        rows.add(List.of(2, "Nhóm mới " + tag, "Đối thoại với nhân dân xã " + tag, "", "Biên bản đối thoại",
                "UBX-05503", "", LocalDate.of(year, 5, 15), "", "", ""));
        rows.add(List.of(3, "nhóm MỚI " + tag, "Khám bệnh cho người có công " + tag, "", "", "so y te", "", "Thường xuyên (hằng tháng)",
                "16/CT-TTg ngày 31/03/2020", "Thấp", ""));
        rows.add(List.of(4, "", "Sơ kết 6 tháng cuối năm " + tag, "", "Báo cáo sơ kết", "Sở Nội vụ tỉnh Thái Nguyên", "",
                "6 tháng cuối năm " + year, "", "", ""));
        return rows;
    }

    @Test
    void aGoodFileImportsEveryRowCreatesItsNewGroupOnceAndResolvesOrganizationsDeadlinesAndDocuments() throws Exception {
        long planId = plan();
        WebSession.Response response = script().postFile("/api/v1/plans/" + planId + "/tasks/import", "file", "nhiem-vu.xlsx",
                workbook(HEADERS, goodRows()), Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.path("applied").asBoolean()).isTrue();
        assertThat(report.path("imported").asInt()).isEqualTo(4);
        assertThat(report.path("newGroups")).hasSize(1);
        assertThat(report.path("newGroups").get(0).asText()).isEqualTo("Nhóm mới " + tag);

        JsonNode plan = json(script().getJson("/api/v1/plans/" + planId));
        assertThat(plan.path("groups")).extracting(g -> g.path("title").asText()).containsExactly("Nhóm một", "Nhóm mới " + tag);
        long newGroup = plan.path("groups").get(1).path("id").asLong();
        JsonNode tasks = json(script().getJson("/api/v1/plans/" + planId + "/tasks"));
        assertThat(tasks).hasSize(4);
        JsonNode first = tasks.get(0);
        assertThat(first.path("leadOrganizationId").asLong()).isEqualTo(org("TN-SNV"));
        assertThat(first.path("coordinatorIds")).extracting(JsonNode::asLong).containsExactlyInAnyOrder(org("TN-SYT"), org("TN-HND"));
        assertThat(first.path("deadlineKind").asText()).isEqualTo("QUARTER");
        assertThat(first.path("dueDate").asText()).isEqualTo(year + "-03-31");
        assertThat(first.path("priority").asText()).isEqualTo("HIGH");
        assertThat(first.path("weight").asInt()).isEqualTo(2);
        assertThat(json(script().getJson("/api/v1/tasks/" + first.path("id").asLong())).path("legalBasisIds")).hasSize(1);
        JsonNode second = tasks.get(1);
        assertThat(second.path("leadOrganizationId").asLong()).isEqualTo(org("UBX-05503"));
        assertThat(second.path("groupId").asLong()).isEqualTo(newGroup);
        assertThat(second.path("deadlineKind").asText()).isEqualTo("DATE");
        assertThat(second.path("dueDate").asText()).isEqualTo(year + "-05-15");
        JsonNode third = tasks.get(2);
        assertThat(third.path("groupId").asLong()).isEqualTo(newGroup);
        assertThat(third.path("recurringPeriod").asText()).isEqualTo("MONTH");
        assertThat(third.path("priority").asText()).isEqualTo("LOW");
        assertThat(tasks.get(3).path("groupId").isNull()).isTrue();
        assertThat(tasks.get(3).path("dueDate").asText()).isEqualTo(year + "-12-31");

        // the same file again adds nothing: every row is already in the plan
        WebSession.Response again = script().postFile("/api/v1/plans/" + planId + "/tasks/import", "file", "nhiem-vu.xlsx",
                workbook(HEADERS, goodRows()), Map.of());
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("đã có trong kế hoạch");
        assertThat(json(script().getJson("/api/v1/plans/" + planId + "/tasks"))).hasSize(4);
    }

    @Test
    void aBadFileImportsNothingAndSaysWhatIsWrongWithEachRowInVietnamese() throws Exception {
        long planId = plan();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(1, "Nhóm không được tạo " + tag, "Nhiệm vụ tốt " + tag, "", "", "Sở Y tế", "", "Năm " + year, "", "", ""));
        rows.add(List.of(2, "", "Nhiệm vụ sai cơ quan " + tag, "", "", "Sở Nôi vụ", "", "Quý II/" + year, "", "", ""));
        rows.add(List.of(3, "", "Nhiệm vụ sai thời hạn " + tag, "", "", "Sở Y tế", "", "31/02/" + year, "", "", ""));
        rows.add(List.of(4, "", "Nhiệm vụ sai căn cứ " + tag, "", "", "Sở Y tế", "", "Thường xuyên", "999/KH-UBND", "", ""));
        rows.add(List.of(5, "", "Nhiệm vụ ngoài năm " + tag, "", "", "Sở Y tế", "", "Quý I/" + (year + 1), "16/CT-TTg", "Gấp", "0"));
        WebSession.Response response = script().postFile("/api/v1/plans/" + planId + "/tasks/import", "file", "loi.xlsx",
                workbook(HEADERS, rows), Map.of());
        assertThat(response.status()).isEqualTo(400);
        JsonNode report = json(response);
        assertThat(report.path("applied").asBoolean()).isFalse();
        assertThat(report.path("imported").asInt()).isZero();
        assertThat(report.path("errorRows").asInt()).isEqualTo(4);
        JsonNode byRow = report.path("rows");
        assertThat(byRow.get(0).path("error").asBoolean()).isFalse();
        assertThat(byRow.get(0).path("row").asInt()).isEqualTo(3);
        assertThat(texts(byRow.get(1))).containsExactly("Không tìm thấy cơ quan 'Sở Nôi vụ'. Có phải: Sở Nội vụ (TN-SNV)?");
        assertThat(texts(byRow.get(2))).containsExactly("Ngày '31/02/" + year + "' không có trên lịch.");
        assertThat(texts(byRow.get(3))).containsExactly(
                "Văn bản '999/KH-UBND' chưa có trong sổ văn bản; vui lòng đăng ký văn bản trước khi nhập.");
        assertThat(texts(byRow.get(4))).contains(
                "Thời hạn của nhiệm vụ phải nằm trong năm của kế hoạch (" + year + ").",
                "Mức ưu tiên 'Gấp' không hợp lệ: ghi Cao, Bình thường hoặc Thấp.",
                "Trọng số '0' không hợp lệ: ghi số nguyên từ 1 đến 100.");
        assertThat(String.join(" ", texts(byRow.get(4)))).contains("16/CT-TTg ứng với nhiều văn bản", "ngày 31/03/2020");

        // nothing was written: no task, and the group named in the file was not created
        assertThat(json(script().getJson("/api/v1/plans/" + planId + "/tasks"))).isEmpty();
        assertThat(json(script().getJson("/api/v1/plans/" + planId)).path("groups")).hasSize(1);

        // the page shows the same report, errors first
        WebSession browser = session();
        browser.login("bdv", "demo");
        browser.get("/plans/" + planId + "/import");
        WebSession.Response posted = browser.postFile("/plans/" + planId + "/import", "file", "loi.xlsx", workbook(HEADERS, rows),
                Map.of("checkOnly", "false"));
        assertThat(posted.status()).isEqualTo(302);
        WebSession.Response page = browser.get("/plans/" + planId + "/import");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("có 4/5 dòng lỗi; không nhiệm vụ nào được nhập");
        assertThat(page.text("#report-table")).contains("Có phải: Sở Nội vụ (TN-SNV)?");
        assertThat(page.html().select("#report-table tbody tr").first().attr("data-error")).isEqualTo("true");
        assertThat(page.text("#count-imported")).isEqualTo("0");
        assertThat(json(script().getJson("/api/v1/plans/" + planId + "/tasks"))).isEmpty();
    }

    private static List<String> texts(JsonNode row) {
        List<String> texts = new ArrayList<>();
        row.path("messages").forEach(m -> texts.add(m.path("text").asText()));
        return texts;
    }

    @Test
    void theTemplateHasTheVietnameseHeadersAndOnlyCoordinatorsMayImport() throws Exception {
        long planId = plan();
        WebSession browser = session();
        browser.login("bdv", "demo");
        WebSession.Response planPage = browser.get("/plans/" + planId);
        assertThat(planPage.html().select("#plan-import-link")).isNotEmpty();
        WebSession.Response importPage = browser.get("/plans/" + planId + "/import");
        assertThat(importPage.status()).isEqualTo(200);
        assertThat(importPage.text("h1")).isEqualTo("Nhập nhiệm vụ từ Excel");
        for (String path : List.of("/plans/" + planId + "/import/template.xlsx", "/api/v1/plans/" + planId + "/tasks/import/template")) {
            WebSession.Response template = browser.get(path);
            assertThat(template.status()).isEqualTo(200);
            assertThat(template.contentType()).contains("spreadsheetml");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.bytes()))) {
                Row header = workbook.getSheetAt(0).getRow(0);
                List<String> headers = new ArrayList<>();
                header.forEach(cell -> headers.add(cell.getStringCellValue()));
                assertThat(headers).isEqualTo(HEADERS);
                assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
                assertThat(workbook.getSheetName(1)).isEqualTo("Hướng dẫn");
            }
        }
        // the template, filled in, imports
        WebSession.Response filled = script().postFile("/api/v1/plans/" + planId + "/tasks/import", "file", "mau.xlsx",
                workbook(HEADERS, goodRows().subList(0, 1)), Map.of("dryRun", "true"));
        assertThat(filled.status()).as(filled.body()).isEqualTo(200);
        assertThat(json(filled).path("applied").asBoolean()).isFalse();

        WebSession xa = session();
        xa.login("xa", "demo");
        assertThat(xa.get("/plans/" + planId + "/import").status()).isEqualTo(403);
        assertThat(session().withBasicAuth("xa", "demo").postFile("/api/v1/plans/" + planId + "/tasks/import", "file", "x.xlsx",
                workbook(HEADERS, goodRows()), Map.of()).status()).isEqualTo(403);
        assertThat(json(script().getJson("/api/v1/plans/" + planId + "/tasks"))).isEmpty();
    }
}
