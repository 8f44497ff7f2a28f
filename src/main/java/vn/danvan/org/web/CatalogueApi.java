package vn.danvan.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.org.CatalogueImport;
import vn.danvan.org.ImportReport;

/** The catalogue import for scripts: the same checks and the same all-or-nothing write as the page. */
@RestController
@RequestMapping("/api/v1/admin/catalogue")
@Tag(name = "Quản trị danh mục", description = "Nhập danh mục đơn vị hành chính (chỉ quản trị hệ thống)")
class CatalogueApi {

    private final CatalogueImport catalogue;
    private final MessageSource messages;

    CatalogueApi(CatalogueImport catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập danh mục đơn vị hành chính cấp xã từ tệp CSV hoặc XLSX",
            description = "Các cột: Mã xã (5 chữ số), Tên xã, Cấp (Xã, Phường, Đặc khu), Mã tỉnh (2 chữ số, tỉnh đang"
                    + " hiệu lực), Tên tỉnh (không bắt buộc). Nhận cả tiêu đề commune_code, commune_name, level,"
                    + " province_code, province_name. Tệp chỉ được ghi khi không dòng nào lỗi, và ghi toàn bộ một lần;"
                    + " nhập lại cùng tệp không thay đổi gì. Tối đa 10 MB, 20.000 dòng.")
    @ApiResponse(responseCode = "200", description = "Tệp hợp lệ; đã ghi (hoặc chỉ kiểm tra, nếu dryRun=true). Báo cáo từng dòng.")
    @ApiResponse(responseCode = "400", description = "Tệp không đọc được hoặc có dòng lỗi; không ghi gì. Báo cáo từng dòng.")
    @ApiResponse(responseCode = "403", description = "Chỉ quản trị hệ thống được nhập danh mục.")
    ResponseEntity<CatalogueReportView> importCatalogue(
            @Parameter(description = "Tệp danh mục .csv (UTF-8) hoặc .xlsx")
            @RequestParam(value = "file", required = false) MultipartFile file,
            @Parameter(description = "true: chỉ kiểm tra, không ghi")
            @RequestParam(defaultValue = "false") boolean dryRun,
            Locale locale) throws IOException {
        String fileName = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        ImportReport report;
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            report = dryRun ? catalogue.preview(fileName, content) : catalogue.apply(fileName, content);
        }
        CatalogueReportView view = CatalogueReportView.allRows(report, messages, locale);
        return report.ok() ? ResponseEntity.ok(view) : ResponseEntity.badRequest().body(view);
    }
}
