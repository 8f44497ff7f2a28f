package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/**
 * Importing the commune catalogue through the page and the API, as the administrator: a file is applied whole or
 * not at all, importing it again changes nothing, and nobody else may import. Each test uses communes of its own
 * (real codes of provinces outside the demo province), since the database is shared by the whole run.
 */
class CatalogueImportIT extends IntegrationTest {

    private static final String API = "/api/v1/admin/catalogue/import";
    private static final String HEADER = "commune_code,commune_name,level,province_code,province_name\n";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    private WebSession adminScript() {
        return session().withBasicAuth("admin", "demo");
    }

    private WebSession.Response importCsv(WebSession script, String fileName, String csv, boolean dryRun) {
        return script.postFile(API, "file", fileName, csv.getBytes(StandardCharsets.UTF_8),
                dryRun ? Map.of("dryRun", "true") : Map.of());
    }

    private static JsonNode json(WebSession.Response response) {
        return JSON.readTree(response.body());
    }

    private long units() {
        return jdbc.sql("SELECT COUNT(*) FROM admin_unit").query(Long.class).single();
    }

    private long audits(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :action").param("action", action)
                .query(Long.class).single();
    }

    private long found(String query) {
        return json(adminScript().getJson("/api/v1/units?q=" + query.replace(' ', '+'))).get("total").asLong();
    }

    @Test
    void aGoodCsvIsImportedAndItsCommunesCanBeFound() {
        String csv = HEADER + """
                03637,Xã Mường Kim,Xã,12,Lai Châu
                03640,Xã Khoen On,Xã,12,Lai Châu
                03595,Xã Than Uyên,Xã,12,Lai Châu
                """;
        long before = units();
        WebSession.Response response = importCsv(adminScript(), "lai-chau.csv", csv, false);
        assertThat(response.status()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.get("ok").asBoolean()).isTrue();
        assertThat(report.get("applied").asBoolean()).isTrue();
        assertThat(report.get("counts").get("created").asInt()).isEqualTo(3);
        assertThat(report.get("rows").get(0).get("statusLabel").asString()).isEqualTo("mới");
        assertThat(units()).isEqualTo(before + 3);
        JsonNode found = json(adminScript().getJson("/api/v1/units?q=khoen+on"));
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("code").asString()).isEqualTo("03640");
        assertThat(found.get("items").get(0).get("kind").asString()).isEqualTo("COMMUNE");
        assertThat(found.get("items").get(0).get("validFrom").asString()).isEqualTo("2025-07-01");
        // the new commune lies under its province: the province's page lists it among its children
        long laiChau = json(adminScript().getJson("/api/v1/units?q=12&level=PROVINCE")).get("items").get(0).get("id").asLong();
        assertThat(adminScript().getJson("/api/v1/units/" + laiChau).body()).contains("Xã Khoen On");
        assertThat(audits("UNIT_CATALOGUE_IMPORTED")).isPositive();
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        String csv = HEADER + """
                03618,Xã Mường Than,Xã,12,Lai Châu
                03616,Xã Pắc Ta,Xã,12,Lai Châu
                05503,Xã Tân Cương,Xã,19,Thái Nguyên
                """;
        assertThat(importCsv(adminScript(), "lan-1.csv", csv, false).status()).isEqualTo(200);
        long before = units();
        String pathsBefore = jdbc.sql("SELECT string_agg(path, ',') FROM admin_unit WHERE code IN ('03618', '03616', '05503')")
                .query(String.class).single();
        WebSession.Response again = importCsv(adminScript(), "lan-2.csv", csv, false);
        assertThat(again.status()).isEqualTo(200);
        JsonNode counts = json(again).get("counts");
        assertThat(counts.get("unchanged").asInt()).isEqualTo(3);
        assertThat(counts.get("created").asInt()).isZero();
        assertThat(counts.get("updated").asInt()).isZero();
        assertThat(units()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT string_agg(path, ',') FROM admin_unit WHERE code IN ('03618', '03616', '05503')")
                .query(String.class).single()).isEqualTo(pathsBefore);
    }

    @Test
    void aFileWithOneBadRowIsRefusedRowByRowAndNothingIsWritten() {
        String csv = HEADER + """
                03613,Xã Nậm Sỏ,Xã,12,Lai Châu
                03598,Xã Tân Uyên,Xã,12,Lai Châu
                3601,Xã Mường Khoa,Xã,12,Lai Châu
                03424,Xã Bản Bo,Xã,12,Lai Châu
                """;
        long before = units();
        long refusals = audits("UNIT_CATALOGUE_REFUSED");
        WebSession.Response response = importCsv(adminScript(), "co-loi.csv", csv, false);
        assertThat(response.status()).isEqualTo(400);
        JsonNode report = json(response);
        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("counts").get("errors").asInt()).isEqualTo(1);
        assertThat(report.get("rows")).hasSize(4);
        JsonNode bad = report.get("rows").get(2);
        assertThat(bad.get("row").asInt()).isEqualTo(4);
        assertThat(bad.get("status").asString()).isEqualTo("ERROR");
        assertThat(bad.get("statusLabel").asString()).isEqualTo("lỗi");
        assertThat(bad.get("messages").get(0).get("text").asString())
                .isEqualTo("Mã xã \"3601\" có 4 chữ số; mã xã phải có đúng 5 chữ số, kể cả số 0 ở đầu (ví dụ 00004).");
        assertThat(report.get("rows").get(0).get("status").asString()).isEqualTo("NEW");
        assertThat(units()).isEqualTo(before);
        assertThat(found("03613")).isZero();
        assertThat(audits("UNIT_CATALOGUE_REFUSED")).isEqualTo(refusals + 1);
    }

    @Test
    void everyKindOfRowErrorIsReportedInVietnamese() {
        String csv = HEADER + """
                03405,Xã Tả Lèng,Xã,12,Lai Châu
                03405,Xã Tả Lèng,Xã,12,Lai Châu
                03430,,Xã,12,Lai Châu
                03390,Xã Bình Lư,Huyện,12,Lai Châu
                03325,Xã Mường Phăng,Xã,06,Bắc Kạn
                03127,Phường Điện Biên Phủ,Phường,111,Điện Biên
                05503,Xã Tân Cương,Xã,01,Hà Nội
                03334,Phường Mường Thanh,Phường,11,Lai Châu
                """;
        long before = units();
        WebSession.Response response = importCsv(adminScript(), "nhieu-loi.csv", csv, false);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains(
                "Mã xã 03405 bị trùng với dòng 3.", "Mã xã 03405 bị trùng với dòng 2.",
                "Thiếu tên xã.",
                "Cấp \\\"Huyện\\\" không hợp lệ",
                "Không có tỉnh, thành phố nào đang hiệu lực mang mã 06.",
                "Mã tỉnh \\\"111\\\" phải có đúng 2 chữ số.",
                "Mã xã 05503 đang thuộc Tỉnh Thái Nguyên; không thể chuyển sang Thành phố Hà Nội",
                "Tên tỉnh \\\"Lai Châu\\\" không khớp với mã 11 (Tỉnh Điện Biên)");
        JsonNode counts = json(response).get("counts");
        assertThat(counts.get("errors").asInt()).isEqualTo(7);
        assertThat(counts.get("warnings").asInt()).isEqualTo(1);
        assertThat(units()).isEqualTo(before);
    }

    @Test
    void aRenamedCommuneIsUpdatedInPlace() {
        assertThat(importCsv(adminScript(), "a.csv", HEADER + "03352,Xã Thanh An,Xã,11,Điện Biên\n", false).status()).isEqualTo(200);
        long id = json(adminScript().getJson("/api/v1/units?q=03352")).get("items").get(0).get("id").asLong();
        long before = units();
        WebSession.Response renamed = importCsv(adminScript(), "b.csv", HEADER + "03352,Phường Thanh An,Phường,11,Điện Biên\n", false);
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(json(renamed).get("counts").get("updated").asInt()).isEqualTo(1);
        assertThat(renamed.body()).contains("Trước đây: Xã Thanh An (cấp Xã).");
        assertThat(units()).isEqualTo(before);
        JsonNode unit = json(adminScript().getJson("/api/v1/units/" + id)).get("unit");
        assertThat(unit.get("name").asString()).isEqualTo("Phường Thanh An");
        assertThat(unit.get("kind").asString()).isEqualTo("WARD");
        assertThat(found("03352")).isEqualTo(1);
    }

    @Test
    void aDryRunChecksWithoutWriting() {
        long before = units();
        WebSession.Response response = importCsv(adminScript(), "thu.csv", HEADER + "03349,Xã Thanh Yên,Xã,11,Điện Biên\n", true);
        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("counts").get("created").asInt()).isEqualTo(1);
        assertThat(json(response).get("applied").asBoolean()).isFalse();
        assertThat(units()).isEqualTo(before);
    }

    @Test
    void anXlsxFileIsImportedEvenWhenExcelDroppedTheLeadingZeros() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            Row header = sheet.createRow(0);
            List<String> titles = List.of("Mã", "Tên", "Cấp", "Mã TP", "Tỉnh / Thành Phố");
            for (int i = 0; i < titles.size(); i++) {
                header.createCell(i).setCellValue(titles.get(i));
            }
            Object[][] rows = {{3646, "Phường Tô Hiệu", "Phường", 14, "Sơn La"}, {"03664", "Phường Chiềng An", "Phường", "14", "Sơn La"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        WebSession.Response response = adminScript().postFile(API, "file", "son-la.xlsx", xlsx, Map.of());
        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("counts").get("created").asInt()).isEqualTo(2);
        assertThat(json(response).get("rows").get(0).get("communeCode").asString()).isEqualTo("03646");
        assertThat(adminScript().getJson("/api/v1/units?q=03646").body()).contains("Phường Tô Hiệu");
    }

    @Test
    void aFileOfAnotherKindIsRefusedWithAClearMessage() {
        WebSession.Response response = adminScript().postFile(API, "file", "danh-muc.xls", new byte[] {1, 2, 3}, Map.of());
        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).get("problems").get(0).asString())
                .isEqualTo("Chỉ nhận tệp .csv hoặc .xlsx; tệp \"danh-muc.xls\" không thuộc hai loại này.");
        WebSession.Response broken = adminScript().postFile(API, "file", "hong.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("Không mở được tệp Excel");
    }

    @Test
    void theAdministratorChecksThenImportsThroughThePage() throws IOException {
        WebSession browser = session();
        browser.login("admin", "demo");
        WebSession.Response page = browser.get("/admin/catalogue");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("h1")).isEqualTo("Nhập danh mục đơn vị hành chính");
        assertThat(page.html().selectFirst("#catalogue-empty")).isNotNull();
        assertThat(page.html().selectFirst("#catalogue-apply").attr("data-confirm")).isNotBlank();
        assertThat(page.html().selectFirst("#catalogue-apply").attr("formaction")).isEqualTo("/admin/catalogue/import");
        assertThat(page.html().selectFirst("#catalogue-form").attr("action")).isEqualTo("/admin/catalogue/preview");
        assertThat(page.html().selectFirst("#catalogue-form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.html().select("#catalogue-form input[name=_csrf]")).hasSize(1);

        String csv = HEADER + "03356,Xã Sam Mứn,Xã,11,Điện Biên\n03151,Phường Mường Lay,Phường,11,Điện Biên\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        WebSession.Response checked = browser.postFile("/admin/catalogue/preview", "file", "dien-bien.csv", bytes, Map.of());
        assertThat(checked.status()).isEqualTo(302);
        assertThat(checked.location()).endsWith("/admin/catalogue");
        Document report = browser.get("/admin/catalogue").html();
        assertThat(report.selectFirst(".alert-success").text()).contains("Tệp dien-bien.csv hợp lệ: 2 dòng — 2 mới");
        assertThat(report.selectFirst("#count-created").text()).isEqualTo("2");
        assertThat(report.selectFirst("#report-not-applied")).isNotNull();
        assertThat(found("03356")).isZero();

        WebSession.Response imported = browser.postFile("/admin/catalogue/import", "file", "dien-bien.csv", bytes, Map.of());
        assertThat(imported.status()).isEqualTo(302);
        report = browser.get("/admin/catalogue").html();
        assertThat(report.selectFirst(".alert-success").text()).startsWith("Đã nhập danh mục từ tệp dien-bien.csv: 2 dòng — 2 mới");
        assertThat(report.selectFirst("#report-applied")).isNotNull();
        assertThat(report.select("#report-table tbody tr")).hasSize(2);
        assertThat(found("03356")).isEqualTo(1);

        WebSession.Response excel = browser.get("/admin/catalogue/report.xlsx");
        assertThat(excel.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.bytes()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Dòng");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(5).getStringCellValue()).isEqualTo("mới");
        }
    }

    @Test
    void aRefusedFileShowsItsErrorsFirstOnThePage() {
        WebSession browser = session();
        browser.login("admin", "demo");
        browser.get("/admin/catalogue");
        String csv = HEADER + "03328,Xã Thanh Nưa,Xã,11,Điện Biên\n03980,Phường Mộc Châu,Phường,99,Sơn La\n";
        long before = units();
        WebSession.Response imported = browser.postFile("/admin/catalogue/import", "file", "loi.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(imported.status()).isEqualTo(302);
        Document report = browser.get("/admin/catalogue").html();
        assertThat(report.selectFirst(".alert-danger").text()).contains("Chưa nhập tệp loi.csv: có 1 dòng lỗi");
        assertThat(report.selectFirst("#report-table tbody tr").attr("data-status")).isEqualTo("ERROR");
        assertThat(report.selectFirst("#report-table tbody tr").text()).contains("3", "Không có tỉnh, thành phố nào đang hiệu lực mang mã 99.");
        assertThat(units()).isEqualTo(before);
    }

    @Test
    void theTemplateCanBeDownloadedAndHasTheVietnameseHeaders() throws IOException {
        WebSession browser = session();
        browser.login("admin", "demo");
        WebSession.Response template = browser.get("/admin/catalogue/template.xlsx");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.bytes()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue()))
                    .containsExactly("Mã xã", "Tên xã", "Cấp", "Mã tỉnh");
        }
        // the template, unchanged, is a valid file: its example commune is already in the map
        WebSession.Response checked = adminScript().postFile(API, "file", "mau.xlsx", template.bytes(), Map.of("dryRun", "true"));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(json(checked).get("counts").get("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void onlyTheAdministratorMayImport() {
        WebSession coordinator = session();
        coordinator.login("bdv", "demo");
        assertThat(coordinator.get("/admin/catalogue").status()).isEqualTo(403);
        long before = units();
        WebSession.Response script = importCsv(session().withBasicAuth("bdv", "demo"), "x.csv",
                HEADER + "03601,Xã Mường Khoa,Xã,12,Lai Châu\n", false);
        assertThat(script.status()).isEqualTo(403);
        assertThat(units()).isEqualTo(before);
    }

    @Test
    void aBrowserUploadWithoutTheCsrfTokenIsRefused() {
        WebSession browser = session();
        browser.login("admin", "demo");
        browser.get("/admin/catalogue");
        long before = units();
        byte[] csv = (HEADER + "03601,Xã Mường Khoa,Xã,12,Lai Châu\n").getBytes(StandardCharsets.UTF_8);
        assertThat(browser.postFile("/admin/catalogue/import", "file", "x.csv", csv, Map.of("_csrf", "forged")).status())
                .isEqualTo(403);
        // the API, too, needs the token when called with the browser's session instead of credentials
        assertThat(browser.postFile(API, "file", "x.csv", csv, Map.of("_csrf", "forged")).status()).isEqualTo(403);
        assertThat(units()).isEqualTo(before);
    }
}
