package vn.danvan.program;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditTrail;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.Scope;
import vn.danvan.program.internal.ProgramRepository;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.VietnameseText;

/**
 * Programs, plans and tasks: creating them, reporting progress, cancelling and adjusting, and reading them
 * within the caller's scope. A task is in scope when its lead or one of its coordinating organizations is.
 */
@Service
public class ProgramPlans {

    private static final Set<Role> COORDINATING_ROLES = Set.of(Role.COORDINATOR, Role.LEADER, Role.ADMIN);

    private final ProgramRepository repository;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final Clock clock;

    public ProgramPlans(ProgramRepository repository, Organizations organizations, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VietnameseFormat.ZONE));
    }

    // --- programs and plans

    public record NewProgram(Long documentId, Program.Kind kind, String title, int fromYear, int toYear, String note,
                             List<Long> partyIds, List<NewContent> contents) {
    }

    public record NewContent(String title, Map<Long, String> responsibilities) {
    }

    @Transactional
    public long createProgram(NewProgram request) {
        String title = required(request.title(), "program.title.required");
        if (request.toYear() < request.fromYear()) {
            throw new RuleViolation("program.years.invalid");
        }
        List<Long> parties = request.partyIds() == null ? List.of() : request.partyIds().stream().distinct().toList();
        parties.forEach(this::organizationInForce);
        long id = repository.insertProgram(request.documentId(), request.kind() == null ? Program.Kind.COORDINATION : request.kind(),
                title, request.fromYear(), request.toYear(), blankToNull(request.note()), now(), actor());
        for (int i = 0; i < parties.size(); i++) {
            repository.insertParty(id, parties.get(i), i + 1);
        }
        int ordinal = 1;
        for (NewContent content : request.contents() == null ? List.<NewContent>of() : request.contents()) {
            long contentId = repository.insertContent(id, ordinal++, required(content.title(), "program.content.required"));
            if (content.responsibilities() != null) {
                content.responsibilities().forEach((org, text) -> repository.insertResponsibility(contentId, org, text));
            }
        }
        audit.record("PROGRAM_CREATED", "program", id, title);
        return id;
    }

    @Transactional(readOnly = true)
    public List<Program> programs() {
        return repository.findPrograms();
    }

    @Transactional(readOnly = true)
    public Program program(long id) {
        return repository.findProgram(id).orElseThrow(() -> new NotFoundException("program.notFound"));
    }

    public record NewPlan(Long documentId, Long programId, Long issuingOrganizationId, Integer year, String title, Plan.Kind kind,
                          List<String> groups) {
    }

    @Transactional
    public long createPlan(NewPlan request) {
        String title = required(request.title(), "plan.title.required");
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            throw new RuleViolation("plan.year.invalid");
        }
        if (request.issuingOrganizationId() == null) {
            throw new RuleViolation("plan.issuer.required");
        }
        organizationInForce(request.issuingOrganizationId());
        if (request.programId() != null) {
            Program program = program(request.programId());
            if (request.year() < program.fromYear() || request.year() > program.toYear()) {
                throw new RuleViolation("plan.year.outsideProgram", program.fromYear(), program.toYear());
            }
        }
        long id = repository.insertPlan(request.documentId(), request.programId(), request.issuingOrganizationId(), request.year(),
                title, request.kind() == null ? Plan.Kind.ANNUAL : request.kind(), now(), actor());
        int ordinal = 1;
        for (String group : request.groups() == null ? List.<String>of() : request.groups()) {
            repository.insertGroup(id, ordinal++, required(group, "plan.group.required"), 1);
        }
        audit.record("PLAN_CREATED", "plan", id, title);
        return id;
    }

    @Transactional(readOnly = true)
    public List<Plan> plans(Long programId) {
        return repository.findPlans(programId);
    }

    @Transactional(readOnly = true)
    public Plan plan(long id) {
        return repository.findPlan(id).orElseThrow(() -> new NotFoundException("plan.notFound"));
    }

    @Transactional(readOnly = true)
    public List<TaskGroup> groups(long planId) {
        return repository.findGroups(planId);
    }

    // --- tasks

    public record NewTask(long planId, Long groupId, Long contentId, String title, String description, String expectedOutput,
                          Long leadOrganizationId, List<Long> coordinatorIds, DeadlineKind deadlineKind, LocalDate dueDate,
                          Integer period, RecurringPeriod recurringPeriod, Task.Priority priority, Integer weight,
                          List<Long> legalBasisIds) {
    }

    @Transactional
    public long createTask(NewTask request) {
        Plan plan = plan(request.planId());
        String title = required(request.title(), "task.title.required");
        if (request.leadOrganizationId() == null) {
            throw new RuleViolation("task.lead.required");
        }
        organizationInForce(request.leadOrganizationId());
        List<Long> coordinators = request.coordinatorIds() == null ? List.of()
                : request.coordinatorIds().stream().filter(Objects::nonNull).distinct().toList();
        if (coordinators.contains(request.leadOrganizationId())) {
            throw new RuleViolation("task.coordinator.isLead");
        }
        coordinators.forEach(this::organizationInForce);
        TaskDeadline deadline = deadline(plan, request.deadlineKind(), request.dueDate(), request.period(), request.recurringPeriod());
        if (request.groupId() != null && repository.findGroups(plan.id()).stream().noneMatch(g -> g.id() == request.groupId())) {
            throw new RuleViolation("task.group.unknown");
        }
        int weight = weight(request.weight());
        long id = repository.insertTask(plan.id(), request.groupId(), request.contentId(), title, blankToNull(request.description()),
                blankToNull(request.expectedOutput()), request.leadOrganizationId(), deadline,
                request.priority() == null ? Task.Priority.NORMAL : request.priority(), weight, now(), actor());
        coordinators.forEach(c -> repository.insertCoordinator(id, c));
        if (request.legalBasisIds() != null) {
            request.legalBasisIds().stream().filter(Objects::nonNull).distinct().forEach(d -> repository.insertLegalBasis(id, d));
        }
        audit.record("TASK_CREATED", "task", id, title);
        return id;
    }

    private static TaskDeadline deadline(Plan plan, DeadlineKind kind, LocalDate date, Integer period, RecurringPeriod every) {
        TaskDeadline deadline = TaskDeadline.of(kind, plan.year(), date, period, every);
        if (deadline.dueDate().getYear() != plan.year()) {
            throw new RuleViolation("task.deadline.outsidePlanYear", plan.year());
        }
        return deadline;
    }

    private static int weight(Integer weight) {
        if (weight == null) {
            return 1;
        }
        if (weight < 1 || weight > 100) {
            throw new RuleViolation("task.weight.invalid");
        }
        return weight;
    }

    /** A task the caller may see; otherwise 404, whether it exists or not. */
    @Transactional(readOnly = true)
    public TaskRow task(long id, Scope scope) {
        Task task = repository.findTask(id).filter(t -> visible(t, scope))
                .orElseThrow(() -> new NotFoundException("task.notFound"));
        return row(task, repository.latest(List.of(id)).get(id), today());
    }

    @Transactional(readOnly = true)
    public List<ProgressUpdate> history(long taskId, Scope scope) {
        task(taskId, scope);
        return repository.history(taskId);
    }

    @Transactional(readOnly = true)
    public List<Long> legalBasis(long taskId) {
        return repository.legalBasis(taskId);
    }

    /** "Việc của tôi": the caller's organization's tasks as lead or coordinator, open ones due soonest first. */
    @Transactional(readOnly = true)
    public List<TaskRow> mine(DanVanUser user) {
        if (user.organizationId() == null) {
            return List.of();
        }
        return rows(repository.findTasksInvolving(List.of(user.organizationId()))).stream()
                .sorted(Comparator.comparing((TaskRow r) -> r.status().isDone() || r.status() == TaskStatus.CANCELLED)
                        .thenComparing(r -> r.task().deadline().dueDate())
                        .thenComparing(r -> r.task().id()))
                .toList();
    }

    /** The tasks of a plan that the caller may see, in the plan's order. */
    @Transactional(readOnly = true)
    public List<TaskRow> tasksOfPlan(long planId, Scope scope) {
        plan(planId);
        return rows(inScope(repository.findTasksOfPlan(planId), scope), repository.latestOfPlan(planId));
    }

    @Transactional(readOnly = true)
    public List<TaskRow> tasksOfProgram(long programId, Scope scope) {
        program(programId);
        return rows(inScope(repository.findTasksOfProgram(programId), scope));
    }

    public static TaskCounts count(Collection<TaskRow> rows) {
        return TaskCounts.of(rows.stream().map(TaskRow::entry).toList());
    }

    /** Counts per key (organization, group, content), in the keys' order of first appearance. */
    public static <K> Map<K, TaskCounts> countBy(Collection<TaskRow> rows, Function<TaskRow, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.collectingAndThen(
                Collectors.toList(), ProgramPlans::count)));
    }

    private List<TaskRow> rows(List<Task> tasks) {
        return rows(tasks, repository.latest(tasks.stream().map(Task::id).toList()));
    }

    private List<TaskRow> rows(List<Task> tasks, Map<Long, ProgressUpdate> latest) {
        LocalDate today = today();
        return tasks.stream().map(t -> row(t, latest.get(t.id()), today)).toList();
    }

    private static TaskRow row(Task task, ProgressUpdate latest, LocalDate today) {
        return new TaskRow(task, TaskStatus.of(task, latest, today), latest);
    }

    private List<Task> inScope(List<Task> tasks, Scope scope) {
        if (scope.isAll()) {
            return tasks;
        }
        Set<Long> ids = new HashSet<>();
        organizations.currentInScope(scope).forEach(o -> ids.add(o.id()));
        return tasks.stream().filter(t -> ids.contains(t.leadOrganizationId()) || t.coordinatorIds().stream().anyMatch(ids::contains))
                .toList();
    }

    private boolean visible(Task task, Scope scope) {
        if (scope.isAll()) {
            return true;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(task.leadOrganizationId()), task.coordinatorIds().stream())
                .map(organizations::find).flatMap(java.util.Optional::stream)
                .anyMatch(o -> organizations.covers(scope, o));
    }

    // --- progress

    public record NewProgress(LocalDate reportedOn, Integer percent, String milestone, String note, Boolean done) {
        public boolean isDone() {
            return Boolean.TRUE.equals(done);
        }
    }

    /** Whether the caller may report on the task: an officer of its lead or a coordinating organization, or a coordinator. */
    public boolean mayReport(TaskRow row, DanVanUser user) {
        if (row.status() == TaskStatus.CANCELLED) {
            return false;
        }
        return (user.organizationId() != null && row.task().involves(user.organizationId()))
                || COORDINATING_ROLES.contains(user.role());
    }

    public boolean mayCoordinate(DanVanUser user) {
        return COORDINATING_ROLES.contains(user.role());
    }

    /** Appends a progress update; the history is never overwritten. */
    @Transactional
    public long reportProgress(long taskId, DanVanUser user, NewProgress progress) {
        TaskRow row = task(taskId, user.scope());
        if (row.status() == TaskStatus.CANCELLED) {
            throw new RuleViolation("progress.cancelled");
        }
        if (!mayReport(row, user)) {
            throw new AccessDeniedException("not involved in task " + taskId);
        }
        if (progress.reportedOn() == null) {
            throw new RuleViolation("progress.date.required");
        }
        if (progress.reportedOn().isAfter(today())) {
            throw new RuleViolation("progress.date.future", VietnameseFormat.date(today()));
        }
        int percent = progress.isDone() ? 100 : progress.percent() == null ? -1 : progress.percent();
        if (percent < 0 || percent > 100) {
            throw new RuleViolation("progress.percent.range");
        }
        Long organizationId = user.organizationId() != null && row.task().involves(user.organizationId())
                ? user.organizationId() : row.task().leadOrganizationId();
        long id = repository.insertUpdate(taskId, progress.reportedOn(), percent, blankToNull(progress.milestone()),
                blankToNull(progress.note()), progress.isDone(), user.getUsername(), organizationId, now());
        audit.record("TASK_PROGRESS_REPORTED", "task", taskId, percent + "%" + (progress.isDone() ? " (hoàn thành)" : "")
                + (progress.note() == null || progress.note().isBlank() ? "" : ": " + progress.note().strip()));
        return id;
    }

    // --- coordinator's changes

    @Transactional
    public void cancel(long taskId, int version, String reason, DanVanUser user) {
        requireCoordinator(user);
        TaskRow row = task(taskId, user.scope());
        String why = required(reason, "task.reason.required");
        if (!repository.cancel(taskId, version, why)) {
            throw new ConcurrentChange();
        }
        audit.record("TASK_CANCELLED", "task", taskId, row.task().title() + ": " + why);
    }

    public record Adjustment(int version, String title, DeadlineKind deadlineKind, LocalDate dueDate, Integer period,
                             RecurringPeriod recurringPeriod, Integer weight, String reason) {
    }

    /** Changes a task's title, deadline or weight, with a reason; a stale version is refused and nothing is lost. */
    @Transactional
    public void adjust(long taskId, Adjustment change, DanVanUser user) {
        requireCoordinator(user);
        TaskRow row = task(taskId, user.scope());
        String why = required(change.reason(), "task.reason.required");
        String title = required(change.title(), "task.title.required");
        Plan plan = plan(row.task().planId());
        TaskDeadline deadline = deadline(plan, change.deadlineKind(), change.dueDate(), change.period(), change.recurringPeriod());
        if (!repository.adjust(taskId, change.version(), title, deadline, weight(change.weight()), why)) {
            throw new ConcurrentChange();
        }
        audit.record("TASK_ADJUSTED", "task", taskId, title + " — hạn " + VietnameseFormat.date(deadline.dueDate()) + ": " + why);
    }

    private void requireCoordinator(DanVanUser user) {
        if (!mayCoordinate(user)) {
            throw new AccessDeniedException("coordinators only");
        }
    }

    // --- helpers

    private Organization organizationInForce(long id) {
        return organizations.find(id).filter(Organization::isCurrent)
                .orElseThrow(() -> new RuleViolation("task.organization.notInForce"));
    }

    private static String required(String value, String key) {
        String normalized = VietnameseText.normalize(value);
        if (normalized == null || normalized.isBlank()) {
            throw new RuleViolation(key);
        }
        return normalized;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? AuditTrail.SYSTEM_ACTOR : authentication.getName();
    }
}
