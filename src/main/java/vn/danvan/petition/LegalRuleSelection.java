package vn.danvan.petition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which row of the rule table applies: valid on the day that starts the period (the rule in force on the receipt
 * date for classification, on the acceptance date for resolution), the most specific category and instance first,
 * the requested variant, else the step's NORMAL row (a variant that a step does not know, e.g. "several places"
 * for a complaint's resolution, takes the ordinary limit).
 */
public final class LegalRuleSelection {

    private LegalRuleSelection() {
    }

    public static Optional<LegalRule> select(Collection<LegalRule> rules, String category, int instance, RuleStep step,
                                             RuleVariant variant, LocalDate on) {
        Optional<LegalRule> exact = best(rules, category, instance, step, variant, on);
        return exact.isPresent() || variant == RuleVariant.NORMAL ? exact : best(rules, category, instance, step, RuleVariant.NORMAL, on);
    }

    private static Optional<LegalRule> best(Collection<LegalRule> rules, String category, int instance, RuleStep step,
                                            RuleVariant variant, LocalDate on) {
        return rules.stream()
                .filter(r -> r.step() == step && r.variant() == variant && r.validOn(on))
                .filter(r -> r.category().equals(category) || r.category().equals(LegalRule.ANY))
                .filter(r -> r.instance() == instance || r.instance() == 0)
                .min(Comparator.comparingInt((LegalRule r) -> r.category().equals(category) ? 0 : 1)
                        .thenComparingInt(r -> r.instance() == instance ? 0 : 1)
                        .thenComparing(LegalRule::validFrom, Comparator.reverseOrder())
                        .thenComparing(LegalRule::id, Comparator.reverseOrder()));
    }
}
