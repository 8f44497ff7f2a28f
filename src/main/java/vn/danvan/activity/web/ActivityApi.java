package vn.danvan.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.activity.Activities;
import vn.danvan.activity.Activity;
import vn.danvan.activity.ActivityKind;
import vn.danvan.activity.ActivitySearch;
import vn.danvan.activity.Conclusion;
import vn.danvan.activity.FollowUp;
import vn.danvan.activity.Official;
import vn.danvan.org.DanVanUser;
import vn.danvan.program.DeadlineKind;
import vn.danvan.program.TaskStatus;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;

/**
 * REST API of events. Reads are scoped (organizer or a participant in the caller's scope, otherwise 404);
 * coordinators and the organizer's officers record and change events; creating a task from a conclusion needs a
 * coordinating role.
 */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Hội nghị, kiểm tra, đối thoại", description = "Hội nghị sơ kết, tổng kết, ký kết; đoàn kiểm tra, đoàn công tác; đối thoại; tiếp xúc cử tri; kết luận và nhiệm vụ phát sinh")
class ActivityApi {

    private final Activities activities;

    ActivityApi(Activities activities) {
        this.activities = activities;
    }

    @GetMapping
    @Operation(summary = "Tìm sự kiện trong phạm vi của người gọi (không phân biệt dấu) theo tên, địa điểm, cơ quan, đại biểu, kết luận; lọc theo loại, năm, cơ quan tổ chức hoặc tham dự; phân trang",
            description = "kind: CONFERENCE | SIGNING | INSPECTION | WORKING_DELEGATION | DIALOGUE | VOTER_MEETING; sort: date (mặc định, mới nhất trước), title, kind; dir: asc|desc")
    Paged<Activity> search(@AuthenticationPrincipal DanVanUser user,
                           @RequestParam(required = false) String q,
                           @RequestParam(required = false) ActivityKind kind,
                           @RequestParam(required = false) Integer year,
                           @RequestParam(required = false) Long organizationId,
                           @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) String sort,
                           @RequestParam(required = false) String dir) {
        return activities.search(new ActivitySearch(q, kind, year, organizationId), user.scope(),
                PageQuery.of(page, size, sort, dir == null && sort == null ? "desc" : dir));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một sự kiện với thành phần, văn bản, kết luận và các nhiệm vụ phát sinh kèm tình trạng hiện tại; 404 ngoài phạm vi",
            description = "followUps[].status là null khi nhiệm vụ do cơ quan ngoài phạm vi của người gọi chủ trì")
    ActivityDetail get(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        Activity activity = activities.get(id, user.scope());
        return new ActivityDetail(activity, activities.conclusions(id, user.scope()),
                activities.followUps(id, user.scope()).stream().map(FollowUpDto::of).toList());
    }

    @PostMapping
    @Operation(summary = "Ghi nhận sự kiện: loại, tên, ngày (đến ngày), địa điểm, cơ quan tổ chức, cơ quan tham dự, đại biểu (họ tên, chức vụ, cơ quan, vai trò), văn bản, biên bản",
            description = "officials[].role: CHAIR | GUEST | HEAD | MEMBER | ATTENDEE. Cơ quan phải còn hoạt động vào ngày diễn ra sự kiện.")
    ResponseEntity<ActivityDetail> create(@RequestBody Activities.NewActivity request, @AuthenticationPrincipal DanVanUser user) {
        long id = activities.create(request, user);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + id)).body(get(id, user));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa sự kiện (thay thành phần và đại biểu; văn bản giữ nguyên); version cũ → 409")
    ActivityDetail update(@PathVariable long id, @RequestBody Update request, @AuthenticationPrincipal DanVanUser user) {
        activities.update(id, request.version(), new Activities.NewActivity(request.kind(), request.title(), request.heldOn(),
                request.endsOn(), request.place(), request.organizerId(), request.minutes(), request.participantIds(),
                request.officials(), null), user);
        return get(id, user);
    }

    @PostMapping("/{id}/conclusions")
    @Operation(summary = "Thêm một kết luận (sự kiện đã diễn ra)")
    ResponseEntity<ActivityDetail> addConclusion(@PathVariable long id, @RequestBody NewConclusion request,
                                                 @AuthenticationPrincipal DanVanUser user) {
        activities.addConclusion(id, request.content(), user);
        return ResponseEntity.status(201).body(get(id, user));
    }

    @PostMapping("/{id}/conclusions/{conclusionId}/tasks")
    @Operation(summary = "Tạo nhiệm vụ từ kết luận trong một bước: kế hoạch, cơ quan chủ trì, thời hạn; tên mặc định là nội dung kết luận",
            description = "deadlineKind: DATE | QUARTER | HALF_YEAR | YEAR; thời hạn phải thuộc năm của kế hoạch. Trả về nhiệm vụ đã tạo (xem /api/v1/tasks/{id}).")
    ResponseEntity<FollowUpDto> createFollowUp(@PathVariable long id, @PathVariable long conclusionId,
                                               @RequestBody Activities.NewFollowUp request, @AuthenticationPrincipal DanVanUser user) {
        long taskId = activities.createFollowUp(id, conclusionId, request, user);
        FollowUpDto created = activities.followUps(id, user.scope()).stream().filter(f -> f.taskId() == taskId)
                .map(FollowUpDto::of).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + taskId)).body(created);
    }

    record Update(int version, ActivityKind kind, String title, LocalDate heldOn, LocalDate endsOn, String place, Long organizerId,
                  String minutes, List<Long> participantIds, List<Official> officials) {
    }

    record NewConclusion(String content) {
    }

    record ActivityDetail(Activity activity, List<Conclusion> conclusions, List<FollowUpDto> followUps) {
    }

    record FollowUpDto(long conclusionId, long taskId, String title, Long leadOrganizationId, LocalDate dueDate,
                       DeadlineKind deadlineKind, TaskStatus status, Integer percent) {
        static FollowUpDto of(FollowUp f) {
            if (!f.isVisible()) {
                return new FollowUpDto(f.conclusionId(), f.taskId(), null, null, null, null, null, null);
            }
            var t = f.row().task();
            return new FollowUpDto(f.conclusionId(), f.taskId(), t.title(), t.leadOrganizationId(), t.deadline().dueDate(),
                    t.deadline().kind(), f.row().status(), f.row().percent());
        }
    }
}
