package vn.danvan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.calendar.WorkingCalendarChanged;
import vn.danvan.petition.Cases;
import vn.danvan.petition.LegalRule;
import vn.danvan.petition.LegalRules;
import vn.danvan.petition.Petition;
import vn.danvan.petition.RuleStep;
import vn.danvan.petition.RuleVariant;
import vn.danvan.petition.SlaClock;

/**
 * Recomputes the due dates of every open case, unclassified petition and open report demand from their recorded
 * history when the working calendar or the rule table changes, and records each change so that the case shows it.
 *
 * <p>Runs after the changing transaction completed ({@code AFTER_COMPLETION}): the calendar drops its snapshot in
 * the {@code AFTER_COMMIT} phase, which Spring runs for every listener before any {@code AFTER_COMPLETION} one, so
 * the recomputation always sees the new calendar. A rolled-back change leaves nothing to recompute (no date moves).
 */
@Component
class DeadlineRecalculation {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecalculation.class);

    private final PetitionRepository repository;
    private final Cases cases;
    private final LegalRules rules;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DeadlineRecalculation(PetitionRepository repository, Cases cases, LegalRules rules, WorkingCalendar calendar, Clock clock,
                          PlatformTransactionManager transactions) {
        this.repository = repository;
        this.cases = cases;
        this.rules = rules;
        this.calendar = calendar;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void calendarChanged(WorkingCalendarChanged change) {
        recomputeAll("CALENDAR", change.detail());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void rulesChanged(LegalRules.LegalRulesChanged change) {
        rules.all(); // reload
        recomputeAll("RULE", "Cập nhật bảng thời hạn luật định (dòng " + change.ruleId() + ", " + change.actor() + ")");
    }

    /** @return how many due dates moved */
    int recomputeAll(String cause, String detail) {
        long started = System.nanoTime();
        Integer moved = transaction.execute(status -> {
            int count = cases.recomputeOpenCases(cause, detail);
            OffsetDateTime now = OffsetDateTime.now(clock);
            Map<Long, LegalRule> byId = new HashMap<>();
            rules.all().forEach(r -> byId.put(r.id(), r));
            for (Petition p : repository.unclassified()) {
                LegalRule rule = p.classifyRuleId() == null ? null : byId.get(p.classifyRuleId());
                RuleVariant variant = rule == null ? RuleVariant.NORMAL : rule.variant();
                LegalRule current = rules.select(p.category().name(), 0, RuleStep.CLASSIFY, variant, p.receivedOn()).orElse(null);
                if (current == null) {
                    continue;
                }
                LocalDate due = SlaClock.compute(calendar.rules(), current.limitDays(), current.countingMode(), false,
                        List.of(SlaClock.Event.start(p.receivedOn()))).due();
                if (!Objects.equals(due, p.classifyDue()) || current.id() != p.classifyRuleId()) {
                    repository.updateClassifyDue(p.id(), due, current.id());
                    if (!Objects.equals(due, p.classifyDue())) {
                        repository.insertDeadlineChange(null, p.id(), RuleStep.CLASSIFY, p.classifyDue(), due, cause, detail, now);
                        count++;
                    }
                }
            }
            for (var demand : repository.openReportDemands()) {
                LegalRule rule = demand.ruleId() == null ? null : byId.get(demand.ruleId());
                if (rule == null) {
                    continue;
                }
                LocalDate due = calendar.deadline(demand.demandedOn(), rule.limitDays(), rule.countingMode()).due();
                if (!Objects.equals(due, demand.dueDate())) {
                    repository.updateDemandDue(demand.id(), due);
                    repository.insertDeadlineChange(demand.caseId(), null, RuleStep.REPORT_DEMAND, demand.dueDate(), due, cause, detail, now);
                    count++;
                }
            }
            return count;
        });
        log.info("Due dates recomputed after a {} change: {} moved in {} ms", cause, moved, (System.nanoTime() - started) / 1_000_000);
        return moved == null ? 0 : moved;
    }
}
