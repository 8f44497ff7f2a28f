package vn.danvan.petition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.org.DanVanUser;
import vn.danvan.petition.CaseSearch;
import vn.danvan.petition.CaseStatus;
import vn.danvan.petition.Cases;
import vn.danvan.petition.Channel;
import vn.danvan.petition.LegalRule;
import vn.danvan.petition.LegalRules;
import vn.danvan.petition.Petition;
import vn.danvan.petition.PetitionCase;
import vn.danvan.petition.PetitionRow;
import vn.danvan.petition.PetitionSearch;
import vn.danvan.petition.PetitionStatus;
import vn.danvan.petition.PetitionTracking;
import vn.danvan.petition.Petitioner;
import vn.danvan.petition.Petitions;
import vn.danvan.petition.PublicTracking;
import vn.danvan.petition.RuleVariant;
import vn.danvan.petition.Satisfaction;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;

/** REST API of petitions and cases. Every answer is limited to the caller's view; denouncers are always redacted. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Đơn thư, vụ việc", description = "Tiếp nhận, xử lý đơn, hồ sơ vụ việc, thời hạn luật định, chuyển trạng thái")
class PetitionApi {

    private final Petitions petitions;
    private final Cases cases;
    private final LegalRules rules;
    private final PetitionTracking tracking;

    PetitionApi(Petitions petitions, Cases cases, LegalRules rules, PetitionTracking tracking) {
        this.petitions = petitions;
        this.cases = cases;
        this.rules = rules;
        this.tracking = tracking;
    }

    // --- petitions

    @PostMapping("/petitions")
    @Operation(summary = "Tiếp nhận đơn (một giao dịch): kênh, loại (MatterCategory), lĩnh vực (MatterField), ngày nhận (không sau hôm nay), "
            + "một hoặc nhiều người gửi (CCCD 12 số, 3 số đầu là mã tỉnh khai sinh); trả về mã tra cứu và hạn xử lý đơn")
    ResponseEntity<Petitions.Intake> receive(@RequestBody Petitions.NewPetition request, @AuthenticationPrincipal DanVanUser user) {
        Petitions.Intake intake = petitions.receive(request, user);
        return ResponseEntity.created(URI.create("/api/v1/petitions/" + intake.id())).body(intake);
    }

    /** A list row: never a denouncer's name. */
    record PetitionLine(long id, String trackingCode, Channel channel, MatterCategory category, MatterField field, LocalDate receivedOn,
                        PetitionStatus status, String petitioner, String respondent, Long caseId, CaseStatus caseStatus,
                        LocalDate dueDate, Integer remainingDays, boolean overdue) {
        static PetitionLine of(PetitionRow r, LocalDate today) {
            Petition p = r.petition();
            return new PetitionLine(p.id(), p.trackingCode(), p.channel(), p.category(), p.field(), p.receivedOn(), p.status(),
                    r.petitionerDisplay(), p.respondent(), p.caseId(), r.caseStatus(), r.runningDue(), r.remainingDays(today), r.overdueOn(today));
        }
    }

    @GetMapping("/petitions")
    @Operation(summary = "Danh sách đơn trong phạm vi: lọc theo trạng thái, loại, lĩnh vực, kênh, địa bàn, quá hạn (due=overdue) / sắp đến hạn (due=soon); "
            + "tìm không dấu; sắp xếp received|code|status|category|due")
    Paged<PetitionLine> list(@RequestParam(required = false) String q, @RequestParam(required = false) PetitionStatus status,
                             @RequestParam(required = false) MatterCategory category, @RequestParam(required = false) MatterField field,
                             @RequestParam(required = false) Channel channel, @RequestParam(required = false) Long unit,
                             @RequestParam(required = false) String due, @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                             @RequestParam(required = false) String dir, @AuthenticationPrincipal DanVanUser user) {
        LocalDate today = petitions.today();
        return petitions.search(user, new PetitionSearch(q, status, category, field, channel, unit, due), PageQuery.of(page, size, sort, dir))
                .map(r -> PetitionLine.of(r, today));
    }

    @GetMapping("/petitions/{id}")
    @Operation(summary = "Một đơn với người gửi (người tố cáo luôn được giữ bí mật); 404 ngoài phạm vi")
    Map<String, Object> petition(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("petition", petitions.get(id, user));
        body.put("petitioners", petitions.petitioners(id, user));
        body.put("attachments", petitions.attachments(id, user));
        return body;
    }

    @GetMapping("/petitions/{id}/duplicates")
    @Operation(summary = "Đơn có thể trùng: cùng người gửi (chỉ số mù của CCCD, họ tên) hoặc cùng vụ việc (đối tượng, địa bàn, lĩnh vực, nội dung tương tự)")
    List<Map<String, Object>> duplicates(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        return petitions.duplicates(id, user).stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.petition().id());
            m.put("trackingCode", d.petition().trackingCode());
            m.put("caseId", d.petition().caseId());
            m.put("reasons", d.reasons());
            m.put("similarity", Math.round(d.similarity() * 100) / 100.0);
            return m;
        }).toList();
    }

    @GetMapping("/petitions/{id}/identity")
    @Operation(summary = "Danh tính người tố cáo: chỉ cán bộ được phân công giải quyết và lãnh đạo phụ trách hồ sơ; mỗi lần xem được ghi nhật ký")
    List<Petitioner> identity(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        return petitions.identity(id, user);
    }

    @PostMapping("/petitions/{id}/classify")
    @Operation(summary = "Xử lý đơn: ACCEPT (thụ lý, mở hồ sơ) | ATTACH (đơn trùng, gộp vào hồ sơ caseId) | TRANSFER (chuyển đơn) | GUIDE (hướng dẫn) | ARCHIVE (lưu đơn, archiveReason)")
    Map<String, Object> classify(@PathVariable long id, @RequestBody Petitions.Classification request, @AuthenticationPrincipal DanVanUser user) {
        Long caseId = petitions.classify(id, request, user);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("petition", petitions.get(id, user));
        body.put("caseId", caseId);
        return body;
    }

    @GetMapping("/petitions/tracking/{code}")
    @Operation(summary = "Tra cứu theo mã: chỉ trạng thái, bước hiện tại và hạn — không có thông tin cá nhân")
    PublicTracking track(@PathVariable String code) {
        return tracking.lookup(code);
    }

    // --- cases

    @GetMapping("/cases")
    @Operation(summary = "Hồ sơ vụ việc trong phạm vi: lọc theo trạng thái, loại, lĩnh vực, địa bàn, quá hạn / sắp đến hạn, của tôi")
    Paged<PetitionCase> caseList(@RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
                                 @RequestParam(required = false) MatterCategory category, @RequestParam(required = false) MatterField field,
                                 @RequestParam(required = false) Long unit, @RequestParam(required = false) String due,
                                 @RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                                 @RequestParam(required = false) String dir, @AuthenticationPrincipal DanVanUser user) {
        return cases.search(user, new CaseSearch(q, status, category, field, unit, due, mine), PageQuery.of(page, size, sort, dir));
    }

    @GetMapping("/cases/overdue")
    @Operation(summary = "Hồ sơ quá hạn trong phạm vi (để cấp trên yêu cầu báo cáo, Luật Tố cáo 2018 Điều 38)")
    List<PetitionCase> overdue(@AuthenticationPrincipal DanVanUser user) {
        return cases.overdue(user);
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "Một hồ sơ: trạng thái, hạn và diễn giải, lịch sử chuyển trạng thái (chỉ thêm, không sửa), sự kiện thời hạn, thay đổi hạn")
    Map<String, Object> caseView(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        Cases.CaseView view = cases.view(id, user);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("case", view.petitionCase());
        body.put("remainingDays", view.petitionCase().remainingDays(cases.today()));
        body.put("overdue", view.petitionCase().overdueOn(cases.today()));
        body.put("rule", view.rule());
        body.put("explanation", view.clock().explanation());
        body.put("petitionIds", view.petitions().stream().map(Petition::id).toList());
        body.put("handlerIds", view.handlerIds());
        body.put("transitions", view.transitions());
        body.put("clockEvents", view.clockEvents());
        body.put("records", view.records());
        body.put("deadlineChanges", view.deadlineChanges());
        body.put("reportDemands", view.reportDemands());
        body.put("secondInstance", view.secondInstance().stream().map(PetitionCase::id).toList());
        return body;
    }

    record Assign(List<Long> handlerIds, Long leaderId, Integer version) {
    }

    record Text(String text, Integer version) {
    }

    record Dated(LocalDate on, String reason, Integer version) {
    }

    record Dialogue(LocalDate heldOn, String participants, String content, Integer version) {
    }

    record Variant(RuleVariant variant, String reason, Integer version) {
    }

    record Extension(Integer days, String reason, Integer version) {
    }

    record Conclusion(Long documentId, String summary, LocalDate on, Integer version) {
    }

    record Closure(LocalDate on, Satisfaction satisfaction, String note, Integer version) {
    }

    record SecondInstance(LocalDate receivedOn, Long handlingOrganizationId, String reason) {
    }

    @PostMapping("/cases/{id}/assign")
    @Operation(summary = "Phân công cán bộ giải quyết (CASE_HANDLER) và lãnh đạo phụ trách (LEADER)")
    Map<String, Object> assign(@PathVariable long id, @RequestBody Assign r, @AuthenticationPrincipal DanVanUser user) {
        cases.assign(id, r.version(), r.handlerIds(), r.leaderId(), user);
        return caseView(id, user);
    }

    @PostMapping("/cases/{id}/plan")
    @Operation(summary = "Kế hoạch xác minh")
    Map<String, Object> plan(@PathVariable long id, @RequestBody Text r, @AuthenticationPrincipal DanVanUser user) {
        cases.plan(id, r.version(), r.text(), user);
        return caseView(id, user);
    }

    @PostMapping("/cases/{id}/dialogue")
    @Operation(summary = "Biên bản đối thoại")
    Map<String, Object> dialogue(@PathVariable long id, @RequestBody Dialogue r, @AuthenticationPrincipal DanVanUser user) {
        cases.dialogue(id, r.version(), r.heldOn(), r.participants(), r.content(), user);
        return caseView(id, user);
    }

    @PostMapping("/cases/{id}/variant")
    @Operation(summary = "Đổi loại vụ việc (phức tạp, vùng sâu vùng xa, đặc biệt phức tạp): thời hạn theo dòng tương ứng của bảng quy định")
    Map<String, Object> variant(@PathVariable long id, @RequestBody Variant r, @AuthenticationPrincipal DanVanUser user) {
        cases.changeVariant(id, r.version(), r.variant(), r.reason(), user);
        return caseView(id, user);
    }

    @PostMapping("/cases/{id}/suspend")
    @Operation(summary = "Tạm đình chỉ (từ 01/7/2026 thời gian tạm đình chỉ không tính vào thời hạn — Luật 136/2025/QH15)")
    Map<String, Object> suspend(@PathVariable long id, @RequestBody Dated r, @AuthenticationPrincipal DanVanUser user) {
        cases.suspend(id, r.version(), r.on(), r.reason(), user);
        return caseView(id, user);
    }

    @PostMapping("/cases/{id}/resume")
    @Operation(summary = "Tiếp tục giải quyết sau tạm đình chỉ")
    Map<String, Object> resume(@PathVariable long id, @RequestBody Dated r, @AuthenticationPrincipal DanVanUser user) {
        cases.resume(id, r.version(), r.on(), r.reason(), user);
        return caseView(id, user);
    }

    @PostMapping("/cases/{id}/extend")
    @Operation(summary = "Gia hạn trong giới hạn luật định (Luật Tố cáo 2018 Điều 30: phức tạp một lần ≤ 30 ngày, đặc biệt phức tạp hai lần, mỗi lần ≤ 30 ngày)")
    Map<String, Object> extend(@PathVariable long id, @RequestBody Extension r, @AuthenticationPrincipal DanVanUser user) {
        cases.extend(id, r.version(), r.days() == null ? 0 : r.days(), r.reason(), user);
        return caseView(id, user);
    }

    @PostMapping("/cases/{id}/conclude")
    @Operation(summary = "Kết luận / quyết định giải quyết: văn bản trong sổ đăng ký văn bản (documentId); dừng đồng hồ thời hạn")
    Map<String, Object> conclude(@PathVariable long id, @RequestBody Conclusion r, @AuthenticationPrincipal DanVanUser user) {
        cases.conclude(id, r.version(), r.documentId(), r.summary(), r.on(), user);
        return caseView(id, user);
    }

    @PostMapping("/cases/{id}/notify")
    @Operation(summary = "Thông báo kết quả cho các bên")
    Map<String, Object> notifyParties(@PathVariable long id, @RequestBody Dated r, @AuthenticationPrincipal DanVanUser user) {
        cases.notifyParties(id, r.version(), r.on(), r.reason(), user);
        return caseView(id, user);
    }

    @PostMapping("/cases/{id}/close")
    @Operation(summary = "Đóng hồ sơ, ghi nhận mức độ hài lòng (SATISFIED | UNSATISFIED)")
    Map<String, Object> close(@PathVariable long id, @RequestBody Closure r, @AuthenticationPrincipal DanVanUser user) {
        cases.close(id, r.version(), r.on(), r.satisfaction(), r.note(), user);
        return caseView(id, user);
    }

    @PostMapping("/cases/{id}/second-instance")
    @Operation(summary = "Khiếu nại lần hai: mở hồ sơ liên kết (trong thời hạn Điều 33 Luật Khiếu nại 2011)")
    ResponseEntity<Map<String, Object>> secondInstance(@PathVariable long id, @RequestBody SecondInstance r, @AuthenticationPrincipal DanVanUser user) {
        if (r.handlingOrganizationId() == null) {
            throw new vn.danvan.system.RuleViolation("case.organization.invalid");
        }
        long second = cases.openSecondInstance(id, r.receivedOn(), r.handlingOrganizationId(), r.reason(), user);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + second)).body(caseView(second, user));
    }

    @PostMapping("/cases/{id}/report-demands")
    @Operation(summary = "Cấp trên yêu cầu báo cáo hồ sơ quá hạn (Luật Tố cáo 2018 Điều 38: trong 5 ngày làm việc)")
    Map<String, Object> demandReport(@PathVariable long id, @RequestBody Text r, @AuthenticationPrincipal DanVanUser user) {
        cases.demandReport(id, r.text(), user);
        return caseView(id, user);
    }

    @PostMapping("/cases/{id}/report-demands/{demandId}/report")
    @Operation(summary = "Báo cáo theo yêu cầu của cấp trên")
    Map<String, Object> report(@PathVariable long id, @PathVariable long demandId, @RequestBody Text r, @AuthenticationPrincipal DanVanUser user) {
        cases.report(id, demandId, r.text(), user);
        return caseView(id, user);
    }

    @GetMapping("/legal-rules")
    @Operation(summary = "Bảng thời hạn luật định (mọi phiên bản, với hiệu lực và căn cứ)")
    List<LegalRule> legalRules() {
        return rules.all();
    }
}
