package vn.danvan.program.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.org.DanVanUser;
import vn.danvan.program.Evidence;
import vn.danvan.program.ProgramPlans;
import vn.danvan.program.ProgressEvidence;

/**
 * Evidence files over the API: a progress report with files in one multipart request, files added to an
 * update already reported, and the list of a task's evidence. Scope as for the task: out of scope → 404.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Chương trình, kế hoạch, nhiệm vụ")
class ProgressEvidenceApi {

    private final ProgressEvidence evidence;

    ProgressEvidenceApi(ProgressEvidence evidence) {
        this.evidence = evidence;
    }

    @PostMapping(value = "/tasks/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Báo cáo tiến độ kèm tệp minh chứng (multipart: reportedOn, percent, milestone, note, done, files — PDF, DOCX, XLSX, JPG, PNG)")
    ResponseEntity<Map<String, Object>> report(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
                                               @RequestParam(required = false) Integer percent,
                                               @RequestParam(required = false) String milestone,
                                               @RequestParam(required = false) String note,
                                               @RequestParam(defaultValue = "false") boolean done,
                                               @RequestParam(value = "files", required = false) List<MultipartFile> files) throws IOException {
        long updateId = evidence.report(id, user, new ProgramPlans.NewProgress(reportedOn, percent, milestone, note, done),
                ProgressEvidenceController.uploads(files));
        return ResponseEntity.status(201).body(Map.of("progressUpdateId", updateId, "evidence",
                evidence.ofTask(id, user.scope()).getOrDefault(updateId, List.of())));
    }

    @PostMapping(value = "/progress/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Thêm tệp minh chứng cho một báo cáo tiến độ đã gửi (chỉ thêm, không thay tệp cũ)")
    ResponseEntity<List<Evidence>> add(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                                       @RequestParam(value = "files", required = false) List<MultipartFile> files) throws IOException {
        long taskId = evidence.add(id, user, ProgressEvidenceController.uploads(files));
        return ResponseEntity.status(201).body(evidence.ofTask(taskId, user.scope()).getOrDefault(id, List.of()));
    }

    @GetMapping("/tasks/{id}/evidence")
    @Operation(summary = "Các tệp minh chứng của nhiệm vụ, theo báo cáo tiến độ; tải về tại /api/v1/tasks/{id}/evidence/{evidenceId}")
    Map<Long, List<Evidence>> list(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        return evidence.ofTask(id, user.scope());
    }
}
