package vn.danvan.reception.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Scope;
import vn.danvan.reception.ReceivedBy;
import vn.danvan.reception.ReceptionRule;
import vn.danvan.reception.ReceptionSchedule;
import vn.danvan.reception.ReceptionSession;
import vn.danvan.reception.Receptions;
import vn.danvan.reception.SessionKind;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.RuleViolation;

/** Reception sessions: the month view (planned against held), a session, its form, and the heads' schedule compliance. */
@Controller
class ReceptionController {

    private final Receptions receptions;
    private final ReceptionSchedule schedule;
    private final ReceptionLabels labels;

    ReceptionController(Receptions receptions, ReceptionSchedule schedule, ReceptionLabels labels) {
        this.receptions = receptions;
        this.schedule = schedule;
        this.labels = labels;
    }

    @ModelAttribute("labels")
    ReceptionLabels labels() {
        return labels;
    }

    /** A day of the month grid with its sessions. */
    record DayCell(LocalDate date, boolean inMonth, List<ReceptionSession> sessions) {
    }

    @GetMapping("/reception")
    String sessions(@AuthenticationPrincipal DanVanUser user, @RequestParam(required = false) String month,
                    @RequestParam(required = false) SessionKind kind, @RequestParam(required = false) Long organization,
                    @RequestParam(required = false) Integer page, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String dir, Model model) {
        Scope scope = receptions.scopeOf(user);
        LocalDate today = receptions.today();
        YearMonth shown = parseMonth(month).orElse(YearMonth.from(today));
        LocalDate first = shown.atDay(1);
        LocalDate last = shown.atEndOfMonth();
        List<ReceptionSession> inMonth = receptions.sessionsBetween(scope, first, last).stream()
                .filter(s -> kind == null || s.kind() == kind)
                .filter(s -> organization == null || s.organizationId() == organization)
                .toList();
        Map<LocalDate, List<ReceptionSession>> byDay = new TreeMap<>();
        inMonth.forEach(s -> byDay.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s));
        List<List<DayCell>> weeks = new ArrayList<>();
        for (LocalDate monday = first.with(DayOfWeek.MONDAY); !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            List<DayCell> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate day = monday.plusDays(i);
                week.add(new DayCell(day, YearMonth.from(day).equals(shown), byDay.getOrDefault(day, List.of())));
            }
            weeks.add(week);
        }
        long planned = inMonth.stream().filter(s -> YearMonth.from(s.plannedOn()).equals(shown)).count();
        long held = inMonth.stream().filter(s -> s.held() && YearMonth.from(s.heldOn()).equals(shown)).count();
        long missed = inMonth.stream().filter(s -> s.status(today) == ReceptionSession.Status.MISSED).count();
        Paged<ReceptionSession> list = receptions.sessions(scope, organization, kind, first, last, PageQuery.of(page, 25, sort, dir));
        model.addAttribute("month", shown);
        model.addAttribute("monthLabel", shown.getMonthValue() < 10 ? "0" + shown.getMonthValue() + "/" + shown.getYear()
                : shown.getMonthValue() + "/" + shown.getYear());
        model.addAttribute("previousMonth", shown.minusMonths(1));
        model.addAttribute("nextMonth", shown.plusMonths(1));
        model.addAttribute("weeks", weeks);
        model.addAttribute("planned", planned);
        model.addAttribute("held", held);
        model.addAttribute("missed", missed);
        model.addAttribute("sessions", list);
        model.addAttribute("today", today);
        model.addAttribute("kind", kind);
        model.addAttribute("organization", organization);
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("organizations", receptions.listedOrganizations(scope));
        model.addAttribute("mayRecord", receptions.mayRecord(user));
        return "reception/sessions";
    }

    private static Optional<YearMonth> parseMonth(String month) {
        try {
            return month == null || month.isBlank() ? Optional.empty() : Optional.of(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @GetMapping("/reception/sessions/new")
    String newSession(@AuthenticationPrincipal DanVanUser user, @RequestParam(required = false) SessionKind kind,
                      @RequestParam(required = false) Long organization, Model model) {
        requireRecorder(user);
        SessionForm form = new SessionForm();
        if (kind != null) {
            form.setKind(kind);
        }
        form.setOrganizationId(organization == null ? user.organizationId() : organization);
        form.setPlannedOn(receptions.today());
        return form(model, user, form, null, null);
    }

    @PostMapping("/reception/sessions/new")
    String create(@AuthenticationPrincipal DanVanUser user, @ModelAttribute("form") SessionForm form, Model model,
                  RedirectAttributes redirect) {
        requireRecorder(user);
        try {
            long id = receptions.createSession(form.request(), receptions.scopeOf(user));
            redirect.addFlashAttribute("flashSuccess", labels.text("reception.session.saved"));
            return "redirect:/reception/sessions/" + id;
        } catch (RuleViolation violation) {
            return form(model, user, form, null, labels.text(violation));
        }
    }

    @GetMapping("/reception/sessions/{id}")
    String session(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, Model model) {
        Scope scope = receptions.scopeOf(user);
        ReceptionSession session = receptions.session(id, scope);
        model.addAttribute("rs", session);
        model.addAttribute("status", session.status(receptions.today()));
        model.addAttribute("today", receptions.today());
        model.addAttribute("visitCount", receptions.visitsOfSession(id));
        model.addAttribute("breach", receptions.delegationBreach(session).map(ReceptionRule::source).orElse(null));
        model.addAttribute("mayRecord", receptions.mayRecord(user));
        SessionForm form = SessionForm.of(session);
        form.padOfficials(Math.max(3, form.getOfficials().size() + 1));
        model.addAttribute("form", form);
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("receivedBys", ReceivedBy.values());
        return "reception/session";
    }

    @PostMapping("/reception/sessions/{id}")
    String update(@PathVariable long id, @AuthenticationPrincipal DanVanUser user, @ModelAttribute("form") SessionForm form,
                  RedirectAttributes redirect) {
        requireRecorder(user);
        try {
            receptions.updateSession(id, form.getVersion() == null ? -1 : form.getVersion(), form.request(), receptions.scopeOf(user));
            redirect.addFlashAttribute("flashSuccess", labels.text("reception.session.saved"));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", labels.text(violation));
        }
        return "redirect:/reception/sessions/" + id;
    }

    private String form(Model model, DanVanUser user, SessionForm form, Long id, String error) {
        form.padOfficials(3);
        model.addAttribute("form", form);
        model.addAttribute("sessionId", id);
        model.addAttribute("formError", error);
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("receivedBys", ReceivedBy.values());
        model.addAttribute("organizations", receptions.receivingOrganizations(receptions.scopeOf(user)));
        return "reception/session-form";
    }

    private void requireRecorder(DanVanUser user) {
        if (!receptions.mayRecord(user)) {
            throw new AccessDeniedException("reception recording");
        }
    }

    @GetMapping("/reception/schedule")
    String schedule(@AuthenticationPrincipal DanVanUser user, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? receptions.today().getYear() : year;
        List<ReceptionSchedule.HeadSchedule> heads = schedule.year(receptions.scopeOf(user), shown);
        Map<Integer, String> monthLabels = new LinkedHashMap<>();
        int months = heads.stream().mapToInt(h -> h.months().size()).max().orElse(0);
        for (int m = 1; m <= months; m++) {
            monthLabels.put(m, (m < 10 ? "0" : "") + m + "/" + shown);
        }
        model.addAttribute("year", shown);
        model.addAttribute("heads", heads);
        model.addAttribute("monthLabels", monthLabels);
        model.addAttribute("rules", receptions.rules());
        return "reception/schedule";
    }
}
