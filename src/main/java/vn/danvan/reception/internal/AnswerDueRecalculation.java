package vn.danvan.reception.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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
import vn.danvan.reception.DeadlineRule;
import vn.danvan.reception.ReceptionRules;
import vn.danvan.reception.VisitDueChange;
import vn.danvan.system.RuleViolation;

/**
 * Recomputes the answer due day of every visit still awaiting its answer (10 days, Luật Tiếp công dân 2013, Art. 28,
 * on the working calendar) when the calendar or the reception time limit changes — a holiday or a swapped working
 * day announced after the visit can move the day — and records each move so that the visit shows
 * "Hạn trả lời thay đổi từ … thành … do …". An answered visit keeps the due day it was judged by.
 *
 * <p>Like the petition module's recomputation it runs after the changing transaction completed
 * ({@code AFTER_COMPLETION}), when the calendar has dropped its snapshot ({@code AFTER_COMMIT}), in a transaction
 * of its own; a rolled-back change moves nothing.
 */
@Component
class AnswerDueRecalculation {

    private static final Logger log = LoggerFactory.getLogger(AnswerDueRecalculation.class);

    private final ReceptionRepository repository;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AnswerDueRecalculation(ReceptionRepository repository, WorkingCalendar calendar, Clock clock, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.calendar = calendar;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void calendarChanged(WorkingCalendarChanged change) {
        recomputeAll(VisitDueChange.Cause.CALENDAR, change.detail());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void ruleChanged(ReceptionRules.DeadlineRuleChanged change) {
        recomputeAll(VisitDueChange.Cause.RULE, "Cập nhật thời hạn trả lời công dân (dòng " + change.ruleId() + ", " + change.actor() + ")");
    }

    /** @return how many due days moved */
    int recomputeAll(VisitDueChange.Cause cause, String detail) {
        long started = System.nanoTime();
        Integer moved = transaction.execute(status -> {
            List<DeadlineRule> rules = repository.findDeadlineRules();
            OffsetDateTime now = OffsetDateTime.now(clock);
            int count = 0;
            for (ReceptionRepository.AwaitingAnswer visit : repository.findAwaitingAnswer()) {
                Optional<LocalDate> due = due(rules, visit);
                if (due.isPresent() && !due.get().equals(visit.answerDue())
                        && repository.updateAnswerDue(visit.id(), visit.answerDue(), due.get())) {
                    repository.insertDueChange(visit.id(), visit.answerDue(), due.get(), cause, detail, now);
                    count++;
                }
            }
            return count;
        });
        log.info("Answer due days of visits recomputed after a {} change: {} moved in {} ms", cause, moved,
                (System.nanoTime() - started) / 1_000_000);
        return moved == null ? 0 : moved;
    }

    /** Empty when no time limit is in force on the visit's day (the due day it has is kept) or it cannot be computed. */
    private Optional<LocalDate> due(List<DeadlineRule> rules, ReceptionRepository.AwaitingAnswer visit) {
        try {
            return DeadlineRule.inForce(rules, DeadlineRule.ANSWER_TO_CITIZEN, visit.receivedOn())
                    .map(r -> calendar.deadline(visit.receivedOn(), r.days(), r.counting()).due());
        } catch (RuleViolation e) {
            log.warn("Answer due day of visit {} not recomputed: {}", visit.id(), e.getMessage());
            return Optional.empty();
        }
    }
}
