package vn.danvan.petition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.petition.CaseStatus;
import vn.danvan.petition.CitizenTracking;
import vn.danvan.petition.PetitionStatus;
import vn.danvan.petition.RuleStep;
import vn.danvan.petition.Satisfaction;
import vn.danvan.petition.internal.TrackingRateLimit;

/**
 * The public tracking lookup as JSON, without sign-in (for a provincial portal or a mobile app): the same card
 * as the page, the same "not found" for unknown and malformed codes, the same allowance per client (429 with
 * Retry-After beyond it).
 */
@RestController
@RequestMapping("/api/public")
@Tag(name = "Tra cứu đơn (công khai)", description = "Tra cứu tình trạng đơn theo mã tra cứu, không cần đăng nhập; không có thông tin cá nhân")
class PublicTrackingApi {

    private final CitizenTracking tracking;
    private final TrackingRateLimit limit;
    private final Labels labels;

    PublicTrackingApi(CitizenTracking tracking, TrackingRateLimit limit, Labels labels) {
        this.tracking = tracking;
        this.limit = limit;
        this.labels = labels;
    }

    /** The public card: statuses with their Vietnamese texts, dates, organizations — nothing personal. */
    record TrackingJson(String trackingCode, PetitionStatus status, CaseStatus caseStatus, String statusText, RuleStep currentStep,
                        String currentStepText, LocalDate receivedOn, LocalDate dueDate, Integer remainingDays, boolean overdue,
                        String receivingOrganization, String handlingOrganization, String transferOrganization,
                        String archiveReason, Satisfaction satisfaction, boolean satisfactionOpen) {
    }

    @GetMapping("/tracking/{code}")
    @Operation(summary = "Tình trạng đơn theo mã tra cứu: trạng thái, bước đang thực hiện, ngày nhận, hạn và số ngày còn lại, cơ quan giải quyết; "
            + "404 cho mã không đúng hoặc không tồn tại; 429 (Retry-After) khi tra cứu quá nhiều lần")
    ResponseEntity<?> track(@PathVariable String code, HttpServletRequest request) {
        TrackingRateLimit.Decision decision = limit.tryLookup(request.getRemoteAddr());
        if (!decision.allowed()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()))
                    .body(problem(request, HttpStatus.TOO_MANY_REQUESTS, labels.text("tracking.limited.api", decision.retryAfterSeconds())));
        }
        return tracking.find(code).<ResponseEntity<?>>map(c -> ResponseEntity.ok(new TrackingJson(c.trackingCode(), c.status(),
                        c.caseStatus(), labels.text("tracking.stage." + c.stage()), c.currentStep(),
                        c.currentStep() == null ? null : labels.text("tracking.step." + c.currentStep().name()), c.receivedOn(),
                        c.dueDate(), c.remainingDays(), c.overdue(), c.receivingOrganization(), c.handlingOrganization(),
                        c.transferOrganization(), c.archiveReason() == null ? null : labels.text("petition.archive." + c.archiveReason().name()),
                        c.satisfaction(), c.mayRate())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(problem(request, HttpStatus.NOT_FOUND, labels.text("petition.tracking.notFound"))));
    }

    private static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        // the path without the code: what was typed may hold characters a URI refuses
        problem.setInstance(URI.create(request.getContextPath() + "/api/public/tracking"));
        return problem;
    }
}
