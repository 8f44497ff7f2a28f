package vn.danvan.reception.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.calendar.CountingMode;
import vn.danvan.org.UnitLevel;
import vn.danvan.reception.CrowdRule;
import vn.danvan.reception.DeadlineRule;
import vn.danvan.reception.IdentificationRule;
import vn.danvan.reception.ReceptionRule;
import vn.danvan.reception.ReceptionRules;
import vn.danvan.reception.Receptions;
import vn.danvan.reception.RuleHolder;
import vn.danvan.system.RuleViolation;

/** The administrator's page of reception rules: periodic obligations (versioned rows), crowd bands, time limits, identification. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ReceptionRulesController {

    private final Receptions receptions;
    private final ReceptionRules rules;
    private final ReceptionLabels labels;

    ReceptionRulesController(Receptions receptions, ReceptionRules rules, ReceptionLabels labels) {
        this.receptions = receptions;
        this.rules = rules;
        this.labels = labels;
    }

    @GetMapping("/admin/reception-rules")
    String page(Model model) {
        model.addAttribute("rules", receptions.rules());
        model.addAttribute("crowdRules", receptions.crowdRules());
        model.addAttribute("deadlineRules", receptions.deadlineRules());
        model.addAttribute("identificationRules", receptions.identificationRules());
        model.addAttribute("holders", RuleHolder.values());
        model.addAttribute("levels", new UnitLevel[] {UnitLevel.PROVINCE, UnitLevel.COMMUNE});
        model.addAttribute("periods", ReceptionRule.Period.values());
        model.addAttribute("countings", CountingMode.values());
        return "reception/rules";
    }

    @PostMapping("/admin/reception-rules/{id}")
    String update(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "0") int minDays,
                  @RequestParam(required = false) ReceptionRule.Period period, @RequestParam(defaultValue = "false") boolean delegationAllowed,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                  @RequestParam(required = false) String source, RedirectAttributes redirect) {
        return run(redirect, () -> rules.update(new ReceptionRule(id, null, null, minDays, period, delegationAllowed, validFrom, validTo,
                source, version)));
    }

    @PostMapping("/admin/reception-rules")
    String add(@RequestParam(required = false) RuleHolder holder, @RequestParam(required = false) UnitLevel level,
               @RequestParam(defaultValue = "0") int minDays, @RequestParam(required = false) ReceptionRule.Period period,
               @RequestParam(defaultValue = "false") boolean delegationAllowed,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
               @RequestParam(required = false) String source, RedirectAttributes redirect) {
        return run(redirect, () -> rules.add(new ReceptionRule(0, holder, level, minDays, period, delegationAllowed, validFrom, validTo,
                source, 0)));
    }

    @PostMapping("/admin/reception-rules/crowd/{id}")
    String crowd(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "0") int minPeople,
                 @RequestParam(required = false) Integer maxPeople, @RequestParam(defaultValue = "0") int minRepresentatives,
                 @RequestParam(defaultValue = "0") int maxRepresentatives,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                 @RequestParam(required = false) String source, RedirectAttributes redirect) {
        return run(redirect, () -> rules.updateCrowdRule(new CrowdRule(id, minPeople, maxPeople, minRepresentatives, maxRepresentatives,
                validFrom, validTo, source, version)));
    }

    @PostMapping("/admin/reception-rules/deadline/{id}")
    String deadline(@PathVariable long id, @RequestParam int version, @RequestParam String code, @RequestParam(defaultValue = "0") int days,
                    @RequestParam(required = false) CountingMode counting,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                    @RequestParam(required = false) String source, RedirectAttributes redirect) {
        return run(redirect, () -> rules.updateDeadlineRule(new DeadlineRule(id, code, days,
                counting == null ? CountingMode.CALENDAR : counting, validFrom, validTo, source, version)));
    }

    @PostMapping("/admin/reception-rules/identification/{id}")
    String identification(@PathVariable long id, @RequestParam int version,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
                          @RequestParam(required = false) String source, RedirectAttributes redirect) {
        return run(redirect, () -> rules.updateIdentificationRule(new IdentificationRule(id, validFrom, validTo, source, version)));
    }

    private String run(RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flashSuccess", labels.text("reception.rule.saved"));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", labels.text(violation));
        }
        return "redirect:/admin/reception-rules";
    }
}
