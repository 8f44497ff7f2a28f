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
                throw new RuleViolation("plan.year.outsideProgram", String.valueOf(program.fromYear()), String.valueOf(program.toYear()));
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
            throw new RuleViolation("task.deadline.outsidePlanYear", String.valueOf(plan.year()));
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

    /** A plan's counts: those of its tasks, with the progress weighing the plan's task groups ({@link Rollup#ofPlan}). */
    public static TaskCounts countPlan(Collection<TaskRow> rows, Collection<TaskGroup> groups) {
        return count(rows).withProgress(Rollup.ofPlan(rows, groups));
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

    /**
     * The tasks whose lead or a coordinator the scope covers, dissolved or merged bodies included: a task of the Ban
     * Dân vận before 2025 stays in the lists and counts of whoever may open it by id ({@link #visible}).
     */
    private List<Task> inScope(List<Task> tasks, Scope scope) {
        if (scope.isAll()) {
            return tasks;
        }
        Set<Long> ids = new HashSet<>();
        organizations.allInScope(scope).forEach(o -> ids.add(o.id()));
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

    // --- program-import: task groups added after a plan is created, and a plan's tasks whatever the scope

    /** Adds a task group at the end of a plan's groups (an import naming a new group, a copied plan). */
    @Transactional
    public long addGroup(long planId, String title, int weight) {
        Plan plan = plan(planId);
        String name = required(title, "plan.group.required");
        long id = repository.insertGroup(plan.id(), repository.nextGroupOrdinal(plan.id()), name, Math.max(1, weight));
        audit.record("TASK_GROUP_CREATED", "plan", plan.id(), name);
        return id;
    }

    /**
     * Every task of a plan with its status, whoever asks: for the coordinator's whole-plan tools (copying a plan
     * to the next year, checking an import for tasks already there), never for showing to a narrower scope.
     */
    @Transactional(readOnly = true)
    public List<TaskRow> allTasksOfPlan(long planId) {
        plan(planId);
        return rows(repository.findTasksOfPlan(planId));
    }

    // --- program-forms: coordinators create and edit programs, plans, task groups and tasks through the screens.
    // Every edit carries the version the person read; a stale one changes nothing and raises ConcurrentChange.
    // The audit summary of an edit lists what changed ("Tên: A → B"), so the second writer can be shown it.

    /** A program content as edited in the form: id null for a new one; responsibilities by party. */
    public record EditedContent(Long id, String title, Map<Long, String> responsibilities) {
    }

    public record ProgramEdit(Long documentId, Program.Kind kind, String title, Integer fromYear, Integer toYear, String note,
                              List<Long> partyIds, List<EditedContent> contents) {
    }

    /** A task group as edited in the plan's form, in the wanted order: id null for a new one. */
    public record GroupEdit(Long id, String title, Integer weight) {
    }

    public record PlanEdit(Long documentId, Long programId, Long issuingOrganizationId, Integer year, String title, Plan.Kind kind,
                           List<GroupEdit> groups) {
    }

    public record TaskEdit(Long groupId, Long contentId, String title, String description, String expectedOutput,
                           Long leadOrganizationId, List<Long> coordinatorIds, DeadlineKind deadlineKind, LocalDate dueDate,
                           Integer period, RecurringPeriod recurringPeriod, Task.Priority priority, Integer weight,
                           List<Long> legalBasisIds) {
    }

    /** Creates a program from the coordinator's form: the same rules as {@link #createProgram(NewProgram)}, plus the form's. */
    @Transactional
    public long createProgram(ProgramEdit request, DanVanUser user) {
        requireCoordinator(user);
        List<Long> parties = distinct(request.partyIds());
        checkProgramFields(request, parties);
        parties.forEach(this::organizationInForce);
        List<NewContent> contents = request.contents() == null ? List.of() : request.contents().stream()
                .map(c -> new NewContent(c.title(), responsibilities(c))).toList();
        return createProgram(new NewProgram(request.documentId(), request.kind(), request.title(), request.fromYear(),
                request.toYear(), request.note(), parties, contents));
    }

    /** Changes a program, its parties and its contents; a content that tasks follow cannot be removed. */
    @Transactional
    public void updateProgram(long id, int version, ProgramEdit request, DanVanUser user) {
        requireCoordinator(user);
        Program before = program(id);
        List<Long> parties = distinct(request.partyIds());
        checkProgramFields(request, parties);
        parties.stream().filter(p -> !before.partyIds().contains(p)).forEach(this::organizationInForce);
        String title = required(request.title(), "program.title.required");
        for (Plan plan : repository.findPlans(id)) {
            if (plan.year() < request.fromYear() || plan.year() > request.toYear()) {
                throw new RuleViolation("program.years.plansOutside", plan.title(), String.valueOf(plan.year()));
            }
        }
        Program.Kind kind = request.kind() == null ? before.kind() : request.kind();
        if (!repository.updateProgram(id, version, request.documentId(), kind, title, request.fromYear(), request.toYear(),
                blankToNull(request.note()))) {
            throw new ConcurrentChange();
        }
        repository.deleteParties(id);
        for (int i = 0; i < parties.size(); i++) {
            repository.insertParty(id, parties.get(i), i + 1);
        }
        List<EditedContent> contents = request.contents() == null ? List.of() : request.contents();
        Set<Long> kept = new HashSet<>();
        for (EditedContent content : contents) {
            if (content.id() != null) {
                if (before.contents().stream().noneMatch(c -> c.id() == content.id())) {
                    throw new RuleViolation("program.content.unknown");
                }
                kept.add(content.id());
            }
        }
        for (Program.Content old : before.contents()) {
            if (!kept.contains(old.id())) {
                if (repository.contentHasTasks(old.id())) {
                    throw new RuleViolation("program.content.inUse", old.title());
                }
                repository.deleteContent(old.id());
            }
        }
        repository.releaseContentOrdinals(id);
        int ordinal = 1;
        for (EditedContent content : contents) {
            String contentTitle = required(content.title(), "program.content.required");
            long contentId;
            if (content.id() == null) {
                contentId = repository.insertContent(id, ordinal++, contentTitle);
            } else {
                contentId = content.id();
                repository.updateContent(contentId, ordinal++, contentTitle);
                repository.deleteResponsibilities(contentId);
            }
            responsibilities(content).forEach((org, text) -> repository.insertResponsibility(contentId, org, text));
        }
        Program after = program(id);
        Changes changes = new Changes()
                .add("Tên", before.title(), after.title())
                .add("Loại", before.kind(), after.kind())
                .add("Giai đoạn", before.fromYear() + "–" + before.toYear(), after.fromYear() + "–" + after.toYear())
                .add("Văn bản", before.documentId(), after.documentId())
                .add("Ghi chú", before.note(), after.note())
                .add("Các bên", names(before.partyIds()), names(after.partyIds()))
                .add("Nội dung", before.contents().stream().map(Program.Content::title).toList(),
                        after.contents().stream().map(Program.Content::title).toList())
                .add("Trách nhiệm", before.contents().stream().map(Program.Content::responsibilities).toList(),
                        after.contents().stream().map(Program.Content::responsibilities).toList());
        audit.record("PROGRAM_UPDATED", "program", id, after.title() + " — " + changes);
    }

    private static void checkProgramFields(ProgramEdit request, List<Long> parties) {
        required(request.title(), "program.title.required");
        if (request.fromYear() == null || request.toYear() == null || request.fromYear() < 1945 || request.toYear() > 2100) {
            throw new RuleViolation("program.years.required");
        }
        if (request.toYear() < request.fromYear()) {
            throw new RuleViolation("program.years.invalid");
        }
        if (request.contents() != null) {
            for (EditedContent content : request.contents()) {
                required(content.title(), "program.content.required");
                if (content.responsibilities() != null) {
                    content.responsibilities().forEach((org, text) -> {
                        if (text != null && !text.isBlank() && !parties.contains(org)) {
                            throw new RuleViolation("program.responsibility.notParty", content.title());
                        }
                    });
                }
            }
        }
    }

    /** The responsibilities actually written, normalized; blank ones are no responsibility. */
    private static Map<Long, String> responsibilities(EditedContent content) {
        Map<Long, String> written = new LinkedHashMap<>();
        if (content.responsibilities() != null) {
            content.responsibilities().forEach((org, text) -> {
                if (org != null && text != null && !text.isBlank()) {
                    written.put(org, VietnameseText.normalize(text).strip());
                }
            });
        }
        return written;
    }

    /** Creates a plan with its groups (title and weight, in order) from the coordinator's form. */
    @Transactional
    public long createPlan(PlanEdit request, DanVanUser user) {
        requireCoordinator(user);
        long id = createPlan(new NewPlan(request.documentId(), request.programId(), request.issuingOrganizationId(), request.year(),
                request.title(), request.kind(), List.of()));
        applyGroups(id, request.groups());
        return id;
    }

    /**
     * Changes a plan and its groups. Its year cannot change once it has tasks (their deadlines were read in that
     * year), nor its program while tasks follow contents of the former one.
     */
    @Transactional
    public void updatePlan(long id, int version, PlanEdit request, DanVanUser user) {
        requireCoordinator(user);
        Plan before = plan(id);
        List<TaskGroup> groupsBefore = repository.findGroups(id);
        String title = required(request.title(), "plan.title.required");
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            throw new RuleViolation("plan.year.invalid");
        }
        if (request.issuingOrganizationId() == null) {
            throw new RuleViolation("plan.issuer.required");
        }
        if (request.issuingOrganizationId() != before.issuingOrganizationId()) {
            organizationInForce(request.issuingOrganizationId());
        }
        if (request.programId() != null) {
            Program program = program(request.programId());
            if (request.year() < program.fromYear() || request.year() > program.toYear()) {
                throw new RuleViolation("plan.year.outsideProgram", String.valueOf(program.fromYear()), String.valueOf(program.toYear()));
            }
        }
        if (request.year() != before.year() && repository.countTasksOfPlan(id) > 0) {
            throw new RuleViolation("plan.year.hasTasks", String.valueOf(before.year()));
        }
        if (!Objects.equals(request.programId(), before.programId()) && repository.planHasTasksOnOtherContents(id, request.programId())) {
            throw new RuleViolation("plan.program.contentsInUse");
        }
        Plan.Kind kind = request.kind() == null ? before.kind() : request.kind();
        if (!repository.updatePlan(id, version, request.documentId(), request.programId(), request.issuingOrganizationId(),
                request.year(), title, kind)) {
            throw new ConcurrentChange();
        }
        applyGroups(id, request.groups());
        Plan after = plan(id);
        Changes changes = new Changes()
                .add("Tên", before.title(), after.title())
                .add("Loại", before.kind(), after.kind())
                .add("Năm", before.year(), after.year())
                .add("Cơ quan ban hành", names(List.of(before.issuingOrganizationId())), names(List.of(after.issuingOrganizationId())))
                .add("Văn bản", before.documentId(), after.documentId())
                .add("Chương trình", before.programId(), after.programId())
                .add("Nhóm nhiệm vụ", groupsBefore.stream().map(ProgramPlans::describe).toList(),
                        repository.findGroups(id).stream().map(ProgramPlans::describe).toList());
        audit.record("PLAN_UPDATED", "plan", id, after.title() + " — " + changes);
    }

    private static String describe(TaskGroup group) {
        return group.ordinal() + ". " + group.title() + " (trọng số " + group.weight() + ")";
    }

    /** Makes the plan's groups those of the form, in its order; a group that tasks belong to cannot be removed. */
    private void applyGroups(long planId, List<GroupEdit> groups) {
        List<GroupEdit> wanted = groups == null ? List.of() : groups;
        List<TaskGroup> existing = repository.findGroups(planId);
        Set<Long> kept = new HashSet<>();
        for (GroupEdit group : wanted) {
            required(group.title(), "plan.group.required");
            weight(group.weight());
            if (group.id() != null) {
                if (existing.stream().noneMatch(g -> g.id() == group.id())) {
                    throw new RuleViolation("task.group.unknown");
                }
                kept.add(group.id());
            }
        }
        for (TaskGroup old : existing) {
            if (!kept.contains(old.id())) {
                if (repository.groupHasTasks(old.id())) {
                    throw new RuleViolation("plan.group.inUse", old.title());
                }
                repository.deleteGroup(old.id());
            }
        }
        repository.releaseGroupOrdinals(planId);
        int ordinal = 1;
        for (GroupEdit group : wanted) {
            String title = required(group.title(), "plan.group.required");
            if (group.id() == null) {
                repository.insertGroup(planId, ordinal++, title, weight(group.weight()));
            } else {
                repository.updateGroup(group.id(), ordinal++, title, weight(group.weight()));
            }
        }
    }

    /** Assigns a task from the coordinator's form: the rules of {@link #createTask(NewTask)}, plus the content's program. */
    @Transactional
    public long createTask(long planId, TaskEdit request, DanVanUser user) {
        requireCoordinator(user);
        Plan plan = plan(planId);
        checkContent(plan, request.contentId());
        return createTask(new NewTask(planId, request.groupId(), request.contentId(), request.title(), request.description(),
                request.expectedOutput(), request.leadOrganizationId(), request.coordinatorIds(), request.deadlineKind(),
                request.dueDate(), request.period(), request.recurringPeriod(), request.priority(), request.weight(),
                request.legalBasisIds()));
    }

    /**
     * Changes every field of a task. A cancelled task stays as it was cancelled. Organizations already on the
     * task may have been merged since and stay; newly named ones must be in force.
     */
    @Transactional
    public void updateTask(long taskId, int version, TaskEdit request, DanVanUser user) {
        requireCoordinator(user);
        TaskRow row = task(taskId, user.scope());
        Task before = row.task();
        if (before.isCancelled()) {
            throw new RuleViolation("task.edit.cancelled");
        }
        Plan plan = plan(before.planId());
        String title = required(request.title(), "task.title.required");
        if (request.leadOrganizationId() == null) {
            throw new RuleViolation("task.lead.required");
        }
        if (request.leadOrganizationId() != before.leadOrganizationId()) {
            organizationInForce(request.leadOrganizationId());
        }
        List<Long> coordinators = distinct(request.coordinatorIds());
        if (coordinators.contains(request.leadOrganizationId())) {
            throw new RuleViolation("task.coordinator.isLead");
        }
        coordinators.stream().filter(c -> !before.coordinatorIds().contains(c)).forEach(this::organizationInForce);
        TaskDeadline deadline = deadline(plan, request.deadlineKind(), request.dueDate(), request.period(), request.recurringPeriod());
        if (request.groupId() != null && repository.findGroups(plan.id()).stream().noneMatch(g -> g.id() == request.groupId())) {
            throw new RuleViolation("task.group.unknown");
        }
        checkContent(plan, request.contentId());
        Task.Priority priority = request.priority() == null ? Task.Priority.NORMAL : request.priority();
        int weight = weight(request.weight());
        List<Long> basisBefore = repository.legalBasis(taskId);
        if (!repository.updateTask(taskId, version, request.groupId(), request.contentId(), title, blankToNull(request.description()),
                blankToNull(request.expectedOutput()), request.leadOrganizationId(), deadline, priority, weight)) {
            throw new ConcurrentChange();
        }
        repository.deleteCoordinators(taskId);
        coordinators.forEach(c -> repository.insertCoordinator(taskId, c));
        repository.deleteLegalBasis(taskId);
        List<Long> basis = distinct(request.legalBasisIds());
        basis.forEach(d -> repository.insertLegalBasis(taskId, d));
        Task after = repository.findTask(taskId).orElseThrow();
        Changes changes = new Changes()
                .add("Tên", before.title(), after.title())
                .add("Nội dung", before.description(), after.description())
                .add("Sản phẩm", before.expectedOutput(), after.expectedOutput())
                .add("Chủ trì", names(List.of(before.leadOrganizationId())), names(List.of(after.leadOrganizationId())))
                .add("Phối hợp", names(before.coordinatorIds()), names(after.coordinatorIds()))
                .add("Thời hạn", describe(before.deadline()), describe(after.deadline()))
                .add("Mức ưu tiên", before.priority(), after.priority())
                .add("Trọng số", before.weight(), after.weight())
                .add("Nhóm", before.groupId(), after.groupId())
                .add("Nội dung chương trình", before.contentId(), after.contentId())
                .add("Căn cứ", basisBefore, repository.legalBasis(taskId));
        audit.record("TASK_UPDATED", "task", taskId, after.title() + " — " + changes);
    }

    private void checkContent(Plan plan, Long contentId) {
        if (contentId == null) {
            return;
        }
        if (plan.programId() == null || program(plan.programId()).contents().stream().noneMatch(c -> c.id() == contentId)) {
            throw new RuleViolation("task.content.unknown");
        }
    }

    private static String describe(TaskDeadline deadline) {
        return deadline.kind() + (deadline.period() == null ? "" : " " + deadline.period())
                + (deadline.recurringPeriod() == null ? "" : " " + deadline.recurringPeriod())
                + " " + VietnameseFormat.date(deadline.dueDate());
    }

    private List<String> names(List<Long> organizationIds) {
        return organizationIds.stream().map(o -> organizations.find(o).map(Organization::name).orElse("#" + o)).toList();
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** What an edit changed, for the audit trail: "Tên: A → B; Trọng số: 1 → 2". */
    private static final class Changes {
        private final List<String> lines = new java.util.ArrayList<>();

        Changes add(String label, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                lines.add(label + ": " + show(before) + " → " + show(after));
            }
            return this;
        }

        private static String show(Object value) {
            if (value == null) {
                return "—";
            }
            String text = value instanceof Collection<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining("; "))
                    : String.valueOf(value);
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }

        @Override
        public String toString() {
            return lines.isEmpty() ? "không thay đổi" : String.join("; ", lines);
        }
    }
}
