package vn.danvan.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.petition.internal.PetitionRepository;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;

/**
 * What a citizen sees on the public tracking page ({@code /tra-cuu}) for the code on their receipt, and the
 * satisfaction they may give there once their case is closed. Built on {@link PetitionTracking#lookup}: status,
 * current step and due date, plus the names of the organizations that received, handle or were sent the
 * petition — never a person's name, identity number, address, phone, the content, nor an officer's name.
 *
 * <p>An unknown code and a malformed one answer the same "not found", so the page tells nothing about which
 * codes exist; the check character is verified before the database is read.
 */
@Service
public class CitizenTracking {

    /** {@code petition_case.satisfaction_source} of an answer given on the tracking page (the column holds 12 characters). */
    public static final String SOURCE = "TRACKING";
    /**
     * The audit log's actor of an answer given on the tracking page. Lower case, as the log's actor filter compares,
     * and with spaces, so that no account name (letters, digits, ". _ -") can be mistaken for it.
     */
    public static final String AUDIT_ACTOR = "công dân (trang tra cứu)";
    /** Longer input cannot be a code (11 characters, with separators at most a few more): refused before parsing. */
    static final int MAX_INPUT = 40;
    static final int MAX_NOTE = 1000;

    private final PetitionTracking tracking;
    private final PetitionRepository repository;
    private final Cases cases;
    private final Organizations organizations;
    private final Clock clock;

    public CitizenTracking(PetitionTracking tracking, PetitionRepository repository, Cases cases, Organizations organizations, Clock clock) {
        this.tracking = tracking;
        this.repository = repository;
        this.cases = cases;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * The public card of a petition.
     *
     * @param stage         plain-language status, label {@code tracking.stage.<stage>}
     * @param currentStep   the step now running, null when none runs
     * @param dueDate       the last day of the current step, null when none runs (also while suspended)
     * @param remainingDays calendar days from today to the due date, negative when overdue, null without a due date
     * @param satisfaction  the answer recorded for the case (by the citizen here or by the handler at closure)
     * @param mayRate       the case is closed and no answer was recorded yet
     */
    public record Card(String trackingCode, LocalDate receivedOn, PetitionStatus status, CaseStatus caseStatus, String stage,
                       RuleStep currentStep, LocalDate dueDate, Integer remainingDays, String receivingOrganization,
                       String handlingOrganization, String transferOrganization, ArchiveReason archiveReason,
                       Satisfaction satisfaction, boolean mayRate) {

        public String trackingDisplay() {
            return TrackingCode.display(trackingCode);
        }

        public boolean overdue() {
            return remainingDays != null && remainingDays < 0;
        }
    }

    /** What became of an answer sent from the tracking page. */
    public enum Rating {
        /** Recorded now. */
        RECORDED,
        /** An answer was already recorded (by the citizen or the handler): the first one stays. */
        ALREADY_RECORDED,
        /** The case is not closed yet (or the petition has no case). */
        NOT_CLOSED
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VietnameseFormat.ZONE));
    }

    /** The card for what someone typed; empty for an unknown or malformed code alike. */
    @Transactional(readOnly = true)
    public Optional<Card> find(String input) {
        Optional<String> code = read(input);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        // read first: lookup's "not found" would mark this transaction for rollback
        Optional<Petition> found = repository.petitionByTrackingCode(code.get());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Petition p = found.get();
        PublicTracking t = tracking.lookup(p.trackingCode());
        PetitionCase c = p.caseId() == null ? null : repository.caseById(p.caseId()).orElse(null);
        Integer remaining = t.dueDate() == null ? null : (int) ChronoUnit.DAYS.between(today(), t.dueDate());
        String transferredTo = p.status() != PetitionStatus.TRANSFERRED ? null
                : p.transferOrganizationId() != null ? organizationName(p.transferOrganizationId()) : p.transferOrganizationName();
        return Optional.of(new Card(t.trackingCode(), t.receivedOn(), t.status(), t.caseStatus(), stage(t), t.currentStep(),
                t.dueDate(), remaining, organizationName(p.receivingOrganizationId()),
                c == null ? null : organizationName(c.handlingOrganizationId()), transferredTo,
                p.status() == PetitionStatus.ARCHIVED ? p.archiveReason() : null,
                c == null ? null : c.satisfaction(), mayRate(c)));
    }

    /**
     * Records the citizen's satisfaction with their closed case, once: a second answer — from this page or after
     * the handler recorded one at closure — changes nothing. Two answers sent at the same moment cannot both
     * be kept: the case is claimed at the version read (optimistic lock), so the later one finds it taken.
     *
     * @throws NotFoundException for an unknown or malformed code (the same answer as the page's)
     */
    @Transactional
    public Rating rate(String input, Satisfaction satisfaction, String note) {
        String code = read(input).orElseThrow(() -> new NotFoundException("petition.tracking.notFound"));
        Petition p = repository.petitionByTrackingCode(code).orElseThrow(() -> new NotFoundException("petition.tracking.notFound"));
        PetitionCase c = p.caseId() == null ? null : repository.caseById(p.caseId()).orElse(null);
        if (c == null || c.status() != CaseStatus.CLOSED) {
            return Rating.NOT_CLOSED;
        }
        if (c.satisfaction() != null) {
            return Rating.ALREADY_RECORDED;
        }
        if (satisfaction == null) {
            throw new RuleViolation("case.satisfaction.required");
        }
        if (!repository.updateStatus(c.id(), c.version(), c.status(), c.statusBeforeSuspension())) {
            return Rating.ALREADY_RECORDED;
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        cases.recordCitizenSatisfaction(c.id(), satisfaction, text == null || text.length() <= MAX_NOTE ? text : text.substring(0, MAX_NOTE));
        return Rating.RECORDED;
    }

    /** The stored form of a code, checked (length, alphabet, check character) before anything is read. */
    static Optional<String> read(String input) {
        if (input == null || input.isBlank() || input.length() > MAX_INPUT) {
            return Optional.empty();
        }
        return TrackingCode.read(input);
    }

    private static boolean mayRate(PetitionCase c) {
        return c != null && c.status() == CaseStatus.CLOSED && c.satisfaction() == null;
    }

    /** The plain-language stage: where the petition stands, as the citizen would say it. */
    static String stage(PublicTracking t) {
        if (t.caseStatus() != null) {
            return "CASE_" + t.caseStatus().name();
        }
        return t.status().name();
    }

    private String organizationName(long id) {
        return organizations.find(id).map(Organization::name).orElse(null);
    }
}
