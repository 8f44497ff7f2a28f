package vn.danvan.program.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.org.DanVanUser;
import vn.danvan.program.DeadlineText;
import vn.danvan.program.Plan;
import vn.danvan.program.PlanCopy;
import vn.danvan.program.PlanTimeline;
import vn.danvan.program.ProgramPlans;
import vn.danvan.program.Scorecard;
import vn.danvan.program.TaskCounts;
import vn.danvan.program.TaskImport;
import vn.danvan.program.TaskImportReport;
import vn.danvan.program.TaskRow;
import vn.danvan.program.TaskStatus;

/** REST API of a plan's tools: importing tasks from Excel, copying to the next year, the scorecard and the timeline. */
@RestController
@RequestMapping("/api/v1/plans/{id}")
@Tag(name = "Chương trình, kế hoạch, nhiệm vụ")
class PlanToolsApi {

    private final ProgramPlans plans;
    private final TaskImport taskImport;
    private final PlanCopy planCopy;
    private final TaskLines lines;
    private final MessageSource messages;

    PlanToolsApi(ProgramPlans plans, TaskImport taskImport, PlanCopy planCopy, TaskLines lines, MessageSource messages) {
        this.plans = plans;
        this.taskImport = taskImport;
        this.planCopy = planCopy;
        this.lines = lines;
        this.messages = messages;
    }

    @PostMapping(value = "/tasks/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(ProgramApi.COORDINATORS)
    @Operation(summary = "Nhập nhiệm vụ của kế hoạch từ tệp Excel (.xlsx) theo mẫu",
            description = "Các cột: STT, Nhóm nhiệm vụ, Nhiệm vụ, Mô tả, Sản phẩm, Cơ quan chủ trì, Cơ quan phối hợp (cách nhau"
                    + " bởi dấu ;), Thời hạn (dd/MM/yyyy, \"Quý I/2024\", \"6 tháng đầu năm 2024\", \"Năm 2024\", \"Thường xuyên\"),"
                    + " Căn cứ (số, ký hiệu văn bản đã đăng ký, ví dụ 44/KH-UBND), Ưu tiên (Cao, Bình thường, Thấp), Trọng số (1–100)."
                    + " Cơ quan tìm theo tên, tên viết tắt hoặc mã, không phân biệt hoa thường. Tệp chỉ được ghi khi không dòng nào"
                    + " lỗi, và ghi toàn bộ trong một lần; nhóm nhiệm vụ chưa có được tạo mới.")
    @ApiResponse(responseCode = "200", description = "Đã nhập mọi dòng (hoặc chỉ kiểm tra, nếu dryRun=true). Báo cáo từng dòng.")
    @ApiResponse(responseCode = "400", description = "Tệp không đọc được hoặc có dòng lỗi; không ghi gì. Báo cáo từng dòng bằng tiếng Việt.")
    ResponseEntity<TaskImportReportView> importTasks(@PathVariable long id,
                                                     @Parameter(description = "Tệp .xlsx theo mẫu")
                                                     @RequestParam(value = "file", required = false) MultipartFile file,
                                                     @Parameter(description = "true: chỉ kiểm tra, không ghi")
                                                     @RequestParam(defaultValue = "false") boolean dryRun,
                                                     @AuthenticationPrincipal DanVanUser user, Locale locale) throws IOException {
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        TaskImportReport report;
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            report = dryRun ? taskImport.check(id, name, content, user) : taskImport.apply(id, name, content, user);
        }
        TaskImportReportView view = TaskImportReportView.of(report, false, messages, locale);
        return report.ok() ? ResponseEntity.ok(view) : ResponseEntity.badRequest().body(view);
    }

    @GetMapping("/tasks/import/template")
    @Operation(summary = "Tệp mẫu (.xlsx) để nhập nhiệm vụ: tiêu đề cột tiếng Việt và trang hướng dẫn")
    void template(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        plans.plan(id);
        PlanToolsController.writeTemplate(taskImport, messages, locale, response);
    }

    record CopyPreviewDto(long planId, int year, String title, int groups, int tasks, int cancelledNotCopied,
                          List<PlanCopy.Replacement> replacements, boolean possible, String problem) {
    }

    @GetMapping("/copy")
    @PreAuthorize(ProgramApi.COORDINATORS)
    @Operation(summary = "Xem trước việc sao chép kế hoạch sang năm sau: tên, năm, số nhóm và nhiệm vụ, cơ quan được thay")
    CopyPreviewDto copyPreview(@PathVariable long id, Locale locale) {
        PlanCopy.Preview p = planCopy.preview(id);
        return new CopyPreviewDto(id, p.year(), p.title(), p.groups().size(), p.tasks(), p.cancelled(), p.replacements(), p.possible(),
                p.problem() == null ? null : messages.getMessage(p.problem().messageKey(), p.problem().arguments(), locale));
    }

    @PostMapping("/copy")
    @PreAuthorize(ProgramApi.COORDINATORS)
    @Operation(summary = "Sao chép kế hoạch sang năm sau (thời hạn lùi một năm; không sao chép lịch sử tiến độ, nhiệm vụ đã hủy)")
    ResponseEntity<Plan> copy(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        long copy = planCopy.copyToNextYear(id, user);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + copy)).body(plans.plan(copy));
    }

    record ScorecardLineDto(Long organizationId, String organizationName, long tasks, long doneOnTime, long doneLate,
                            long openInTerm, long openOverdue, long cancelled, java.math.BigDecimal onTimeRate, String onTimeRateText) {
        static ScorecardLineDto of(Scorecard.Line l) {
            return new ScorecardLineDto(l.organizationId(), l.organizationName(), l.tasks(), l.doneOnTime(), l.doneLate(), l.openInTerm(),
                    l.openOverdue(), l.cancelled(), l.onTimeRate(), l.onTimeRateText());
        }
    }

    record ScorecardDto(long planId, List<ScorecardLineDto> organizations, ScorecardLineDto total) {
    }

    @GetMapping("/scorecard")
    @Operation(summary = "Kết quả theo cơ quan chủ trì: số nhiệm vụ, hoàn thành đúng hạn / quá hạn, đang thực hiện trong hạn,"
            + " quá hạn chưa hoàn thành, tỷ lệ đúng hạn (\"71,6%\"); trong phạm vi của người gọi",
            description = "sort: organization | tasks | doneOnTime | doneLate | openInTerm | openOverdue | onTimeRate; dir: asc | desc")
    ScorecardDto scorecard(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                           @RequestParam(required = false) String sort, @RequestParam(required = false) String dir) {
        Scorecard card = Scorecard.of(plans.tasksOfPlan(id, user.scope()), lines::name)
                .sortedBy(PlanToolsController.sortOf(sort), "desc".equalsIgnoreCase(dir));
        return new ScorecardDto(id, card.lines().stream().map(ScorecardLineDto::of).toList(), ScorecardLineDto.of(card.total()));
    }

    record TimelineTaskDto(long id, String title, long leadOrganizationId, String leadName, String deadline, LocalDate dueDate,
                           TaskStatus status) {
        static TimelineTaskDto of(TaskRow r, TaskLines lines) {
            return new TimelineTaskDto(r.task().id(), r.task().title(), r.task().leadOrganizationId(), lines.name(r.task().leadOrganizationId()),
                    DeadlineText.format(r.task().deadline()), r.task().deadline().dueDate(), r.status());
        }
    }

    record TimelineMonthDto(String month, List<TimelineTaskDto> tasks, TaskCounts counts) {
    }

    record TimelineDto(long planId, List<TimelineMonthDto> months, List<TimelineTaskDto> recurring) {
    }

    @GetMapping("/timeline")
    @Operation(summary = "Thời hạn của kế hoạch theo tháng (nhiệm vụ thường xuyên riêng), với tình trạng; trong phạm vi của người gọi")
    TimelineDto timeline(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        Plan plan = plans.plan(id);
        PlanTimeline timeline = PlanTimeline.of(plan.year(), plans.tasksOfPlan(id, user.scope()));
        return new TimelineDto(id, timeline.months().stream().map(m -> new TimelineMonthDto(m.month().toString(),
                m.tasks().stream().map(r -> TimelineTaskDto.of(r, lines)).toList(), m.counts())).toList(),
                timeline.recurring().stream().map(r -> TimelineTaskDto.of(r, lines)).toList());
    }
}
