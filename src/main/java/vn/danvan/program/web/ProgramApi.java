package vn.danvan.program.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.org.DanVanUser;
import vn.danvan.program.DeadlineKind;
import vn.danvan.program.Plan;
import vn.danvan.program.Program;
import vn.danvan.program.ProgramPlans;
import vn.danvan.program.ProgressUpdate;
import vn.danvan.program.RecurringPeriod;
import vn.danvan.program.Task;
import vn.danvan.program.TaskCounts;
import vn.danvan.program.TaskGroup;
import vn.danvan.program.TaskRow;
import vn.danvan.program.TaskStatus;

/** REST API of programs, plans, tasks, progress and counts. Reads are scoped; creating and adjusting need a coordinating role. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Chương trình, kế hoạch, nhiệm vụ", description = "Chương trình phối hợp, kế hoạch, nhiệm vụ, tiến độ và số liệu tổng hợp")
class ProgramApi {

    static final String COORDINATORS = "hasAnyRole('COORDINATOR','LEADER','ADMIN')";

    private final ProgramPlans plans;
    private final MessageSource messages;

    ProgramApi(ProgramPlans plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping("/programs")
    @Operation(summary = "Các chương trình phối hợp / hành động, kèm nội dung và các bên")
    List<Program> programs() {
        return plans.programs();
    }

    @GetMapping("/programs/{id}")
    @Operation(summary = "Một chương trình với nội dung, trách nhiệm từng bên")
    Program program(@PathVariable long id) {
        return plans.program(id);
    }

    @PostMapping("/programs")
    @PreAuthorize(COORDINATORS)
    @Operation(summary = "Tạo chương trình (các bên, nội dung và trách nhiệm của từng bên)")
    ResponseEntity<Program> createProgram(@RequestBody ProgramPlans.NewProgram request) {
        long id = plans.createProgram(request);
        return ResponseEntity.created(URI.create("/api/v1/programs/" + id)).body(plans.program(id));
    }

    @GetMapping("/plans")
    @Operation(summary = "Các kế hoạch, mới nhất trước")
    List<Plan> planList() {
        return plans.plans(null);
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "Một kế hoạch với các nhóm nhiệm vụ")
    PlanDto plan(@PathVariable long id) {
        return new PlanDto(plans.plan(id), plans.groups(id));
    }

    @PostMapping("/plans")
    @PreAuthorize(COORDINATORS)
    @Operation(summary = "Tạo kế hoạch (năm hoặc chuyên đề), kèm tên các nhóm nhiệm vụ theo thứ tự")
    ResponseEntity<PlanDto> createPlan(@RequestBody ProgramPlans.NewPlan request) {
        long id = plans.createPlan(request);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(plan(id));
    }

    @GetMapping("/plans/{id}/tasks")
    @Operation(summary = "Nhiệm vụ của kế hoạch trong phạm vi của người gọi, với tình trạng tính từ tiến độ và thời hạn")
    List<TaskDto> tasks(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        return plans.tasksOfPlan(id, user.scope()).stream().map(TaskDto::of).toList();
    }

    @PostMapping("/plans/{id}/tasks")
    @PreAuthorize(COORDINATORS)
    @Operation(summary = "Giao nhiệm vụ: chủ trì, phối hợp, thời hạn (DATE | QUARTER | HALF_YEAR | YEAR | RECURRING), căn cứ")
    ResponseEntity<TaskDto> createTask(@PathVariable long id, @RequestBody NewTaskDto request, @AuthenticationPrincipal DanVanUser user) {
        long taskId = plans.createTask(request.toRequest(id));
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + taskId)).body(TaskDto.of(plans.task(taskId, user.scope())));
    }

    @GetMapping("/plans/{id}/counts")
    @Operation(summary = "Số liệu của kế hoạch: hoàn thành / đang triển khai / chưa thực hiện, bốn nhóm của Văn phòng Chính phủ, theo cơ quan và theo nhóm",
            description = "sentence: câu như trong báo cáo và trên trang kế hoạch, ví dụ \"hoàn thành 73/102 nhiệm vụ (71,6%)\";"
                    + " bằng tiếng Anh với ?lang=en; all.progress: tiến độ chung, bình quân các nhóm theo trọng số nhóm"
                    + " (nhiệm vụ không thuộc nhóm nào tính như một nhóm trọng số 1)")
    CountsDto counts(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        List<TaskRow> rows = plans.tasksOfPlan(id, user.scope());
        TaskCounts all = ProgramPlans.countPlan(rows, plans.groups(id));
        // the plan page's own wording (task.counts.done), in the caller's language
        String sentence = messages.getMessage("task.counts.done", new Object[] {all.done(), all.total(), all.doneShare()},
                LocaleContextHolder.getLocale());
        return new CountsDto(all, sentence,
                ProgramPlans.countBy(rows, r -> r.task().leadOrganizationId()),
                ProgramPlans.countBy(rows, r -> r.task().groupId() == null ? 0L : r.task().groupId()));
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "Một nhiệm vụ với lịch sử tiến độ (mới nhất trước); 404 ngoài phạm vi")
    TaskDetail task(@PathVariable long id, @AuthenticationPrincipal DanVanUser user) {
        return new TaskDetail(TaskDto.of(plans.task(id, user.scope())), plans.history(id, user.scope()), plans.legalBasis(id));
    }

    @PostMapping("/tasks/{id}/progress")
    @Operation(summary = "Báo cáo tiến độ (cán bộ cơ quan chủ trì hoặc phối hợp, hoặc điều phối viên); chỉ thêm, không sửa lịch sử")
    ResponseEntity<TaskDetail> report(@PathVariable long id, @RequestBody ProgramPlans.NewProgress request,
                                      @AuthenticationPrincipal DanVanUser user) {
        plans.reportProgress(id, user, request);
        return ResponseEntity.status(201).body(task(id, user));
    }

    @PutMapping("/tasks/{id}")
    @PreAuthorize(COORDINATORS)
    @Operation(summary = "Điều chỉnh nhiệm vụ (tên, thời hạn, trọng số) kèm lý do; version cũ → 409")
    TaskDto adjust(@PathVariable long id, @RequestBody ProgramPlans.Adjustment request, @AuthenticationPrincipal DanVanUser user) {
        plans.adjust(id, request, user);
        return TaskDto.of(plans.task(id, user.scope()));
    }

    @PostMapping("/tasks/{id}/cancel")
    @PreAuthorize(COORDINATORS)
    @Operation(summary = "Hủy nhiệm vụ kèm lý do; version cũ → 409")
    TaskDto cancel(@PathVariable long id, @RequestBody Map<String, Object> request, @AuthenticationPrincipal DanVanUser user) {
        plans.cancel(id, ((Number) request.get("version")).intValue(), (String) request.get("reason"), user);
        return TaskDto.of(plans.task(id, user.scope()));
    }

    record PlanDto(Plan plan, List<TaskGroup> groups) {
    }

    record NewTaskDto(Long groupId, Long contentId, String title, String description, String expectedOutput, Long leadOrganizationId,
                      List<Long> coordinatorIds, DeadlineKind deadlineKind, LocalDate dueDate, Integer period,
                      RecurringPeriod recurringPeriod, Task.Priority priority, Integer weight, List<Long> legalBasisIds) {
        ProgramPlans.NewTask toRequest(long planId) {
            return new ProgramPlans.NewTask(planId, groupId, contentId, title, description, expectedOutput, leadOrganizationId,
                    coordinatorIds, deadlineKind, dueDate, period, recurringPeriod, priority, weight, legalBasisIds);
        }
    }

    record TaskDto(long id, long planId, Long groupId, Long contentId, int ordinal, String title, String description,
                   String expectedOutput, long leadOrganizationId, List<Long> coordinatorIds, DeadlineKind deadlineKind,
                   Integer period, LocalDate dueDate, RecurringPeriod recurringPeriod, Task.Priority priority, int weight,
                   String cancelledReason, String adjustedReason, int version, TaskStatus status, int percent,
                   LocalDate lastReportedOn) {
        static TaskDto of(TaskRow r) {
            Task t = r.task();
            return new TaskDto(t.id(), t.planId(), t.groupId(), t.contentId(), t.ordinal(), t.title(), t.description(),
                    t.expectedOutput(), t.leadOrganizationId(), t.coordinatorIds(), t.deadline().kind(), t.deadline().period(),
                    t.deadline().dueDate(), t.deadline().recurringPeriod(), t.priority(), t.weight(), t.cancelledReason(),
                    t.adjustedReason(), t.version(), r.status(), r.percent(), r.latest() == null ? null : r.latest().reportedOn());
        }
    }

    record TaskDetail(TaskDto task, List<ProgressUpdate> history, List<Long> legalBasisIds) {
    }

    record CountsDto(TaskCounts all, String sentence, Map<Long, TaskCounts> byLeadOrganization, Map<Long, TaskCounts> byGroup) {
    }

}
