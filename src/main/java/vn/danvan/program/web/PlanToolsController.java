package vn.danvan.program.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.org.DanVanUser;
import vn.danvan.program.Plan;
import vn.danvan.program.PlanCopy;
import vn.danvan.program.PlanTimeline;
import vn.danvan.program.ProgramPlans;
import vn.danvan.program.Scorecard;
import vn.danvan.program.TaskCounts;
import vn.danvan.program.TaskImport;
import vn.danvan.program.TaskImportReport;
import vn.danvan.program.TaskRow;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.XlsxExport;

/**
 * A plan's tools beside its task list: importing tasks from Excel, copying the plan to the next year (coordinators),
 * the timeline of its deadlines and the scorecard of its lead organizations (everyone, within their scope).
 */
@Controller
class PlanToolsController {

    static final String LAST_IMPORT = PlanToolsController.class.getName() + ".lastImport.";

    private final ProgramPlans plans;
    private final TaskImport taskImport;
    private final PlanCopy planCopy;
    private final TaskLines lines;
    private final MessageSource messages;

    PlanToolsController(ProgramPlans plans, TaskImport taskImport, PlanCopy planCopy, TaskLines lines, MessageSource messages) {
        this.plans = plans;
        this.taskImport = taskImport;
        this.planCopy = planCopy;
        this.lines = lines;
        this.messages = messages;
    }

    // --- import

    @GetMapping("/plans/{id}/import")
    String importPage(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, HttpSession session, Locale locale, Model model) {
        requireCoordinator(user);
        Plan plan = plans.plan(id);
        if (session.getAttribute(LAST_IMPORT + id) instanceof TaskImportReport report) {
            model.addAttribute("report", TaskImportReportView.of(report, true, messages, locale));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("columns", TaskImport.columns());
        model.addAttribute("maxRows", (long) TaskImport.MAX_ROWS);
        model.addAttribute("maxMegabytes", (long) TaskImport.MAX_MEGABYTES);
        return "program/plan-import";
    }

    @PostMapping("/plans/{id}/import")
    String importFile(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                      @RequestParam(value = "file", required = false) MultipartFile file,
                      @RequestParam(defaultValue = "false") boolean checkOnly,
                      HttpSession session, Locale locale, RedirectAttributes redirect) throws IOException {
        requireCoordinator(user);
        TaskImportReport report;
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            report = checkOnly ? taskImport.check(id, name, content, user) : taskImport.apply(id, name, content, user);
        }
        session.setAttribute(LAST_IMPORT + id, report);
        if (!report.problems().isEmpty()) {
            redirect.addFlashAttribute("flashError", TaskImportReportView.text(report.problems().get(0), messages, locale));
        } else if (report.applied()) {
            redirect.addFlashAttribute("flashSuccess", text(locale, "task.import.applied", VietnameseFormat.number(report.imported()),
                    report.fileName(), VietnameseFormat.number(report.newGroups().size())));
        } else if (report.ok()) {
            redirect.addFlashAttribute("flashSuccess", text(locale, "task.import.checked", report.fileName(),
                    VietnameseFormat.number(report.rows().size())));
        } else {
            redirect.addFlashAttribute("flashError", text(locale, "task.import.refused", report.fileName(),
                    VietnameseFormat.number(report.errorRows()), VietnameseFormat.number(report.rows().size())));
        }
        return "redirect:/plans/" + id + "/import";
    }

    @GetMapping("/plans/{id}/import/template.xlsx")
    void template(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        plans.plan(id);
        writeTemplate(taskImport, messages, locale, response);
    }

    static void writeTemplate(TaskImport taskImport, MessageSource messages, Locale locale, HttpServletResponse response)
            throws IOException {
        response.setContentType(XlsxExport.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(messages.getMessage("task.import.template.fileName", null, locale), StandardCharsets.UTF_8)
                .replace("+", "%20"));
        taskImport.writeTemplate(messages.getMessage("task.import.template.sheet", null, locale),
                messages.getMessage("task.import.template.guide", null, locale), response.getOutputStream());
    }

    // --- copy to next year

    @GetMapping("/plans/{id}/copy")
    String copyPage(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Locale locale, Model model) {
        requireCoordinator(user);
        PlanCopy.Preview preview = planCopy.preview(id);
        model.addAttribute("preview", preview);
        model.addAttribute("plan", preview.plan());
        model.addAttribute("issuerName", lines.name(preview.plan().issuingOrganizationId()));
        model.addAttribute("problem", preview.problem() == null ? null
                : messages.getMessage(preview.problem().messageKey(), preview.problem().arguments(), locale));
        return "program/plan-copy";
    }

    @PostMapping("/plans/{id}/copy")
    String copy(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Locale locale, RedirectAttributes redirect) {
        requireCoordinator(user);
        try {
            long copy = planCopy.copyToNextYear(id, user);
            Plan created = plans.plan(copy);
            redirect.addFlashAttribute("flashSuccess", text(locale, "plan.copy.done", created.title()));
            return "redirect:/plans/" + copy;
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", messages.getMessage(violation.messageKey(), violation.arguments(), locale));
            return "redirect:/plans/" + id + "/copy";
        }
    }

    // --- timeline

    /** A month of the timeline as the page shows it. */
    record MonthView(YearMonth month, List<TaskLine> tasks, TaskCounts counts, long late) {
    }

    @GetMapping("/plans/{id}/timeline")
    String timeline(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Model model) {
        Plan plan = plans.plan(id);
        List<TaskRow> rows = plans.tasksOfPlan(id, user.scope());
        PlanTimeline timeline = PlanTimeline.of(plan.year(), rows);
        model.addAttribute("plan", plan);
        model.addAttribute("months", timeline.months().stream()
                .map(m -> new MonthView(m.month(), lines.of(m.tasks()), m.counts(), m.late())).toList());
        model.addAttribute("recurring", lines.of(timeline.recurring()));
        model.addAttribute("recurringCounts", timeline.recurringCounts());
        model.addAttribute("counts", ProgramPlans.count(rows));
        model.addAttribute("today", plans.today());
        long busiest = timeline.months().stream().mapToLong(m -> m.tasks().size()).max().orElse(0);
        model.addAttribute("busiest", Math.max(1, busiest));
        return "program/plan-timeline";
    }

    // --- scorecard

    @GetMapping("/plans/{id}/scorecard")
    String scorecard(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                     @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        Plan plan = plans.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("scorecard", scorecard(id, user, sort, dir));
        return "program/plan-scorecard";
    }

    @GetMapping("/plans/{id}/scorecard.xlsx")
    void scorecardExport(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                         @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                         Locale locale, HttpServletResponse response) throws IOException {
        plans.plan(id);
        Scorecard card = scorecard(id, user, sort, dir);
        List<Scorecard.Line> all = new java.util.ArrayList<>(card.lines());
        all.add(card.total());
        XlsxExport.write(response, "ke-hoach-" + id + "-ket-qua-theo-co-quan.xlsx", text(locale, "scorecard.sheet"),
                List.of(text(locale, "scorecard.organization"), text(locale, "scorecard.tasks"), text(locale, "scorecard.doneOnTime"),
                        text(locale, "scorecard.doneLate"), text(locale, "scorecard.openInTerm"), text(locale, "scorecard.openOverdue"),
                        text(locale, "scorecard.onTimeRate")),
                all, l -> List.of(l.organizationId() == null ? text(locale, "scorecard.total") : l.organizationName(), l.tasks(),
                        l.doneOnTime(), l.doneLate(), l.openInTerm(), l.openOverdue(), l.onTimeRateText()));
    }

    private Scorecard scorecard(long id, DanVanUser user, String sort, String dir) {
        return Scorecard.of(plans.tasksOfPlan(id, user.scope()), lines::name).sortedBy(sortOf(sort), "desc".equalsIgnoreCase(dir));
    }

    /** A sort column from a link's parameter ("onTimeRate", "ON_TIME_RATE"); the organization's name otherwise. */
    static Scorecard.Sort sortOf(String sort) {
        if (sort == null || sort.isBlank()) {
            return Scorecard.Sort.ORGANIZATION;
        }
        String name = sort.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            return Scorecard.Sort.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Scorecard.Sort.ORGANIZATION;
        }
    }

    private void requireCoordinator(DanVanUser user) {
        if (!plans.mayCoordinate(user)) {
            throw new AccessDeniedException("coordinators only");
        }
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
