package vn.danvan.program.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.org.DanVanUser;
import vn.danvan.program.DeadlineKind;
import vn.danvan.program.Plan;
import vn.danvan.program.Program;
import vn.danvan.program.ProgramPlans;
import vn.danvan.program.ProgressEvidence;
import vn.danvan.program.RecurringPeriod;
import vn.danvan.program.TaskCounts;
import vn.danvan.program.TaskGroup;
import vn.danvan.program.TaskOrigins;
import vn.danvan.program.TaskRow;
import vn.danvan.program.TaskStatus;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.XlsxExport;

/** "Việc của tôi", a task with its history and progress form, the coordinator's plan view, programs. */
@Controller
class ProgramController {

    private final ProgramPlans plans;
    private final TaskLines lines;
    private final DocumentRegistry documents;
    private final ProgressEvidence evidence;
    private final ObjectProvider<TaskOrigins> origins;

    ProgramController(ProgramPlans plans, TaskLines lines, DocumentRegistry documents, ProgressEvidence evidence,
                      ObjectProvider<TaskOrigins> origins) {
        this.plans = plans;
        this.lines = lines;
        this.documents = documents;
        this.evidence = evidence;
        this.origins = origins;
    }

    @GetMapping("/tasks/mine")
    String mine(@AuthenticationPrincipal DanVanUser user, Model model) {
        List<TaskRow> rows = plans.mine(user);
        model.addAttribute("tasks", lines.of(rows));
        model.addAttribute("counts", ProgramPlans.count(rows));
        model.addAttribute("organizationName", user.organizationId() == null ? null : lines.name(user.organizationId()));
        return "program/mine";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Model model) {
        TaskRow row = plans.task(id, user.scope());
        model.addAttribute("line", lines.of(row));
        model.addAttribute("task", row.task());
        model.addAttribute("plan", plans.plan(row.task().planId()));
        model.addAttribute("history", plans.history(id, user.scope()));
        model.addAttribute("evidence", evidence.ofTask(id, user.scope()));
        model.addAttribute("legalBasis", plans.legalBasis(id).stream()
                .map(d -> { try { return documents.get(d); } catch (RuntimeException e) { return null; } })
                .filter(Objects::nonNull).toList());
        // where the task came from (a conference's conclusion …), contributed by the modules that create tasks
        model.addAttribute("origins", origins.orderedStream().flatMap(o -> o.originsOf(id, user.scope()).stream()).toList());
        model.addAttribute("mayReport", plans.mayReport(row, user));
        model.addAttribute("mayCoordinate", plans.mayCoordinate(user) && row.status() != TaskStatus.CANCELLED);
        model.addAttribute("today", plans.today());
        model.addAttribute("deadlineKinds", DeadlineKind.values());
        model.addAttribute("recurringPeriods", RecurringPeriod.values());
        Map<Long, String> names = new LinkedHashMap<>();
        model.addAttribute("reporterOrganizations", names);
        plans.history(id, user.scope()).forEach(u -> {
            if (u.organizationId() != null) {
                names.computeIfAbsent(u.organizationId(), lines::name);
            }
        });
        return "program/task";
    }

    @PostMapping("/tasks/{id}/progress")
    String report(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
                  @RequestParam(required = false) Integer percent,
                  @RequestParam(required = false) String milestone,
                  @RequestParam(required = false) String note,
                  @RequestParam(defaultValue = "false") boolean done,
                  @RequestParam(value = "files", required = false) List<MultipartFile> files,
                  RedirectAttributes redirect) throws IOException {
        try {
            // the update and its evidence files are saved together or not at all
            evidence.report(id, user, new ProgramPlans.NewProgress(reportedOn, percent, milestone, note, done),
                    ProgressEvidenceController.uploads(files));
            redirect.addFlashAttribute("flashSuccess", lines.text("progress.saved"));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", lines.text(violation.messageKey(), violation.arguments()));
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/adjust")
    String adjust(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                  @RequestParam int version, @RequestParam String title, @RequestParam DeadlineKind deadlineKind,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                  @RequestParam(required = false) Integer period,
                  @RequestParam(required = false) RecurringPeriod recurringPeriod,
                  @RequestParam(required = false) Integer weight,
                  @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        try {
            plans.adjust(id, new ProgramPlans.Adjustment(version, title, deadlineKind, dueDate, period, recurringPeriod, weight, reason), user);
            redirect.addFlashAttribute("flashSuccess", lines.text("task.adjusted"));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", lines.text(violation.messageKey(), violation.arguments()));
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/cancel")
    String cancel(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, @RequestParam int version,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            plans.cancel(id, version, reason, user);
            redirect.addFlashAttribute("flashSuccess", lines.text("task.cancelled"));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", lines.text(violation.messageKey(), violation.arguments()));
        }
        return "redirect:/tasks/" + id;
    }

    @GetMapping("/plans")
    String planList(Model model) {
        List<Plan> all = plans.plans(null);
        model.addAttribute("plans", all);
        Map<Long, String> issuers = new LinkedHashMap<>();
        all.forEach(p -> issuers.computeIfAbsent(p.issuingOrganizationId(), lines::name));
        model.addAttribute("issuers", issuers);
        return "program/plans";
    }

    /** Filters of the plan view; drill-down links set them. */
    record Filter(Long group, Long organization, TaskStatus status, TaskStatus.Bucket bucket, String state) {
        boolean accepts(TaskRow r) {
            return (group == null || Objects.equals(group, r.task().groupId()))
                    && (organization == null || r.task().involves(organization))
                    && (status == null || r.status() == status)
                    && (bucket == null || r.status().bucket() == bucket)
                    && (state == null || state.isBlank() || switch (state) {
                        case "done" -> r.status().isDone();
                        case "inProgress" -> !r.status().isDone() && r.status() != TaskStatus.CANCELLED && r.latest() != null;
                        case "notStarted" -> !r.status().isDone() && r.status() != TaskStatus.CANCELLED && r.latest() == null;
                        default -> true;
                    });
        }
    }

    /**
     * A line of the plan's counts by lead organization, prepared here rather than in the page: a province plan
     * has a few hundred, and every expression the template evaluates per line costs.
     */
    record OrganizationLine(long id, String name, String doneOfTotal, long overdue) {
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                @RequestParam(required = false) Long group, @RequestParam(required = false) Long organization,
                @RequestParam(required = false) TaskStatus status, @RequestParam(required = false) TaskStatus.Bucket bucket,
                @RequestParam(required = false) String state, @RequestParam(required = false) Integer page, Model model) {
        Plan plan = plans.plan(id);
        List<TaskRow> all = plans.tasksOfPlan(id, user.scope());
        Filter filter = new Filter(group, organization, status, bucket, state);
        List<TaskRow> shown = all.stream().filter(filter::accepts).toList();
        PageQuery query = PageQuery.of(page, 25, null, null);
        int from = (int) Math.min(query.offset(), shown.size());
        Map<Long, String> names = lines.names(user.scope());
        Paged<TaskLine> paged = new Paged<>(lines.of(shown.subList(from, Math.min(shown.size(), from + query.size())), names),
                query.page(), query.size(), shown.size());
        List<TaskGroup> groups = plans.groups(id);
        Map<Long, String> labels = lines.labels(user.scope());
        Map<Long, String> organizationNames = new LinkedHashMap<>();
        all.forEach(r -> organizationNames.computeIfAbsent(r.task().leadOrganizationId(), lead -> lines.label(labels, lead)));
        model.addAttribute("plan", plan);
        model.addAttribute("program", plan.programId() == null ? null : plans.program(plan.programId()));
        model.addAttribute("document", plan.documentId() == null ? null : documents.get(plan.documentId()));
        model.addAttribute("issuerName", lines.name(plan.issuingOrganizationId()));
        model.addAttribute("counts", ProgramPlans.countPlan(all, groups));
        model.addAttribute("groups", groups);
        model.addAttribute("countsByGroup", ProgramPlans.countBy(all, r -> r.task().groupId() == null ? 0L : r.task().groupId()));
        model.addAttribute("organizationLines", ProgramPlans.countBy(all, r -> r.task().leadOrganizationId()).entrySet().stream()
                .map(e -> new OrganizationLine(e.getKey(), organizationNames.get(e.getKey()), e.getValue().done() + "/" + e.getValue().total(),
                        e.getValue().byBucket().get(TaskStatus.Bucket.OPEN_OVERDUE)))
                .toList());
        model.addAttribute("organizationNames", organizationNames);
        model.addAttribute("tasks", paged);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("buckets", TaskStatus.Bucket.values());
        model.addAttribute("filtered", group != null || organization != null || status != null || bucket != null
                || (state != null && !state.isBlank()));
        return "program/plan";
    }

    @GetMapping("/plans/{id}/export.xlsx")
    void export(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                @RequestParam(required = false) Long group, @RequestParam(required = false) Long organization,
                @RequestParam(required = false) TaskStatus status, @RequestParam(required = false) TaskStatus.Bucket bucket,
                @RequestParam(required = false) String state, HttpServletResponse response) throws IOException {
        plans.plan(id);
        Filter filter = new Filter(group, organization, status, bucket, state);
        List<TaskLine> shown = lines.of(plans.tasksOfPlan(id, user.scope()).stream().filter(filter::accepts).toList(),
                lines.names(user.scope()));
        XlsxExport.write(response, "ke-hoach-" + id + "-nhiem-vu.xlsx", "Nhiệm vụ",
                List.of(lines.text("task.ordinal"), lines.text("task.title"), lines.text("task.lead"), lines.text("task.coordinators"),
                        lines.text("task.deadline"), lines.text("task.expectedOutput"), lines.text("task.percent"), lines.text("task.status")),
                shown, l -> List.of(l.row().task().ordinal(), l.row().task().title(), l.leadName(), String.join("; ", l.coordinatorNames()),
                        l.deadlineLabel(), Objects.toString(l.row().task().expectedOutput(), ""), l.row().percent(),
                        lines.text("task.status." + l.row().status())));
    }

    @GetMapping("/programs")
    String programs(Model model) {
        model.addAttribute("programs", plans.programs());
        return "program/programs";
    }

    @GetMapping("/programs/{id}")
    String program(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Model model) {
        Program program = plans.program(id);
        List<TaskRow> rows = plans.tasksOfProgram(id, user.scope());
        Map<Long, String> parties = new LinkedHashMap<>();
        program.partyIds().forEach(p -> parties.put(p, lines.name(p)));
        Map<Long, TaskCounts> byContent = ProgramPlans.countBy(rows, r -> r.task().contentId() == null ? 0L : r.task().contentId());
        model.addAttribute("program", program);
        model.addAttribute("document", program.documentId() == null ? null : documents.get(program.documentId()));
        model.addAttribute("parties", parties);
        model.addAttribute("plans", plans.plans(id));
        model.addAttribute("countsByContent", byContent);
        model.addAttribute("counts", ProgramPlans.count(rows));
        return "program/program";
    }
}
