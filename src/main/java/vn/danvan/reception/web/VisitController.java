package vn.danvan.reception.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Scope;
import vn.danvan.reception.CrowdRule;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.reception.ReceptionSession;
import vn.danvan.reception.Receptions;
import vn.danvan.reception.Visit;
import vn.danvan.reception.VisitOutcome;
import vn.danvan.reception.VisitSearch;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.XlsxExport;

/** Visits: the list with filters and a redacted Excel export, the form, a visit with its answer and petition link. */
@Controller
class VisitController {

    private final Receptions receptions;
    private final ReceptionLabels labels;
    private final AdministrativeMap map;

    VisitController(Receptions receptions, ReceptionLabels labels, AdministrativeMap map) {
        this.receptions = receptions;
        this.labels = labels;
        this.map = map;
    }

    @ModelAttribute("labels")
    ReceptionLabels labels() {
        return labels;
    }

    private static VisitSearch search(String q, LocalDate from, LocalDate to, Long organization, Long unit, MatterCategory category,
                                      MatterField field, VisitOutcome outcome, boolean crowd, boolean overdue) {
        return new VisitSearch(q, from, to, organization, unit, category, field, outcome, crowd, overdue);
    }

    @GetMapping("/reception/visits")
    String list(@AuthenticationPrincipal DanVanUser user, @RequestParam(required = false) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long organization, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) MatterCategory category, @RequestParam(required = false) MatterField field,
                @RequestParam(required = false) VisitOutcome outcome, @RequestParam(defaultValue = "false") boolean crowd,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Scope scope = receptions.scopeOf(user);
        VisitSearch search = search(q, from, to, organization, unit, category, field, outcome, crowd, overdue);
        Paged<Visit> visits = receptions.visits(scope, search, PageQuery.of(page, 25, sort, dir));
        model.addAttribute("visits", visits);
        model.addAttribute("search", search);
        model.addAttribute("today", receptions.today());
        model.addAttribute("categories", MatterCategory.values());
        model.addAttribute("fields", MatterField.values());
        model.addAttribute("outcomes", VisitOutcome.values());
        model.addAttribute("organizations", receptions.listedOrganizations(scope));
        model.addAttribute("units", units(scope));
        model.addAttribute("mayRecord", receptions.mayRecord(user));
        return htmx != null ? "reception/visits :: results" : "reception/visits";
    }

    private List<AdministrativeUnit> units(Scope scope) {
        List<AdministrativeUnit> units = new ArrayList<>();
        map.currentUnitsByProvince(scope).forEach(p -> {
            if (p.provinceSelectable()) {
                units.add(p.province());
            }
            units.addAll(p.communes());
        });
        return units;
    }

    @GetMapping("/reception/visits/export.xlsx")
    void export(@AuthenticationPrincipal DanVanUser user, @RequestParam(required = false) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long organization, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) MatterCategory category, @RequestParam(required = false) MatterField field,
                @RequestParam(required = false) VisitOutcome outcome, @RequestParam(defaultValue = "false") boolean crowd,
                @RequestParam(defaultValue = "false") boolean overdue, HttpServletResponse response) throws IOException {
        Scope scope = receptions.scopeOf(user);
        Paged<Visit> visits = receptions.visits(scope, search(q, from, to, organization, unit, category, field, outcome, crowd, overdue),
                new PageQuery(0, 5000, "date", true));
        LocalDate today = receptions.today();
        // citizens are exported as lists show them: a denouncer's identity never leaves the database in clear
        XlsxExport.write(response, "luot-tiep-cong-dan.xlsx", "Lượt tiếp",
                List.of(labels.text("reception.visit.receivedOn"), labels.text("reception.visit.organization"),
                        labels.text("reception.visit.unit"), labels.text("reception.visit.citizens"),
                        labels.text("reception.visit.count"), labels.text("reception.visit.crowd"),
                        labels.text("reception.visit.category"), labels.text("reception.visit.field"),
                        labels.text("reception.visit.content"), labels.text("reception.visit.outcome"),
                        labels.text("reception.visit.answerDue"), labels.text("reception.visit.answeredOn"),
                        labels.text("reception.visit.trackingCode")),
                visits.items(), v -> List.of(VietnameseFormat.date(v.receivedOn()), labels.organization(v.receivingOrganizationId()),
                        labels.unit(v.unitId()), Receptions.citizensLabel(v), v.citizensCount(),
                        v.crowdDelegation() ? labels.text("reception.visit.crowd.yes") : "",
                        labels.label(v.category().messageKey(), v.category().name()), labels.label(v.field().messageKey(), v.field().name()),
                        v.content(), labels.text(v.outcome().messageKey()) + (v.transferTarget() == null ? "" : ": " + v.transferTarget()),
                        v.answerDue() == null ? "" : VietnameseFormat.date(v.answerDue()) + (v.overdue(today) ? " (" + labels.text("reception.visit.overdue") + ")" : ""),
                        v.answeredOn() == null ? "" : VietnameseFormat.date(v.answeredOn()),
                        Objects.toString(v.trackingCode(), "")));
    }

    @GetMapping("/reception/visits/new")
    String newVisit(@AuthenticationPrincipal DanVanUser user, @RequestParam(required = false) Long session,
                    @RequestParam(required = false) Integer rows, Model model) {
        requireRecorder(user);
        VisitForm form = new VisitForm();
        form.setReceivedOn(receptions.today());
        form.setReceivingOrganizationId(user.organizationId());
        if (session != null) {
            ReceptionSession s = receptions.session(session, receptions.scopeOf(user));
            form.setSessionId(s.id());
            form.setReceivingOrganizationId(s.organizationId());
            form.setReceivedOn(s.day());
        }
        form.padCitizens(rows == null ? 3 : Math.max(1, Math.min(rows, 30)));
        return form(model, user, form, null);
    }

    @PostMapping("/reception/visits/new")
    String create(@AuthenticationPrincipal DanVanUser user, @ModelAttribute("form") VisitForm form,
                  @RequestParam(required = false) String addRows, Model model, RedirectAttributes redirect) {
        requireRecorder(user);
        if (addRows != null) {
            form.padCitizens(form.getCitizens().size() + 5);
            return form(model, user, form, null);
        }
        try {
            long id = receptions.recordVisit(form.request(), receptions.scopeOf(user));
            Visit saved = receptions.visit(id, receptions.scopeOf(user));
            redirect.addFlashAttribute("flashSuccess", saved.crowdDelegation()
                    ? labels.text("reception.visit.savedCrowd", saved.citizensCount(), saved.representatives())
                    : labels.text("reception.visit.saved"));
            return "redirect:/reception/visits/" + id;
        } catch (RuleViolation violation) {
            return form(model, user, form, labels.text(violation));
        }
    }

    private String form(Model model, DanVanUser user, VisitForm form, String error) {
        Scope scope = receptions.scopeOf(user);
        form.padCitizens(1);
        LocalDate day = form.getReceivedOn() == null ? receptions.today() : form.getReceivedOn();
        List<CrowdRule> bands = receptions.crowdRules().stream().filter(r -> r.inForceOn(day)).toList();
        model.addAttribute("form", form);
        model.addAttribute("formError", error);
        model.addAttribute("categories", MatterCategory.values());
        model.addAttribute("fields", MatterField.values());
        model.addAttribute("outcomes", VisitOutcome.values());
        model.addAttribute("organizations", receptions.receivingOrganizations(scope));
        model.addAttribute("units", units(scope));
        model.addAttribute("crowdThreshold", receptions.crowdOn(day).threshold());
        model.addAttribute("crowdBands", bands);
        model.addAttribute("rs", form.getSessionId() == null ? null : receptions.session(form.getSessionId(), scope));
        model.addAttribute("answerDays", receptions.deadlineRules().stream().filter(r -> r.inForceOn(day)).findFirst().orElse(null));
        model.addAttribute("identification", receptions.identificationOn(day).orElse(null));
        return "reception/visit-form";
    }

    @GetMapping("/reception/visits/{id}")
    String visit(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Model model) {
        return page(receptions.visit(id, receptions.scopeOf(user)), user, model);
    }

    /** The one place where a denouncer's identity is shown; every request is audited. */
    @PostMapping("/reception/visits/{id}/identity")
    String identity(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Model model) {
        Visit visit = receptions.revealIdentity(id, user);
        model.addAttribute("revealed", true);
        return page(visit, user, model);
    }

    private String page(Visit visit, DanVanUser user, Model model) {
        Scope scope = receptions.scopeOf(user);
        model.addAttribute("visit", visit);
        model.addAttribute("citizensLabel", Receptions.citizensLabel(visit));
        model.addAttribute("today", receptions.today());
        model.addAttribute("deadline", receptions.answerDeadline(visit.receivedOn()));
        model.addAttribute("dueChanges", receptions.dueChanges(visit.id(), scope));
        model.addAttribute("rs", visit.sessionId() == null ? null : receptions.session(visit.sessionId(), scope));
        model.addAttribute("mayReveal", receptions.mayReveal(visit, user));
        model.addAttribute("mayRecord", receptions.mayRecord(user));
        return "reception/visit";
    }

    @PostMapping("/reception/visits/{id}/answer")
    String answer(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, @RequestParam int version,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
                  @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            receptions.recordAnswer(id, version, answeredOn, note, user);
            redirect.addFlashAttribute("flashSuccess", labels.text("reception.answer.saved"));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", labels.text(violation));
        }
        return "redirect:/reception/visits/" + id;
    }

    private void requireRecorder(DanVanUser user) {
        if (!receptions.mayRecord(user)) {
            throw new AccessDeniedException("reception recording");
        }
    }
}
