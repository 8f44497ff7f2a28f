package vn.danvan.petition.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.calendar.CountingMode;
import vn.danvan.petition.LegalRule;
import vn.danvan.petition.LegalRules;
import vn.danvan.system.RuleViolation;

/** The rule table for the administrator (/admin/** is ADMIN only): every row with its history; edits add a new version. */
@Controller
class LegalRuleController {

    private final LegalRules rules;
    private final Labels labels;

    LegalRuleController(LegalRules rules, Labels labels) {
        this.rules = rules;
        this.labels = labels;
    }

    @GetMapping("/admin/legal-rules")
    String list(@RequestParam(defaultValue = "false") boolean history, @RequestParam(required = false) Long edit, Model model) {
        List<LegalRule> all = rules.all().stream()
                .filter(r -> history || r.validTo() == null || !r.validTo().isBefore(LocalDate.now()))
                .sorted(Comparator.comparing((LegalRule r) -> r.step().ordinal()).thenComparing(LegalRule::category)
                        .thenComparing(LegalRule::instance).thenComparing(r -> r.variant().ordinal()).thenComparing(LegalRule::validFrom))
                .toList();
        model.addAttribute("rules", all);
        model.addAttribute("history", history);
        model.addAttribute("modes", CountingMode.values());
        if (edit != null) {
            model.addAttribute("editing", rules.get(edit));
        }
        return "petition/legal-rules";
    }

    @PostMapping("/admin/legal-rules/{id}/versions")
    String addVersion(@PathVariable long id, @RequestParam(defaultValue = "0") int limitDays, @RequestParam(required = false) CountingMode countingMode,
                      @RequestParam(defaultValue = "0") int maxExtensions, @RequestParam(defaultValue = "0") int extensionDays,
                      @RequestParam(defaultValue = "false") boolean suspensionExcluded,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                      @RequestParam(required = false) String legalSource, @RequestParam(defaultValue = "false") boolean needsVerification,
                      @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            rules.addVersion(new LegalRules.NewVersion(id, limitDays, countingMode, maxExtensions, extensionDays, suspensionExcluded, validFrom,
                    legalSource, needsVerification, note));
            redirect.addFlashAttribute("flashSuccess", labels.text("rule.version.saved"));
            return "redirect:/admin/legal-rules?history=true";
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", labels.text(violation));
            return "redirect:/admin/legal-rules?edit=" + id;
        }
    }
}
