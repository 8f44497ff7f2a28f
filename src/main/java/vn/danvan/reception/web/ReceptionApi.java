package vn.danvan.reception.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.org.DanVanUser;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.reception.ReceptionFigures;
import vn.danvan.reception.ReceptionSchedule;
import vn.danvan.reception.ReceptionSession;
import vn.danvan.reception.ReceptionStatistics;
import vn.danvan.reception.Receptions;
import vn.danvan.reception.SessionKind;
import vn.danvan.reception.StatisticsQuery;
import vn.danvan.reception.Visit;
import vn.danvan.reception.VisitCitizen;
import vn.danvan.reception.VisitDueChange;
import vn.danvan.reception.VisitOutcome;
import vn.danvan.reception.VisitSearch;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;

/**
 * REST API of citizen reception. Reads are scoped like the screens (out of scope → 404); a denunciation's citizens
 * are always redacted, except at {@code /visits/{id}/identity} for the receiving organization's case handlers and
 * leaders, audited.
 */
@RestController
@RequestMapping("/api/v1/reception")
@Tag(name = "Tiếp công dân", description = "Buổi tiếp, lượt tiếp công dân, lịch tiếp định kỳ và số liệu tổng hợp")
class ReceptionApi {

    private final Receptions receptions;
    private final ReceptionStatistics statistics;
    private final ReceptionSchedule schedule;

    ReceptionApi(Receptions receptions, ReceptionStatistics statistics, ReceptionSchedule schedule) {
        this.receptions = receptions;
        this.statistics = statistics;
        this.schedule = schedule;
    }

    @GetMapping("/sessions")
    @Operation(summary = "Các buổi tiếp (thường xuyên, định kỳ của người đứng đầu, đột xuất) trong phạm vi, theo ngày dự kiến hoặc ngày tổ chức")
    Paged<ReceptionSession> sessions(@AuthenticationPrincipal DanVanUser user,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(required = false) Long organizationId, @RequestParam(required = false) SessionKind kind,
                                     @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return receptions.sessions(receptions.scopeOf(user), organizationId, kind, from, to, PageQuery.of(page, size, "date", "desc"));
    }

    @GetMapping("/sessions/{id}")
    @Operation(summary = "Một buổi tiếp; 404 ngoài phạm vi")
    ReceptionSession session(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        return receptions.session(id, receptions.scopeOf(user));
    }

    @PostMapping("/sessions")
    @Operation(summary = "Ghi nhận buổi tiếp (kế hoạch hoặc đã tổ chức, người tiếp: người đứng đầu hoặc cấp phó)")
    ResponseEntity<ReceptionSession> createSession(@RequestBody Receptions.NewSession request, @AuthenticationPrincipal DanVanUser user) {
        requireRecorder(user);
        long id = receptions.createSession(request, receptions.scopeOf(user));
        return ResponseEntity.created(URI.create("/api/v1/reception/sessions/" + id)).body(receptions.session(id, receptions.scopeOf(user)));
    }

    @PutMapping("/sessions/{id}")
    @Operation(summary = "Cập nhật buổi tiếp (đã tổ chức, người tiếp…); version cũ → 409")
    ReceptionSession updateSession(@PathVariable long id, @RequestParam int version, @RequestBody Receptions.NewSession request,
                                   @AuthenticationPrincipal DanVanUser user) {
        requireRecorder(user);
        receptions.updateSession(id, version, request, receptions.scopeOf(user));
        return receptions.session(id, receptions.scopeOf(user));
    }

    @GetMapping("/visits")
    @Operation(summary = "Lượt tiếp công dân trong phạm vi, lọc và phân trang; thông tin người tố cáo luôn được che",
            description = "sort: date | citizens | count | category | field | outcome | due; dir: asc | desc")
    Paged<VisitDto> visits(@AuthenticationPrincipal DanVanUser user, @RequestParam(required = false) String q,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(required = false) Long organizationId,
                           @Parameter(description = "đơn vị hành chính nơi phát sinh vụ việc, gồm cả đơn vị cấp dưới và đơn vị cũ đã sáp nhập")
                           @RequestParam(required = false) Long unitId,
                           @RequestParam(required = false) MatterCategory category, @RequestParam(required = false) MatterField field,
                           @RequestParam(required = false) VisitOutcome outcome, @RequestParam(defaultValue = "false") boolean crowd,
                           @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                           @RequestParam(required = false) String dir) {
        LocalDate today = receptions.today();
        return receptions.visits(receptions.scopeOf(user),
                        new VisitSearch(q, from, to, organizationId, unitId, category, field, outcome, crowd, overdue),
                        PageQuery.of(page, size, sort, dir))
                .map(v -> VisitDto.of(v, today));
    }

    @GetMapping("/visits/{id}")
    @Operation(summary = "Một lượt tiếp; 404 ngoài phạm vi; thông tin người tố cáo được che")
    VisitDto visit(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        return VisitDto.of(receptions.visit(id, receptions.scopeOf(user)), receptions.today());
    }

    @GetMapping("/visits/{id}/due-changes")
    @Operation(summary = "Các lần hạn trả lời của lượt tiếp thay đổi do cập nhật lịch nghỉ hoặc thời hạn (mới nhất trước); 404 ngoài phạm vi")
    List<VisitDueChange> dueChanges(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        return receptions.dueChanges(id, receptions.scopeOf(user));
    }

    @GetMapping("/visits/{id}/identity")
    @Operation(summary = "Thông tin người tố cáo (chỉ cán bộ tiếp dân, lãnh đạo của cơ quan tiếp); mỗi lần xem được ghi nhật ký; khác → 403")
    VisitDto identity(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        return VisitDto.of(receptions.revealIdentity(id, user), receptions.today());
    }

    @PostMapping("/visits")
    @Operation(summary = "Ghi nhận lượt tiếp: một hoặc nhiều công dân; từ 5 người là đoàn đông người và phải cử đúng số người đại diện",
            description = "Hạn trả lời công dân (10 ngày, Luật Tiếp công dân Điều 28) được tính theo lịch làm việc (BLDS Điều 147–148);"
                    + " trong thời gian quy định định danh có hiệu lực (từ 01/07/2026, Luật 136/2025/QH15) mỗi công dân phải có số CCCD")
    ResponseEntity<VisitDto> createVisit(@RequestBody Receptions.NewVisit request, @AuthenticationPrincipal DanVanUser user) {
        requireRecorder(user);
        long id = receptions.recordVisit(request, receptions.scopeOf(user));
        return ResponseEntity.created(URI.create("/api/v1/reception/visits/" + id)).body(visit(id, user));
    }

    @PostMapping("/visits/{id}/answer")
    @Operation(summary = "Ghi nhận ngày trả lời công dân; version cũ → 409")
    VisitDto answer(@PathVariable long id, @RequestBody AnswerDto request, @AuthenticationPrincipal DanVanUser user) {
        receptions.recordAnswer(id, request.version(), request.answeredOn(), request.note(), user);
        return visit(id, user);
    }

    @GetMapping("/statistics")
    @Operation(summary = "Số liệu tiếp công dân: lượt, người, lượt đoàn đông người, buổi tiếp kế hoạch/đã tổ chức; theo loại, lĩnh vực, địa bàn",
            description = "unitId gồm cả địa bàn cấp dưới và đơn vị cũ đã sáp nhập; byUnit theo đơn vị hiện hành")
    StatisticsDto statistics(@AuthenticationPrincipal DanVanUser user,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) Long unitId, @RequestParam(required = false) MatterCategory category,
                             @RequestParam(required = false) MatterField field) {
        ReceptionFigures figures = statistics.figures(receptions.scopeOf(user), new StatisticsQuery(from, to, unitId, category, field));
        return new StatisticsDto(figures, figures.sentence());
    }

    @GetMapping("/schedule")
    @Operation(summary = "Tiếp công dân định kỳ của người đứng đầu theo tháng: kế hoạch, đã tổ chức, số ngày đạt theo quy định có hiệu lực")
    List<ScheduleDto> schedule(@AuthenticationPrincipal DanVanUser user, @RequestParam int year) {
        return schedule.year(receptions.scopeOf(user), year).stream().map(h -> new ScheduleDto(h.organizationId(), h.head(), h.holder().name(),
                h.months().stream().map(m -> new MonthDto(m.month().toString(), m.planned(), m.held(), m.counted(), m.required(),
                        m.byDeputy(), m.state().name(), m.rule() == null ? null : m.rule().source(), m.sentence(h.head()))).toList())).toList();
    }

    private void requireRecorder(DanVanUser user) {
        if (!receptions.mayRecord(user)) {
            throw new AccessDeniedException("reception recording");
        }
    }

    record AnswerDto(int version, LocalDate answeredOn, String note) {
    }

    record StatisticsDto(ReceptionFigures figures, String sentence) {
    }

    record ScheduleDto(long organizationId, String head, String holder, List<MonthDto> months) {
    }

    record MonthDto(String month, int planned, int held, int counted, int required, int byDeputy, String state, String source,
                    String sentence) {
    }

    record VisitDto(long id, Long sessionId, LocalDate receivedOn, long receivingOrganizationId, Long unitId, MatterCategory category,
                    MatterField field, String content, int citizensCount, boolean crowdDelegation, long representatives,
                    String citizensLabel, List<VisitCitizen> citizens, VisitOutcome outcome, String transferTarget, Long petitionId,
                    String trackingCode, LocalDate answerDue, LocalDate answeredOn, boolean overdue, String answerNote, int version) {
        static VisitDto of(Visit v, LocalDate today) {
            return new VisitDto(v.id(), v.sessionId(), v.receivedOn(), v.receivingOrganizationId(), v.unitId(), v.category(), v.field(),
                    v.content(), v.citizensCount(), v.crowdDelegation(), v.representatives(),
                    Receptions.citizensLabel(v),
                    v.citizens(), v.outcome(), v.transferTarget(), v.petitionId(), v.trackingCode(), v.answerDue(), v.answeredOn(),
                    v.overdue(today), v.answerNote(), v.version());
        }
    }
}
