package vn.danvan.petition.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.Scope;
import vn.danvan.org.UserAccounts;
import vn.danvan.org.UserSearch;
import vn.danvan.petition.CaseSearch;
import vn.danvan.petition.CaseStatus;
import vn.danvan.petition.Cases;
import vn.danvan.petition.RuleVariant;
import vn.danvan.petition.Satisfaction;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.system.PageQuery;
import vn.danvan.system.RuleViolation;

/** Case screens: the list with due dates, and the case page with its clock, logs and actions. */
@Controller
class CaseController {

    private final Cases cases;
    private final AdministrativeMap map;
    private final Organizations organizations;
    private final UserAccounts users;
    private final DocumentRegistry documents;
    private final Labels labels;

    CaseController(Cases cases, AdministrativeMap map, Organizations organizations, UserAccounts users, DocumentRegistry documents,
                   Labels labels) {
        this.cases = cases;
        this.map = map;
        this.organizations = organizations;
        this.users = users;
        this.documents = documents;
        this.labels = labels;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
                @RequestParam(required = false) MatterCategory category, @RequestParam(required = false) MatterField field,
                @RequestParam(required = false) Long unit, @RequestParam(required = false) String due,
                @RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @RequestHeader(value = "HX-Request", required = false) String htmx,
                @AuthenticationPrincipal DanVanUser user, Model model) {
        CaseSearch search = new CaseSearch(q, status, category, field, unit, due, mine);
        model.addAttribute("cases", cases.search(user, search, PageQuery.of(page, size, sort, dir)));
        model.addAttribute("search", search);
        model.addAttribute("today", cases.today());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", MatterCategory.values());
        model.addAttribute("fields", MatterField.values());
        model.addAttribute("units", map.currentUnitsByProvince(user.scope()));
        return htmx != null ? "petition/cases :: results" : "petition/cases";
    }

    @GetMapping("/cases/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Model model) {
        Cases.CaseView view = cases.view(id, user);
        model.addAttribute("view", view);
        model.addAttribute("c", view.petitionCase());
        model.addAttribute("today", cases.today());
        model.addAttribute("variants", RuleVariant.values());
        model.addAttribute("satisfactions", Satisfaction.values());
        if (view.mayAct()) {
            model.addAttribute("handlers", users.search(Scope.all(), new UserSearch(null, Role.CASE_HANDLER, true),
                    new PageQuery(0, PageQuery.MAX_SIZE, "name", false)).items());
            model.addAttribute("leaders", users.search(Scope.all(), new UserSearch(null, Role.LEADER, true),
                    new PageQuery(0, PageQuery.MAX_SIZE, "name", false)).items());
            model.addAttribute("organizations", organizations.currentInScope(Scope.all()));
        }
        if (view.petitionCase().conclusionDocumentId() != null) {
            model.addAttribute("conclusion", documents.get(view.petitionCase().conclusionDocumentId()));
        }
        return "petition/case";
    }

    /** One action of the case page: runs it, shows the Vietnamese refusal otherwise; nothing changes on a refusal. */
    private String act(long id, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", labels.text(doneKey));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", labels.text(violation));
        }
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) List<Long> handlerIds, @RequestParam(required = false) Long leaderId,
                  @RequestParam(required = false) Integer version, @AuthenticationPrincipal DanVanUser user, RedirectAttributes redirect) {
        return act(id, redirect, "case.done.ASSIGN", () -> cases.assign(id, version, handlerIds, leaderId, user));
    }

    @PostMapping("/cases/{id}/plan")
    String plan(@PathVariable long id, @RequestParam(required = false) String text, @RequestParam(required = false) Integer version,
                @AuthenticationPrincipal DanVanUser user, RedirectAttributes redirect) {
        return act(id, redirect, "case.done.PLAN", () -> cases.plan(id, version, text, user));
    }

    @PostMapping("/cases/{id}/dialogue")
    String dialogue(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                    @RequestParam(required = false) String participants, @RequestParam(required = false) String content,
                    @RequestParam(required = false) Integer version, @AuthenticationPrincipal DanVanUser user, RedirectAttributes redirect) {
        return act(id, redirect, "case.done.DIALOGUE", () -> cases.dialogue(id, version, heldOn, participants, content, user));
    }

    @PostMapping("/cases/{id}/variant")
    String variant(@PathVariable long id, @RequestParam(required = false) RuleVariant variant, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) Integer version, @AuthenticationPrincipal DanVanUser user, RedirectAttributes redirect) {
        return act(id, redirect, "case.done.CHANGE_VARIANT", () -> cases.changeVariant(id, version, variant, reason, user));
    }

    @PostMapping("/cases/{id}/suspend")
    String suspend(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
                   @AuthenticationPrincipal DanVanUser user, RedirectAttributes redirect) {
        return act(id, redirect, "case.done.SUSPEND", () -> cases.suspend(id, version, on, reason, user));
    }

    @PostMapping("/cases/{id}/resume")
    String resume(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
                  @AuthenticationPrincipal DanVanUser user, RedirectAttributes redirect) {
        return act(id, redirect, "case.done.RESUME", () -> cases.resume(id, version, on, reason, user));
    }

    @PostMapping("/cases/{id}/extend")
    String extend(@PathVariable long id, @RequestParam(defaultValue = "0") int days, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Integer version, @AuthenticationPrincipal DanVanUser user, RedirectAttributes redirect) {
        return act(id, redirect, "case.done.EXTEND", () -> cases.extend(id, version, days, reason, user));
    }

    @PostMapping("/cases/{id}/conclude")
    String conclude(@PathVariable long id, @RequestParam(required = false) Long documentId, @RequestParam(required = false) String summary,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @RequestParam(required = false) Integer version, @AuthenticationPrincipal DanVanUser user, RedirectAttributes redirect) {
        return act(id, redirect, "case.done.CONCLUDE", () -> cases.conclude(id, version, documentId, summary, on, user));
    }

    @PostMapping("/cases/{id}/notify")
    String notifyParties(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                         @RequestParam(required = false) String note, @RequestParam(required = false) Integer version,
                         @AuthenticationPrincipal DanVanUser user, RedirectAttributes redirect) {
        return act(id, redirect, "case.done.NOTIFY", () -> cases.notifyParties(id, version, on, note, user));
    }

    @PostMapping("/cases/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                 @RequestParam(required = false) Satisfaction satisfaction, @RequestParam(required = false) String note,
                 @RequestParam(required = false) Integer version, @AuthenticationPrincipal DanVanUser user, RedirectAttributes redirect) {
        return act(id, redirect, "case.done.CLOSE", () -> cases.close(id, version, on, satisfaction, note, user));
    }

    @PostMapping("/cases/{id}/second-instance")
    String secondInstance(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                          @RequestParam(required = false) Long handlingOrganizationId, @RequestParam(required = false) String reason,
                          @AuthenticationPrincipal DanVanUser user, RedirectAttributes redirect) {
        try {
            if (handlingOrganizationId == null) {
                throw new RuleViolation("case.organization.invalid");
            }
            long second = cases.openSecondInstance(id, receivedOn, handlingOrganizationId, reason, user);
            redirect.addFlashAttribute("flashSuccess", labels.text("case.done.OPEN_SECOND_INSTANCE"));
            return "redirect:/cases/" + second;
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", labels.text(violation));
            return "redirect:/cases/" + id;
        }
    }

    @PostMapping("/cases/{id}/report-demands")
    String demand(@PathVariable long id, @RequestParam(required = false) String note, @AuthenticationPrincipal DanVanUser user,
                  RedirectAttributes redirect) {
        return act(id, redirect, "case.done.DEMAND_REPORT", () -> cases.demandReport(id, note, user));
    }

    @PostMapping("/cases/{id}/report-demands/{demandId}/report")
    String report(@PathVariable long id, @PathVariable long demandId, @RequestParam(required = false) String text,
                  @AuthenticationPrincipal DanVanUser user, RedirectAttributes redirect) {
        return act(id, redirect, "case.done.REPORT", () -> cases.report(id, demandId, text, user));
    }

}
