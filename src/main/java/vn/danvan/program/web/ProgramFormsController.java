package vn.danvan.program.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditSearch;
import vn.danvan.audit.AuditTrail;
import vn.danvan.org.DanVanUser;
import vn.danvan.program.DeadlineKind;
import vn.danvan.program.Plan;
import vn.danvan.program.Program;
import vn.danvan.program.ProgramPlans;
import vn.danvan.program.RecurringPeriod;
import vn.danvan.program.Task;
import vn.danvan.program.TaskGroup;
import vn.danvan.program.TaskRow;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.PageQuery;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.web.FormSubmission;

/**
 * The coordinators' forms: a program with its parties and each party's responsibility for each content, a plan
 * with its task groups (order, weight), a task with everything the plan writes about it. A form that is refused
 * is shown again with what the person typed. An edit saved by someone else meanwhile is refused too, and the
 * form then shows both: the person's own input, kept, and the other person's change with the current values;
 * saving again applies the person's input over it, knowingly.
 */
@Controller
@PreAuthorize(ProgramApi.COORDINATORS)
class ProgramFormsController {

    /** Which field a refused rule is about, by the start of its message key. */
    private static final Map<String, String> FIELD_OF_RULE = new LinkedHashMap<>();

    static {
        FIELD_OF_RULE.put("program.title", "title");
        FIELD_OF_RULE.put("program.years", "fromYear");
        FIELD_OF_RULE.put("program.content", "contents");
        FIELD_OF_RULE.put("program.responsibility", "contents");
        FIELD_OF_RULE.put("program.document", "documentId");
        FIELD_OF_RULE.put("plan.title", "title");
        FIELD_OF_RULE.put("plan.year", "year");
        FIELD_OF_RULE.put("plan.issuer", "issuingOrganizationId");
        FIELD_OF_RULE.put("plan.group", "groups");
        FIELD_OF_RULE.put("plan.program", "programId");
        FIELD_OF_RULE.put("plan.document", "documentId");
        FIELD_OF_RULE.put("task.title", "title");
        FIELD_OF_RULE.put("task.lead", "leadOrganizationId");
        FIELD_OF_RULE.put("task.coordinator", "coordinatorIds");
        FIELD_OF_RULE.put("task.deadline", "deadline");
        FIELD_OF_RULE.put("task.weight", "weight");
        FIELD_OF_RULE.put("task.group", "groupId");
        FIELD_OF_RULE.put("task.content", "contentId");
        FIELD_OF_RULE.put("task.legalBasis", "legalBasisIds");
    }

    private static final int BLANK_CONTENT_ROWS = 2;
    private static final int BLANK_GROUP_ROWS = 2;

    private final ProgramPlans plans;
    private final TaskLines lines;
    private final FormOptions options;
    private final AuditTrail audit;

    ProgramFormsController(ProgramPlans plans, TaskLines lines, FormOptions options, AuditTrail audit) {
        this.plans = plans;
        this.lines = lines;
        this.options = options;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- programs

    /** A program as the form holds it; years as typed. */
    record ProgramForm(Integer version, Program.Kind kind, String title, Long documentId, String fromYear, String toYear, String note,
                       List<Long> partyIds, List<ContentRow> contents) {

        ProgramForm withVersion(int current) {
            return new ProgramForm(current, kind, title, documentId, fromYear, toYear, note, partyIds, contents);
        }
    }

    /** A content row: id null for a new one; the responsibility typed for each party. */
    record ContentRow(Long id, String title, Map<Long, String> responsibilities, boolean remove) {
    }

    @GetMapping("/programs/new")
    String newProgram(@AuthenticationPrincipal DanVanUser user, Model model) {
        int year = plans.today().getYear();
        List<ContentRow> rows = new ArrayList<>();
        addBlankContents(rows);
        return programForm(model, user, null, new ProgramForm(null, Program.Kind.COORDINATION, null, null, String.valueOf(year),
                String.valueOf(year + 4), null, List.of(), rows), Map.of(), null, null);
    }

    @PostMapping("/programs/new")
    String createProgram(@AuthenticationPrincipal DanVanUser user, @RequestParam MultiValueMap<String, String> params, Model model,
                         RedirectAttributes redirect) {
        return saveProgram(user, null, params, model, redirect);
    }

    @GetMapping("/programs/{id}/edit")
    String editProgram(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Model model) {
        Program program = plans.program(id);
        return programForm(model, user, id, programForm(program), Map.of(), null, null);
    }

    @PostMapping("/programs/{id}/edit")
    String updateProgram(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                         @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        plans.program(id);
        return saveProgram(user, id, params, model, redirect);
    }

    private static ProgramForm programForm(Program p) {
        List<ContentRow> rows = new ArrayList<>(p.contents().stream()
                .map(c -> new ContentRow(c.id(), c.title(), new LinkedHashMap<>(c.responsibilities()), false)).toList());
        addBlankContents(rows);
        return new ProgramForm(p.version(), p.kind(), p.title(), p.documentId(), String.valueOf(p.fromYear()), String.valueOf(p.toYear()),
                p.note(), p.partyIds(), rows);
    }

    private static void addBlankContents(List<ContentRow> rows) {
        for (int i = 0; i < BLANK_CONTENT_ROWS; i++) {
            rows.add(new ContentRow(null, null, Map.of(), false));
        }
    }

    private ProgramForm readProgram(FormInput in) {
        List<ContentRow> rows = new ArrayList<>();
        for (int i : in.rows("content")) {
            Map<Long, String> responsibilities = new LinkedHashMap<>();
            in.suffixed("content." + i + ".resp.").forEach((org, text) -> {
                try {
                    responsibilities.put(Long.valueOf(org), text);
                } catch (NumberFormatException e) {
                    in.error("contents", lines.text("programForm.invalidValue"));
                }
            });
            rows.add(new ContentRow(in.id("content." + i + ".id"), in.text("content." + i + ".title"), responsibilities,
                    in.has("content." + i + ".remove")));
        }
        return new ProgramForm(in.integer("version"), in.choice("kind", Program.Kind.class), in.text("title"), in.id("documentId"),
                in.text("fromYear"), in.text("toYear"), in.text("note"), in.ids("partyIds"), rows);
    }

    private String saveProgram(DanVanUser user, Long id, MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput in = new FormInput(params, lines::text);
        ProgramForm form = readProgram(in);
        Integer fromYear = in.integer("fromYear");
        Integer toYear = in.integer("toYear");
        String action = Objects.toString(params.getFirst("action"), "save");
        if (!"save".equals(action)) {
            // "Thêm nội dung" and "Cập nhật bảng trách nhiệm" only redraw the form with the input kept
            List<ContentRow> rows = new ArrayList<>(form.contents().stream().filter(r -> !r.remove()).toList());
            if ("addContent".equals(action)) {
                rows.add(new ContentRow(null, null, Map.of(), false));
            }
            return programForm(model, user, id, new ProgramForm(form.version(), form.kind(), form.title(), form.documentId(),
                    form.fromYear(), form.toYear(), form.note(), form.partyIds(), rows), Map.of(), null, null);
        }
        if (!options.documentExists(form.documentId())) {
            in.error("documentId", lines.text("program.document.unknown"));
        }
        if (!in.errors().isEmpty()) {
            return programForm(model, user, id, form, in.errors(), lines.text("form.checkFields"), null);
        }
        List<ProgramPlans.EditedContent> contents = form.contents().stream()
                .filter(r -> !r.remove())
                .filter(r -> r.id() != null || r.title() != null || r.responsibilities().values().stream().anyMatch(t -> t != null && !t.isBlank()))
                .map(r -> new ProgramPlans.EditedContent(r.id(), r.title(), r.responsibilities())).toList();
        ProgramPlans.ProgramEdit edit = new ProgramPlans.ProgramEdit(form.documentId(), form.kind(), form.title(), fromYear, toYear,
                form.note(), form.partyIds(), contents);
        return FormSubmission.createOrUpdate(id, form.version(), () -> plans.createProgram(edit, user),
                (programId, version) -> plans.updateProgram(programId, version, edit, user),
                new FormSubmission.Saved(redirect, "/programs/", lines.text("programForm.program.created"),
                        lines.text("programForm.program.updated")),
                violation -> violation instanceof ConcurrentChange ? programConflict(model, user, id, form)
                        : programForm(model, user, id, form, fieldOf(violation), text(violation), null));
    }

    private String programConflict(Model model, DanVanUser user, long id, ProgramForm form) {
        Program current = plans.program(id);
        return programForm(model, user, id, form.withVersion(current.version()), Map.of(), null,
                conflict("program", id, List.of(
                        value("program.title", current.title()),
                        value("program.kind", lines.text("program.kind." + current.kind())),
                        value("program.phase", current.fromYear() + "–" + current.toYear()),
                        value("program.document", options.documentLabel(current.documentId())),
                        value("program.parties", String.join("; ", options.organizationNames(current.partyIds()).values())),
                        value("program.contents", current.contents().stream().map(c -> c.ordinal() + ". " + c.title())
                                .collect(Collectors.joining("; "))))));
    }

    private String programForm(Model model, DanVanUser user, Long id, ProgramForm form, Map<String, String> errors, String formError,
                               Conflict conflict) {
        model.addAttribute("form", form);
        model.addAttribute("programId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        model.addAttribute("conflict", conflict);
        model.addAttribute("kinds", Program.Kind.values());
        model.addAttribute("parties", options.organizationNames(form.partyIds()));
        // a responsibility typed for an organization no longer among the parties stays visible until it is cleared
        List<Long> columns = new ArrayList<>(form.partyIds());
        form.contents().forEach(c -> c.responsibilities().forEach((org, text) -> {
            if (text != null && !text.isBlank() && !columns.contains(org)) {
                columns.add(org);
            }
        }));
        model.addAttribute("responsibleNames", options.organizationNames(columns));
        model.addAttribute("documentOptions", singleDocument(form.documentId()));
        model.addAttribute("cancelUrl", id == null ? "/programs" : "/programs/" + id);
        return "program/program-form";
    }

    // ---------------------------------------------------------------- plans

    record PlanForm(Integer version, Plan.Kind kind, String title, Long documentId, Long programId, Long issuingOrganizationId,
                    String year, List<GroupRow> groups) {

        PlanForm withVersion(int current) {
            return new PlanForm(current, kind, title, documentId, programId, issuingOrganizationId, year, groups);
        }
    }

    /** A task group row: id null for a new one; order and weight as typed. */
    record GroupRow(Long id, String ordinal, String title, String weight, boolean remove) {
    }

    @GetMapping("/plans/new")
    String newPlan(@AuthenticationPrincipal DanVanUser user, @RequestParam(required = false) Long programId, Model model) {
        if (programId != null) {
            plans.program(programId);
        }
        List<GroupRow> rows = new ArrayList<>();
        addBlankGroups(rows);
        return planForm(model, user, null, new PlanForm(null, Plan.Kind.ANNUAL, null, null, programId, user.organizationId(),
                String.valueOf(plans.today().getYear()), rows), Map.of(), null, null);
    }

    @PostMapping("/plans/new")
    String createPlan(@AuthenticationPrincipal DanVanUser user, @RequestParam MultiValueMap<String, String> params, Model model,
                      RedirectAttributes redirect) {
        return savePlan(user, null, params, model, redirect);
    }

    @GetMapping("/plans/{id}/edit")
    String editPlan(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Model model) {
        Plan plan = plans.plan(id);
        List<GroupRow> rows = new ArrayList<>(plans.groups(id).stream()
                .map(g -> new GroupRow(g.id(), String.valueOf(g.ordinal()), g.title(), String.valueOf(g.weight()), false)).toList());
        addBlankGroups(rows);
        return planForm(model, user, id, new PlanForm(plan.version(), plan.kind(), plan.title(), plan.documentId(), plan.programId(),
                plan.issuingOrganizationId(), String.valueOf(plan.year()), rows), Map.of(), null, null);
    }

    @PostMapping("/plans/{id}/edit")
    String updatePlan(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                      @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        plans.plan(id);
        return savePlan(user, id, params, model, redirect);
    }

    private static void addBlankGroups(List<GroupRow> rows) {
        for (int i = 0; i < BLANK_GROUP_ROWS; i++) {
            rows.add(new GroupRow(null, null, null, "1", false));
        }
    }

    private String savePlan(DanVanUser user, Long id, MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput in = new FormInput(params, lines::text);
        List<GroupRow> rows = new ArrayList<>();
        for (int i : in.rows("group")) {
            rows.add(new GroupRow(in.id("group." + i + ".id"), in.text("group." + i + ".ordinal"), in.text("group." + i + ".title"),
                    in.text("group." + i + ".weight"), in.has("group." + i + ".remove")));
        }
        PlanForm form = new PlanForm(in.integer("version"), in.choice("kind", Plan.Kind.class), in.text("title"), in.id("documentId"),
                in.id("programId"), in.id("issuingOrganizationId"), in.text("year"), rows);
        Integer year = in.integer("year");
        if ("addGroup".equals(params.getFirst("action"))) {
            List<GroupRow> more = new ArrayList<>(rows);
            more.add(new GroupRow(null, null, null, "1", false));
            return planForm(model, user, id, new PlanForm(form.version(), form.kind(), form.title(), form.documentId(), form.programId(),
                    form.issuingOrganizationId(), form.year(), more), Map.of(), null, null);
        }
        // groups in the order typed (rows without an order keep their place after the numbered ones)
        record Ordered(int order, int row, GroupRow group) {
        }
        List<Ordered> ordered = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            GroupRow g = rows.get(r);
            if (g.remove() || (g.id() == null && g.title() == null)) {
                continue;
            }
            Integer order = in.integer("group." + in.rows("group").get(r) + ".ordinal");
            ordered.add(new Ordered(order == null ? Integer.MAX_VALUE : order, r, g));
        }
        List<ProgramPlans.GroupEdit> groups = new ArrayList<>();
        for (Ordered o : ordered.stream().sorted(Comparator.comparingInt(Ordered::order).thenComparingInt(Ordered::row)).toList()) {
            Integer weight = in.integer("group." + in.rows("group").get(o.row()) + ".weight");
            if (weight == null && o.group().weight() != null) {
                in.error("groups", lines.text("task.weight.invalid"));
            }
            groups.add(new ProgramPlans.GroupEdit(o.group().id(), o.group().title(), weight == null ? 1 : weight));
        }
        if (!options.documentExists(form.documentId())) {
            in.error("documentId", lines.text("program.document.unknown"));
        }
        if (!in.errors().isEmpty()) {
            return planForm(model, user, id, form, in.errors(), lines.text("form.checkFields"), null);
        }
        ProgramPlans.PlanEdit edit = new ProgramPlans.PlanEdit(form.documentId(), form.programId(), form.issuingOrganizationId(), year,
                form.title(), form.kind(), groups);
        return FormSubmission.createOrUpdate(id, form.version(), () -> plans.createPlan(edit, user),
                (planId, version) -> plans.updatePlan(planId, version, edit, user),
                new FormSubmission.Saved(redirect, "/plans/", lines.text("programForm.plan.created"), lines.text("programForm.plan.updated")),
                violation -> violation instanceof ConcurrentChange ? planConflict(model, user, id, form)
                        : planForm(model, user, id, form, fieldOf(violation), text(violation), null));
    }

    private String planConflict(Model model, DanVanUser user, long id, PlanForm form) {
        Plan current = plans.plan(id);
        return planForm(model, user, id, form.withVersion(current.version()), Map.of(), null,
                conflict("plan", id, List.of(
                        value("plan.title", current.title()),
                        value("programForm.plan.kind", lines.text("programForm.plan.kind." + current.kind())),
                        value("plan.year", String.valueOf(current.year())),
                        value("plan.issuer", options.organizationName(current.issuingOrganizationId())),
                        value("program.document", options.documentLabel(current.documentId())),
                        value("programForm.plan.program", current.programId() == null ? null : plans.program(current.programId()).title()),
                        value("programForm.groups", plans.groups(id).stream()
                                .map(g -> g.ordinal() + ". " + g.title() + " (" + lines.text("task.weight") + " " + g.weight() + ")")
                                .collect(Collectors.joining("; "))))));
    }

    private String planForm(Model model, DanVanUser user, Long id, PlanForm form, Map<String, String> errors, String formError,
                            Conflict conflict) {
        model.addAttribute("form", form);
        model.addAttribute("planId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        model.addAttribute("conflict", conflict);
        model.addAttribute("kinds", Plan.Kind.values());
        model.addAttribute("programs", plans.programs());
        model.addAttribute("issuerOptions", singleOrganization(user, form.issuingOrganizationId()));
        model.addAttribute("documentOptions", singleDocument(form.documentId()));
        model.addAttribute("cancelUrl", id == null ? (form.programId() == null ? "/plans" : "/programs/" + form.programId()) : "/plans/" + id);
        return "program/plan-form";
    }

    // ---------------------------------------------------------------- tasks

    record TaskForm(Integer version, Long groupId, Long contentId, String title, String description, String expectedOutput,
                    Long leadOrganizationId, List<Long> coordinatorIds, DeadlineKind deadlineKind, String dueDate, Integer quarter,
                    Integer half, RecurringPeriod recurringPeriod, Task.Priority priority, String weight, List<Long> legalBasisIds) {

        TaskForm withVersion(int current) {
            return new TaskForm(current, groupId, contentId, title, description, expectedOutput, leadOrganizationId, coordinatorIds,
                    deadlineKind, dueDate, quarter, half, recurringPeriod, priority, weight, legalBasisIds);
        }
    }

    @GetMapping("/plans/{id}/tasks/new")
    String newTask(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, @RequestParam(required = false) Long groupId,
                   Model model) {
        Plan plan = plans.plan(id);
        return taskForm(model, user, plan, null, new TaskForm(null, groupId, null, null, null, null, null, List.of(),
                DeadlineKind.DATE, null, null, null, RecurringPeriod.QUARTER, Task.Priority.NORMAL, "1", List.of()), Map.of(), null, null);
    }

    @PostMapping("/plans/{id}/tasks/new")
    String createTask(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                      @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Plan plan = plans.plan(id);
        return saveTask(user, plan, null, params, model, redirect);
    }

    @GetMapping("/tasks/{id}/edit")
    String editTask(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Model model) {
        TaskRow row = plans.task(id, user.scope());
        return taskForm(model, user, plans.plan(row.task().planId()), id, taskForm(row.task(), plans.legalBasis(id)), Map.of(), null, null);
    }

    @PostMapping("/tasks/{id}/edit")
    String updateTask(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                      @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        TaskRow row = plans.task(id, user.scope());
        return saveTask(user, plans.plan(row.task().planId()), id, params, model, redirect);
    }

    private static TaskForm taskForm(Task t, List<Long> legalBasis) {
        var d = t.deadline();
        return new TaskForm(t.version(), t.groupId(), t.contentId(), t.title(), t.description(), t.expectedOutput(),
                t.leadOrganizationId(), t.coordinatorIds(), d.kind(), d.kind() == DeadlineKind.DATE ? d.dueDate().toString() : null,
                d.kind() == DeadlineKind.QUARTER ? d.period() : null, d.kind() == DeadlineKind.HALF_YEAR ? d.period() : null,
                d.recurringPeriod() == null ? RecurringPeriod.QUARTER : d.recurringPeriod(), t.priority(), String.valueOf(t.weight()),
                legalBasis);
    }

    private String saveTask(DanVanUser user, Plan plan, Long id, MultiValueMap<String, String> params, Model model,
                            RedirectAttributes redirect) {
        FormInput in = new FormInput(params, lines::text);
        TaskForm form = new TaskForm(in.integer("version"), in.id("groupId"), in.id("contentId"), in.text("title"), in.text("description"),
                in.text("expectedOutput"), in.id("leadOrganizationId"), in.ids("coordinatorIds"),
                in.choice("deadlineKind", DeadlineKind.class), in.text("dueDate"), in.integer("quarter"), in.integer("half"),
                in.choice("recurringPeriod", RecurringPeriod.class), in.choice("priority", Task.Priority.class), in.text("weight"),
                in.ids("legalBasisIds"));
        LocalDate dueDate = in.date("dueDate");
        Integer weight = in.integer("weight");
        if (form.legalBasisIds().stream().anyMatch(d -> !options.documentExists(d))) {
            in.error("legalBasisIds", lines.text("program.document.unknown"));
        }
        if (!in.errors().isEmpty()) {
            return taskForm(model, user, plan, id, form, in.errors(), lines.text("form.checkFields"), null);
        }
        Integer period = form.deadlineKind() == DeadlineKind.QUARTER ? form.quarter()
                : form.deadlineKind() == DeadlineKind.HALF_YEAR ? form.half() : null;
        ProgramPlans.TaskEdit edit = new ProgramPlans.TaskEdit(form.groupId(), form.contentId(), form.title(), form.description(),
                form.expectedOutput(), form.leadOrganizationId(), form.coordinatorIds(), form.deadlineKind(), dueDate, period,
                form.recurringPeriod(), form.priority(), weight, form.legalBasisIds());
        return FormSubmission.createOrUpdate(id, form.version(), () -> plans.createTask(plan.id(), edit, user),
                (taskId, version) -> plans.updateTask(taskId, version, edit, user),
                new FormSubmission.Saved(redirect, "/tasks/", lines.text("programForm.task.created"), lines.text("programForm.task.updated")),
                violation -> violation instanceof ConcurrentChange ? taskConflict(model, user, plan, id, form)
                        : taskForm(model, user, plan, id, form, fieldOf(violation), text(violation), null));
    }

    private String taskConflict(Model model, DanVanUser user, Plan plan, long id, TaskForm form) {
        TaskRow current = plans.task(id, user.scope());
        TaskLine line = lines.of(current);
        Task t = current.task();
        return taskForm(model, user, plan, id, form.withVersion(t.version()), Map.of(), null,
                conflict("task", id, List.of(
                        value("task.title", t.title()),
                        value("task.lead", line.leadName()),
                        value("task.coordinators", String.join("; ", line.coordinatorNames())),
                        value("task.deadline", line.deadlineLabel()),
                        value("task.expectedOutput", t.expectedOutput()),
                        value("task.description", t.description()),
                        value("task.priority", lines.text("task.priority." + t.priority())),
                        value("task.weight", String.valueOf(t.weight())),
                        value("task.group", t.groupId() == null ? null : plans.groups(plan.id()).stream()
                                .filter(g -> g.id() == t.groupId()).map(TaskGroup::title).findFirst().orElse(null)),
                        value("task.legalBasis", String.join("; ", options.documentLabels(plans.legalBasis(id)).values())))));
    }

    private String taskForm(Model model, DanVanUser user, Plan plan, Long id, TaskForm form, Map<String, String> errors, String formError,
                            Conflict conflict) {
        model.addAttribute("form", form);
        model.addAttribute("taskId", id);
        model.addAttribute("plan", plan);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        model.addAttribute("conflict", conflict);
        model.addAttribute("groups", plans.groups(plan.id()));
        model.addAttribute("contents", plan.programId() == null ? List.of() : plans.program(plan.programId()).contents());
        model.addAttribute("leadOptions", singleOrganization(user, form.leadOrganizationId()));
        model.addAttribute("coordinators", options.organizationNames(form.coordinatorIds()));
        model.addAttribute("legalBasis", options.documentLabels(form.legalBasisIds()));
        model.addAttribute("deadlineKinds", DeadlineKind.values());
        model.addAttribute("recurringPeriods", RecurringPeriod.values());
        model.addAttribute("priorities", Task.Priority.values());
        model.addAttribute("cancelUrl", id == null ? "/plans/" + plan.id() : "/tasks/" + id);
        return "program/task-form";
    }

    // ---------------------------------------------------------------- pickers (htmx)

    /** Options of an organization picker: a select's options, or the checkboxes of a multiple picker. */
    @GetMapping("/program-forms/organizations")
    String organizationOptions(@AuthenticationPrincipal DanVanUser user, @RequestParam String field,
                               @RequestParam(defaultValue = "false") boolean multiple,
                               @RequestParam MultiValueMap<String, String> params, Model model) {
        FormInput in = new FormInput(params, lines::text);
        String words = in.text("q." + field);
        List<Long> chosen = in.ids(field);
        model.addAttribute("field", field);
        if (multiple) {
            model.addAttribute("chosen", options.organizationNames(chosen));
            model.addAttribute("found", options.organizations(user.scope(), words, chosen));
            return "program/form-fragments :: checks";
        }
        model.addAttribute("selectOptions", singleOrganization(user, chosen.isEmpty() ? null : chosen.get(0), words));
        model.addAttribute("selectedId", chosen.isEmpty() ? null : chosen.get(0));
        return "program/form-fragments :: options";
    }

    @GetMapping("/program-forms/documents")
    String documentOptions(@RequestParam String field, @RequestParam(defaultValue = "false") boolean multiple,
                           @RequestParam MultiValueMap<String, String> params, Model model) {
        FormInput in = new FormInput(params, lines::text);
        String words = in.text("q." + field);
        List<Long> chosen = in.ids(field);
        model.addAttribute("field", field);
        if (multiple) {
            model.addAttribute("chosen", options.documentLabels(chosen));
            model.addAttribute("found", options.documents(words, chosen));
            return "program/form-fragments :: checks";
        }
        Map<Long, String> all = new LinkedHashMap<>(options.documentLabels(chosen.isEmpty() ? List.of() : List.of(chosen.get(0))));
        options.documents(words, all.keySet()).forEach(o -> all.put(o.id(), o.label()));
        model.addAttribute("selectOptions", all);
        model.addAttribute("selectedId", chosen.isEmpty() ? null : chosen.get(0));
        model.addAttribute("optional", true);
        return "program/form-fragments :: options";
    }

    /** The chosen organization first, then the first matches of the words. */
    private Map<Long, String> singleOrganization(DanVanUser user, Long selected, String words) {
        Map<Long, String> all = new LinkedHashMap<>();
        if (selected != null) {
            all.putAll(options.organizationNames(List.of(selected)));
        }
        options.organizations(user.scope(), words, all.keySet()).forEach(o -> all.put(o.id(), o.label()));
        return all;
    }

    private Map<Long, String> singleOrganization(DanVanUser user, Long selected) {
        return singleOrganization(user, selected, null);
    }

    private Map<Long, String> singleDocument(Long selected) {
        Map<Long, String> all = new LinkedHashMap<>(options.documentLabels(selected == null ? List.of() : List.of(selected)));
        options.documents(null, all.keySet()).forEach(o -> all.put(o.id(), o.label()));
        return all;
    }

    // ---------------------------------------------------------------- conflicts and messages

    /** Someone else's change: who, when, what (the audit trail's summary of it), and the record's values now. */
    record Conflict(String actor, String at, String change, List<CurrentValue> current) {
    }

    record CurrentValue(String label, String value) {
    }

    private CurrentValue value(String labelKey, String value) {
        return new CurrentValue(lines.text(labelKey), value == null || value.isBlank() ? "—" : value);
    }

    private Conflict conflict(String entityType, long id, List<CurrentValue> current) {
        List<AuditEvent> last = audit.search(new AuditSearch(null, null, entityType, String.valueOf(id)), new PageQuery(0, 1, "", true))
                .items();
        AuditEvent event = last.isEmpty() ? null : last.get(0);
        return new Conflict(event == null ? lines.text("programForm.conflict.someone") : event.actor(),
                event == null ? "" : VietnameseFormat.dateTime(event.occurredAt()),
                event == null ? "" : event.summary(), current);
    }

    private static Map<String, String> fieldOf(RuleViolation violation) {
        return FIELD_OF_RULE.entrySet().stream().filter(e -> violation.messageKey().startsWith(e.getKey())).findFirst()
                .map(e -> Map.of(e.getValue(), "")).orElse(Map.of());
    }

    private String text(RuleViolation violation) {
        return lines.text(violation.messageKey(), violation.arguments());
    }
}
