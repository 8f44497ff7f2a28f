package vn.danvan.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditTrail;
import vn.danvan.calendar.CountingMode;
import vn.danvan.petition.internal.PetitionRepository;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;

/**
 * The rule table: the legal time limits as data. An administrator edits it only by adding a new version of a row
 * valid from a date; the old row then ends the day before (or is replaced when the new version starts on the
 * same day), so a case keeps being judged by the rule in force on its dates. Every edit is audited and makes the
 * open cases' due dates be recomputed.
 */
@Service
public class LegalRules {

    private final PetitionRepository repository;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile List<LegalRule> cache;

    public LegalRules(PetitionRepository repository, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every row, current and past, for the admin page and the selection. */
    public List<LegalRule> all() {
        List<LegalRule> current = cache;
        if (current == null) {
            current = List.copyOf(repository.rules());
            cache = current;
        }
        return current;
    }

    public LegalRule get(long id) {
        return all().stream().filter(r -> r.id() == id).findFirst().orElseThrow(() -> new NotFoundException("rule.notFound"));
    }

    public Optional<LegalRule> select(String category, int instance, RuleStep step, RuleVariant variant, LocalDate on) {
        return LegalRuleSelection.select(all(), category, instance, step, variant, on);
    }

    /** The rule or a refusal naming what is missing ("no rule in force on …"). */
    public LegalRule require(String category, int instance, RuleStep step, RuleVariant variant, LocalDate on) {
        return select(category, instance, step, variant, on).orElseThrow(() -> new RuleViolation("rule.missing",
                new org.springframework.context.support.DefaultMessageSourceResolvable("rule.step." + step.name()),
                VietnameseFormat.date(on)));
    }

    /** A new version of a rule row. */
    public record NewVersion(long replacesId, int limitDays, CountingMode countingMode, int maxExtensions, int extensionDays,
                             boolean suspensionExcluded, LocalDate validFrom, String legalSource, boolean needsVerification,
                             String note) {
    }

    @Transactional
    public long addVersion(NewVersion request) {
        LegalRule old = repository.rule(request.replacesId()).orElseThrow(() -> new NotFoundException("rule.notFound"));
        if (old.validTo() != null) {
            throw new RuleViolation("rule.version.notCurrent");
        }
        if (request.validFrom() == null || !request.validFrom().isAfter(old.validFrom())) {
            throw new RuleViolation("rule.version.validFrom", VietnameseFormat.date(old.validFrom()));
        }
        if (request.limitDays() < 1 || request.limitDays() > 365) {
            throw new RuleViolation("rule.limit.invalid");
        }
        if (request.maxExtensions() < 0 || request.maxExtensions() > 5 || request.extensionDays() < 0 || request.extensionDays() > 365
                || (request.maxExtensions() > 0) != (request.extensionDays() > 0)) {
            throw new RuleViolation("rule.extension.invalid");
        }
        if (request.legalSource() == null || request.legalSource().isBlank()) {
            throw new RuleViolation("rule.source.required");
        }
        if (request.legalSource().length() > 500 || (request.note() != null && request.note().length() > 1000)) {
            throw new RuleViolation("rule.tooLong");
        }
        String actor = currentActor();
        repository.closeRule(old.id(), request.validFrom().minusDays(1));
        long id = repository.insertRule(new LegalRule(0, old.category(), old.instance(), old.step(), old.variant(), request.limitDays(),
                request.countingMode() == null ? old.countingMode() : request.countingMode(), request.maxExtensions(),
                request.extensionDays(), request.suspensionExcluded(), request.validFrom(), null, request.legalSource().strip(),
                request.needsVerification(), blankToNull(request.note()), old.id(), null, actor), OffsetDateTime.now(clock), actor);
        cache = null;
        audit.record("LEGAL_RULE_VERSION_ADDED", "legal_rule", id, old.step() + " " + old.category() + " " + old.variant() + ": "
                + old.limitText() + " → " + request.limitDays() + " từ " + VietnameseFormat.date(request.validFrom())
                + " (thay dòng " + old.id() + "; " + request.legalSource().strip() + ")");
        events.publishEvent(new LegalRulesChanged(id, actor));
        return id;
    }

    /** Published after a rule edit; the open cases' due dates are recomputed. */
    public record LegalRulesChanged(long ruleId, String actor) {
    }

    void forget() {
        cache = null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String currentActor() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? AuditTrail.SYSTEM_ACTOR : authentication.getName();
    }
}
