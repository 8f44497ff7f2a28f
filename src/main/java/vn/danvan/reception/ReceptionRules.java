package vn.danvan.reception;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditTrail;
import vn.danvan.reception.internal.ReceptionRepository;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;

/**
 * The administrator's changes to the reception rules. A rule is never rewritten in place for a new law: a new row
 * takes over from its first day, and the row it replaces is closed the day before, so that every past month is
 * still judged by the rule that was in force then. Every change is audited.
 */
@Service
public class ReceptionRules {

    private final ReceptionRepository repository;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    public ReceptionRules(ReceptionRepository repository, AuditTrail audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
    }

    /** A time limit of the reception desk changed: the due days of the visits awaiting their answer are recomputed. */
    public record DeadlineRuleChanged(long ruleId, String actor) {
    }

    /** Corrects a row (a typo in the source, a wrong date); a stale version is refused. */
    @Transactional
    public void update(ReceptionRule changed) {
        ReceptionRule existing = repository.findRule(changed.id()).orElseThrow(() -> new RuleViolation("reception.rule.notFound"));
        ReceptionRule rule = new ReceptionRule(existing.id(), existing.holder(), existing.level(), changed.minDays(), changed.period(),
                changed.delegationAllowed(), changed.validFrom(), changed.validTo(), changed.source(), changed.version());
        check(rule);
        if (!repository.updateRule(rule)) {
            throw new ConcurrentChange();
        }
        audit.record("RECEPTION_RULE_CHANGED", "reception_rule", rule.id(), describe(rule));
    }

    /** A new version of a rule from its first day; the open row it replaces ends the day before. */
    @Transactional
    public long add(ReceptionRule rule) {
        if (rule.holder() == null || rule.level() == null) {
            throw new RuleViolation("reception.rule.holder.required");
        }
        check(rule);
        for (ReceptionRule open : repository.findRules()) {
            if (open.id() != rule.id() && open.holder() == rule.holder() && open.level() == rule.level() && open.validTo() == null
                    && open.validFrom().isBefore(rule.validFrom())) {
                ReceptionRule closed = new ReceptionRule(open.id(), open.holder(), open.level(), open.minDays(), open.period(),
                        open.delegationAllowed(), open.validFrom(), rule.validFrom().minusDays(1), open.source(), open.version());
                repository.updateRule(closed);
                audit.record("RECEPTION_RULE_CHANGED", "reception_rule", open.id(), describe(closed));
            }
        }
        long id = repository.insertRule(rule);
        audit.record("RECEPTION_RULE_ADDED", "reception_rule", id, describe(rule));
        return id;
    }

    private void check(ReceptionRule rule) {
        if (rule.minDays() < 1 || rule.minDays() > 31) {
            throw new RuleViolation("reception.rule.days.invalid");
        }
        if (rule.period() == null) {
            throw new RuleViolation("reception.rule.period.required");
        }
        if (rule.validFrom() == null) {
            throw new RuleViolation("reception.rule.validFrom.required");
        }
        if (rule.validTo() != null && rule.validTo().isBefore(rule.validFrom())) {
            throw new RuleViolation("reception.rule.validity.invalid");
        }
        if (rule.source() == null || rule.source().isBlank()) {
            throw new RuleViolation("reception.rule.source.required");
        }
        List<ReceptionRule> others = repository.findRules().stream()
                .filter(r -> r.id() != rule.id() && r.holder() == rule.holder() && r.level() == rule.level())
                .filter(r -> overlaps(r, rule))
                .filter(r -> !(r.validTo() == null && r.validFrom().isBefore(rule.validFrom()) && rule.id() == 0))
                .toList();
        if (!others.isEmpty()) {
            ReceptionRule other = others.get(0);
            throw new RuleViolation("reception.rule.overlap", VietnameseFormat.date(other.validFrom()),
                    other.validTo() == null ? "nay" : VietnameseFormat.date(other.validTo()));
        }
    }

    private static boolean overlaps(ReceptionRule a, ReceptionRule b) {
        boolean aEndsBefore = a.validTo() != null && a.validTo().isBefore(b.validFrom());
        boolean bEndsBefore = b.validTo() != null && b.validTo().isBefore(a.validFrom());
        return !aEndsBefore && !bEndsBefore;
    }

    @Transactional
    public void updateCrowdRule(CrowdRule rule) {
        if (rule.minPeople() < 2 || (rule.maxPeople() != null && rule.maxPeople() < rule.minPeople())) {
            throw new RuleViolation("reception.crowdRule.people.invalid");
        }
        if (rule.minRepresentatives() < 1 || rule.maxRepresentatives() < rule.minRepresentatives()) {
            throw new RuleViolation("reception.crowdRule.representatives.invalid");
        }
        if (rule.validFrom() == null || (rule.validTo() != null && rule.validTo().isBefore(rule.validFrom()))) {
            throw new RuleViolation("reception.rule.validity.invalid");
        }
        if (rule.source() == null || rule.source().isBlank()) {
            throw new RuleViolation("reception.rule.source.required");
        }
        if (!repository.updateCrowdRule(rule)) {
            throw new ConcurrentChange();
        }
        audit.record("RECEPTION_CROWD_RULE_CHANGED", "reception_crowd_rule", rule.id(), rule.band() + ": " + rule.minRepresentatives()
                + "–" + rule.maxRepresentatives() + " người đại diện (" + rule.source() + ")");
    }

    @Transactional
    public void updateDeadlineRule(DeadlineRule rule) {
        if (rule.days() < 1 || rule.days() > 365) {
            throw new RuleViolation("reception.deadlineRule.days.invalid");
        }
        if (rule.validFrom() == null || (rule.validTo() != null && rule.validTo().isBefore(rule.validFrom()))) {
            throw new RuleViolation("reception.rule.validity.invalid");
        }
        if (rule.source() == null || rule.source().isBlank()) {
            throw new RuleViolation("reception.rule.source.required");
        }
        if (!repository.updateDeadlineRule(rule)) {
            throw new ConcurrentChange();
        }
        audit.record("RECEPTION_DEADLINE_RULE_CHANGED", "reception_deadline_rule", rule.id(), rule.code() + ": " + rule.days() + " ngày ("
                + rule.source() + ")");
        events.publishEvent(new DeadlineRuleChanged(rule.id(), Receptions.actor()));
    }

    /** Corrects the dates or the source of an identification rule; a stale version is refused. */
    @Transactional
    public void updateIdentificationRule(IdentificationRule rule) {
        if (rule.validFrom() == null || (rule.validTo() != null && rule.validTo().isBefore(rule.validFrom()))) {
            throw new RuleViolation("reception.rule.validity.invalid");
        }
        if (rule.source() == null || rule.source().isBlank()) {
            throw new RuleViolation("reception.rule.source.required");
        }
        IdentificationRule stripped = new IdentificationRule(rule.id(), rule.validFrom(), rule.validTo(), rule.source().strip(), rule.version());
        if (!repository.updateIdentificationRule(stripped)) {
            throw new ConcurrentChange();
        }
        audit.record("RECEPTION_IDENTIFICATION_RULE_CHANGED", "reception_identification_rule", rule.id(), "Định danh người được tiếp: từ "
                + VietnameseFormat.date(stripped.validFrom()) + (stripped.validTo() == null ? "" : " đến " + VietnameseFormat.date(stripped.validTo()))
                + " (" + stripped.source() + ")");
    }

    private static String describe(ReceptionRule r) {
        return r.holder().name() + "/" + r.level().name() + ": " + r.frequency() + ", từ " + VietnameseFormat.date(r.validFrom())
                + (r.validTo() == null ? "" : " đến " + VietnameseFormat.date(r.validTo())) + (r.delegationAllowed() ? "" : ", không ủy quyền")
                + " (" + r.source() + ")";
    }
}
