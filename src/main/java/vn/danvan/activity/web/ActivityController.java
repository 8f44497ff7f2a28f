package vn.danvan.activity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.activity.Activities;
import vn.danvan.activity.Activity;
import vn.danvan.activity.ActivityKind;
import vn.danvan.activity.ActivitySearch;
import vn.danvan.activity.Conclusion;
import vn.danvan.activity.FollowUp;
import vn.danvan.activity.Official;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.program.DeadlineKind;
import vn.danvan.program.Plan;
import vn.danvan.program.ProgramPlans;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.XlsxExport;
import vn.danvan.system.web.FormSubmission;

/** The events' screens: list with live search and export, detail, forms, documents, conclusions and their tasks. */
@Controller
class ActivityController {

    /** Which form field a refused rule points at, by the prefix of its message key. */
    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("activity.kind", "kind"),
            Map.entry("activity.title", "title"),
            Map.entry("activity.heldOn", "heldOn"),
            Map.entry("activity.endsOn", "endsOn"),
            Map.entry("activity.place", "place"),
            Map.entry("activity.minutes", "minutes"),
            Map.entry("activity.organizer", "organizerId"),
            Map.entry("activity.participants", "participantIds"),
            Map.entry("activity.official", "officials"));

    private final Activities activities;
    private final ActivityNames names;
    private final Organizations organizations;
    private final DocumentRegistry documents;
    private final ProgramPlans plans;

    ActivityController(Activities activities, ActivityNames names, Organizations organizations, DocumentRegistry documents,
                       ProgramPlans plans) {
        this.activities = activities;
        this.names = names;
        this.organizations = organizations;
        this.documents = documents;
        this.plans = plans;
    }

    /** A list row with the names resolved. */
    record Line(Activity activity, String days, String organizerName, List<String> participantNames) {
    }

    private List<Line> lines(List<Activity> items) {
        Map<Long, String> cache = names.cache();
        return items.stream().map(a -> new Line(a, names.days(a), names.name(cache, a.organizerId()),
                names.participants(cache, a))).toList();
    }

    @GetMapping("/activities")
    String list(@AuthenticationPrincipal DanVanUser user,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) ActivityKind kind,
                @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long organization,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        Paged<Activity> found = activities.search(new ActivitySearch(q, kind, year, organization), user.scope(),
                PageQuery.of(page, 25, sort, dir == null && sort == null ? "desc" : dir));
        model.addAttribute("activities", new Paged<>(lines(found.items()), found.page(), found.size(), found.total()));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("organization", organization);
        model.addAttribute("kinds", ActivityKind.values());
        // the filter offers the former bodies too: their events stay listed for whoever may see them
        model.addAttribute("organizations", organizations.allInScope(user.scope()));
        model.addAttribute("mayCreate", activities.mayCreate(user));
        return htmx != null ? "activity/activities :: results" : "activity/activities";
    }

    @GetMapping("/activities/export.xlsx")
    void export(@AuthenticationPrincipal DanVanUser user,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) ActivityKind kind,
                @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long organization,
                @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir,
                HttpServletResponse response) throws IOException {
        ActivitySearch search = new ActivitySearch(q, kind, year, organization);
        List<Activity> all = new ArrayList<>();
        Paged<Activity> found;
        int page = 0;
        do {
            found = activities.search(search, user.scope(), PageQuery.of(page++, PageQuery.MAX_SIZE, sort,
                    dir == null && sort == null ? "desc" : dir));
            all.addAll(found.items());
        } while (found.hasNext() && all.size() < 10_000);
        XlsxExport.write(response, "hoi-nghi-kiem-tra-doi-thoai.xlsx", "Hội nghị, kiểm tra",
                List.of(names.text("activity.days"), names.text("activity.kind"), names.text("activity.title"),
                        names.text("activity.place"), names.text("activity.organizer"), names.text("activity.participants"),
                        names.text("activity.officials")),
                lines(all), l -> List.of(l.days(), names.text("activity.kind." + l.activity().kind()), l.activity().title(),
                        Objects.toString(l.activity().place(), ""), l.organizerName(), String.join("; ", l.participantNames()),
                        String.join("; ", l.activity().officials().stream().map(o -> o.fullName()
                                + (o.positionTitle() == null ? "" : ", " + o.positionTitle())).toList())));
    }

    @GetMapping("/activities/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                  @RequestParam(required = false) String pick, Model model) {
        Activity activity = activities.get(id, user.scope());
        boolean mayEdit = activities.mayEdit(activity, user);
        Map<Long, String> cache = names.cache();
        model.addAttribute("activity", activity);
        model.addAttribute("days", names.days(activity));
        model.addAttribute("organizerName", names.nameWithSuccessor(activity.organizerId()));
        model.addAttribute("participantNames", activity.participantIds().stream().map(names::nameWithSuccessor).toList());
        model.addAttribute("officials", activity.officials().stream()
                .map(o -> new OfficialLine(o, names.organizationOf(o))).toList());
        model.addAttribute("documents", activities.documents(activity));
        List<Conclusion> conclusions = activities.conclusions(id, user.scope());
        Map<Long, List<FollowUpLine>> followUps = new LinkedHashMap<>();
        for (FollowUp f : activities.followUps(id, user.scope())) {
            followUps.computeIfAbsent(f.conclusionId(), k -> new ArrayList<>()).add(f.isVisible()
                    ? new FollowUpLine(f, names.name(cache, f.row().task().leadOrganizationId()), names.deadline(f.row().task().deadline()))
                    : new FollowUpLine(f, null, null));
        }
        model.addAttribute("conclusions", conclusions);
        model.addAttribute("followUps", followUps);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("mayCreateTasks", activities.mayCreateTasks(user));
        model.addAttribute("today", activities.today());
        model.addAttribute("pick", pick);
        model.addAttribute("options", mayEdit ? documents.pick(pick, 30).stream()
                .filter(d -> !activity.documentIds().contains(d.id())).toList() : List.of());
        return "activity/activity";
    }

    record OfficialLine(Official official, String organizationName) {
    }

    record FollowUpLine(FollowUp followUp, String leadName, String deadlineLabel) {
    }

    /** Options of the document picker (htmx). */
    @GetMapping("/activities/{id}/documents/options")
    String documentOptions(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                           @RequestParam(required = false) String pick, Model model) {
        Activity activity = activities.get(id, user.scope());
        model.addAttribute("options", documents.pick(pick, 30).stream().filter(d -> !activity.documentIds().contains(d.id())).toList());
        return "activity/activity :: documentOptions";
    }

    // --- create and edit

    @GetMapping("/activities/new")
    String newActivity(@AuthenticationPrincipal DanVanUser user, Model model) {
        requireMayCreate(user);
        return form(model, user, ActivityForm.blank(user.organizationId(), activities.today()), null, Map.of(), null);
    }

    @PostMapping("/activities/new")
    String create(@AuthenticationPrincipal DanVanUser user, @ModelAttribute("form") ActivityForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        requireMayCreate(user);
        return save(user, null, form, binding, model, redirect);
    }

    @GetMapping("/activities/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Model model) {
        Activity activity = activities.get(id, user.scope());
        requireMayEdit(activity, user);
        return form(model, user, ActivityForm.of(activity), id, Map.of(), null);
    }

    @PostMapping("/activities/{id}/edit")
    String update(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, @ModelAttribute("form") ActivityForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        requireMayEdit(activities.get(id, user.scope()), user);
        return save(user, id, form, binding, model, redirect);
    }

    private String save(DanVanUser user, Long id, ActivityForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField().replaceAll("\\[.*", ""),
                names.text("activity.form.invalidValue")));
        if (!errors.isEmpty()) {
            return form(model, user, form.withSpareRows(), id, errors, names.text("form.checkFields"));
        }
        return FormSubmission.createOrUpdate(id, form.getVersion(), () -> activities.create(form.request(), user),
                (activityId, version) -> activities.update(activityId, version, form.request(), user),
                new FormSubmission.Saved(redirect, "/activities/", names.text("activity.created"), names.text("activity.updated")),
                violation -> {
                    Map<String, String> fieldErrors = violation instanceof ConcurrentChange ? Map.of()
                            : FIELD_OF_RULE.entrySet().stream().filter(e -> violation.messageKey().startsWith(e.getKey() + "."))
                            .findFirst().map(e -> Map.of(e.getValue(), refusal(violation)))
                            .orElse(Map.of());
                    return form(model, user, form.withSpareRows(), id, fieldErrors, refusal(violation));
                });
    }

    private String refusal(RuleViolation violation) {
        return names.text(violation.messageKey(), violation.arguments());
    }

    private String form(Model model, DanVanUser user, ActivityForm form, Long id, Map<String, String> errors, String formError) {
        model.addAttribute("form", form);
        model.addAttribute("activityId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("roles", Official.Role.values());
        List<Organization> inScope = new ArrayList<>(organizations.currentInScope(user.scope()));
        // an event of a former body (the Ban Dân vận before 2025) keeps it selectable, as do its participants
        List<Long> keep = new ArrayList<>(form.getParticipantIds());
        if (form.getOrganizerId() != null) {
            keep.add(0, form.getOrganizerId());
        }
        for (Long kept : keep) {
            if (kept != null && inScope.stream().noneMatch(o -> o.id() == kept)) {
                organizations.find(kept).ifPresent(inScope::add);
            }
        }
        model.addAttribute("organizations", inScope);
        return "activity/activity-form";
    }

    // --- documents

    @PostMapping("/activities/{id}/documents")
    String linkDocument(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                        @RequestParam(required = false) Long documentId, RedirectAttributes redirect) {
        return FormSubmission.act(() -> activities.linkDocument(id, documentId, user), names.text("activity.document.linked"),
                this::refusal, redirect, "/activities/" + id + "#activity-documents");
    }

    @PostMapping("/activities/{id}/documents/{documentId}/delete")
    String unlinkDocument(@PathVariable long id, @PathVariable long documentId, @AuthenticationPrincipal DanVanUser user,
                          RedirectAttributes redirect) {
        activities.unlinkDocument(id, documentId, user);
        redirect.addFlashAttribute("flashSuccess", names.text("activity.document.unlinked"));
        return "redirect:/activities/" + id + "#activity-documents";
    }

    // --- conclusions and follow-up tasks

    @PostMapping("/activities/{id}/conclusions")
    String addConclusion(@PathVariable long id, @AuthenticationPrincipal DanVanUser user,
                         @RequestParam(required = false) String content, RedirectAttributes redirect) {
        return FormSubmission.act(() -> activities.addConclusion(id, content, user), names.text("activity.conclusion.added"),
                this::refusal, redirect, "/activities/" + id + "#activity-conclusions");
    }

    @PostMapping("/activities/{id}/conclusions/{conclusionId}/delete")
    String removeConclusion(@PathVariable long id, @PathVariable long conclusionId, @AuthenticationPrincipal DanVanUser user,
                            RedirectAttributes redirect) {
        return FormSubmission.act(() -> activities.removeConclusion(id, conclusionId, user), names.text("activity.conclusion.removed"),
                this::refusal, redirect, "/activities/" + id + "#activity-conclusions");
    }

    @GetMapping("/activities/{id}/conclusions/{conclusionId}/task")
    String followUpForm(@PathVariable long id, @PathVariable long conclusionId, @AuthenticationPrincipal DanVanUser user,
                        Model model) {
        Activity activity = activities.get(id, user.scope());
        requireMayCreateTasks(user);
        Conclusion conclusion = conclusion(id, conclusionId, user);
        Long defaultPlan = plans.plans(null).stream().filter(p -> p.year() == activities.today().getYear()).map(Plan::id)
                .findFirst().orElse(null);
        return followUpForm(model, user, activity, conclusion, new FollowUpFields(defaultPlan, null,
                Activities.defaultTitle(conclusion), Activities.defaultDescription(activity, conclusion), null, List.of(),
                DeadlineKind.DATE, null, null), null);
    }

    /** The follow-up form's fields. */
    record FollowUpFields(Long planId, Long groupId, String title, String description, Long leadOrganizationId,
                          List<Long> coordinatorIds, DeadlineKind deadlineKind,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, Integer period) {
        Activities.NewFollowUp request() {
            return new Activities.NewFollowUp(planId, groupId, title, description, leadOrganizationId,
                    coordinatorIds == null ? List.of() : coordinatorIds, deadlineKind, dueDate, period);
        }
    }

    @PostMapping("/activities/{id}/conclusions/{conclusionId}/task")
    String createFollowUp(@PathVariable long id, @PathVariable long conclusionId, @AuthenticationPrincipal DanVanUser user,
                          @ModelAttribute("fields") FollowUpFields fields, BindingResult binding, Model model,
                          RedirectAttributes redirect) {
        Activity activity = activities.get(id, user.scope());
        requireMayCreateTasks(user);
        Conclusion conclusion = conclusion(id, conclusionId, user);
        if (binding.hasErrors()) {
            return followUpForm(model, user, activity, conclusion, fields, names.text("activity.form.invalidValue"));
        }
        try {
            long taskId = activities.createFollowUp(id, conclusionId, fields.request(), user);
            redirect.addFlashAttribute("flashSuccess", names.text("activity.followUp.created", String.valueOf(taskId)));
            return "redirect:/activities/" + id + "#conclusion-" + conclusionId;
        } catch (RuleViolation violation) {
            return followUpForm(model, user, activity, conclusion, fields, refusal(violation));
        }
    }

    private String followUpForm(Model model, DanVanUser user, Activity activity, Conclusion conclusion, FollowUpFields fields,
                                String formError) {
        model.addAttribute("activity", activity);
        model.addAttribute("days", names.days(activity));
        model.addAttribute("conclusion", conclusion);
        model.addAttribute("fields", fields);
        model.addAttribute("formError", formError);
        List<Plan> allPlans = plans.plans(null);
        model.addAttribute("plans", allPlans);
        Map<Long, List<vn.danvan.program.TaskGroup>> groups = new LinkedHashMap<>();
        allPlans.forEach(p -> groups.put(p.id(), plans.groups(p.id())));
        model.addAttribute("groups", groups);
        model.addAttribute("organizations", organizations.currentInScope(user.scope()));
        model.addAttribute("deadlineKinds", List.of(DeadlineKind.DATE, DeadlineKind.QUARTER, DeadlineKind.HALF_YEAR, DeadlineKind.YEAR));
        return "activity/follow-up-form";
    }

    private Conclusion conclusion(long id, long conclusionId, DanVanUser user) {
        return activities.conclusions(id, user.scope()).stream().filter(c -> c.id() == conclusionId).findFirst()
                .orElseThrow(() -> new vn.danvan.system.NotFoundException("activity.conclusion.notFound"));
    }

    private void requireMayCreate(DanVanUser user) {
        if (!activities.mayCreate(user)) {
            throw new AccessDeniedException("may not record events");
        }
    }

    private void requireMayEdit(Activity activity, DanVanUser user) {
        if (!activities.mayEdit(activity, user)) {
            throw new AccessDeniedException("may not change event " + activity.id());
        }
    }

    private void requireMayCreateTasks(DanVanUser user) {
        if (!activities.mayCreateTasks(user)) {
            throw new AccessDeniedException("coordinators only");
        }
    }
}
