package vn.danvan.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditTrail;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.UserAccount;
import vn.danvan.org.UserAccounts;
import vn.danvan.petition.internal.PetitionRepository;
import vn.danvan.reception.MatterCategory;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.VietnameseText;

/**
 * Cases (hồ sơ vụ việc): the workflow from acceptance to closure, the legal clock and its due dates, escalation.
 * Every action is checked by {@link CaseWorkflow} first, refused with a Vietnamese message otherwise, and
 * recorded in the append-only transition log and the audit trail.
 */
@Service
public class Cases {

    /** A case is "due soon" when at most this many days remain. */
    public static final int DUE_SOON_DAYS = 3;
    static final Set<Role> HANDLING_ROLES = EnumSet.of(Role.CASE_HANDLER, Role.LEADER, Role.ADMIN);
    static final Set<Role> SUPERVISING_ROLES = EnumSet.of(Role.LEADER, Role.COORDINATOR, Role.ADMIN);

    private final PetitionRepository repository;
    private final LegalRules rules;
    private final WorkingCalendar calendar;
    private final Organizations organizations;
    private final AdministrativeMap map;
    private final UserAccounts users;
    private final DocumentRegistry documents;
    private final AuditTrail audit;
    private final Clock clock;

    public Cases(PetitionRepository repository, LegalRules rules, WorkingCalendar calendar, Organizations organizations,
                 AdministrativeMap map, UserAccounts users, DocumentRegistry documents, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.calendar = calendar;
        this.organizations = organizations;
        this.map = map;
        this.users = users;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VietnameseFormat.ZONE));
    }

    // --- reading

    /** A case the user may see; otherwise 404 whether it exists or not. */
    @Transactional(readOnly = true)
    public PetitionCase get(long id, DanVanUser user) {
        return repository.caseVisible(id, Visibility.of(user)).orElseThrow(() -> new NotFoundException("case.notFound"));
    }

    /** Everything the case page shows. */
    public record CaseView(PetitionCase petitionCase, List<Petition> petitions, List<Long> handlerIds, LegalRule rule,
                           SlaClock.Result clock, List<CaseHistory.Transition> transitions, List<CaseHistory.ClockEvent> clockEvents,
                           List<CaseHistory.Record> records, List<CaseHistory.DeadlineChange> deadlineChanges,
                           List<CaseHistory.ReportDemand> reportDemands, List<PetitionCase> secondInstance,
                           boolean mayAct, boolean maySupervise, boolean maySeeIdentity, int maxExtensions) {
    }

    @Transactional(readOnly = true)
    public CaseView view(long id, DanVanUser user) {
        PetitionCase c = get(id, user);
        Computed computed = compute(c);
        return new CaseView(c, repository.petitionsOfCase(id), repository.handlers(id), computed.rule(), computed.result(),
                repository.transitions(id), repository.clockEvents(id), repository.records(id), repository.deadlineChanges(id, null),
                repository.reportDemands(id), repository.childCases(id), mayAct(user), maySupervise(user),
                maySeeIdentity(c, user), computed.rule() == null ? 0 : computed.rule().maxExtensions());
    }

    @Transactional(readOnly = true)
    public Paged<PetitionCase> search(DanVanUser user, CaseSearch search, PageQuery page) {
        return repository.searchCases(Visibility.of(user), search, page, today(), user.id());
    }

    /** Overdue open cases in the user's view, most overdue first: what a superior body is flagged. */
    @Transactional(readOnly = true)
    public List<PetitionCase> overdue(DanVanUser user) {
        return repository.searchCases(Visibility.of(user), new CaseSearch(null, null, null, null, null, "overdue", false),
                new PageQuery(0, PageQuery.MAX_SIZE, "due", false), today(), user.id()).items();
    }

    public static boolean mayAct(DanVanUser user) {
        return HANDLING_ROLES.contains(user.role());
    }

    public static boolean maySupervise(DanVanUser user) {
        return SUPERVISING_ROLES.contains(user.role());
    }

    /**
     * Only the handlers assigned to the case (role CASE_HANDLER) and its responsible leader may see a protected
     * identity — not the administrator (Luật Tố cáo 2018, Art. 47–48).
     */
    @Transactional(readOnly = true)
    public boolean maySeeIdentity(PetitionCase c, DanVanUser user) {
        return (user.role() == Role.CASE_HANDLER && repository.handlers(c.id()).contains(user.id()))
                || (user.role() == Role.LEADER && Objects.equals(c.responsibleLeaderId(), user.id()));
    }

    // --- opening (from classification)

    record Opening(MatterCategory category, vn.danvan.reception.MatterField field, int instance, Long parentCaseId, RuleVariant variant,
                   String title, long handlingOrganizationId, Long unitId, Long leaderId, List<Long> handlerIds, LocalDate acceptedOn,
                   String reason) {
    }

    /** Opens a case at acceptance (thụ lý) and starts its legal clock on the acceptance date. */
    long open(Opening o, DanVanUser user) {
        Organization handling = organizations.find(o.handlingOrganizationId()).filter(Organization::isCurrent)
                .orElseThrow(() -> new RuleViolation("case.organization.invalid"));
        AdministrativeUnit unit = o.unitId() == null ? map.find(handling.unitId()).orElseThrow()
                : map.find(o.unitId()).orElseThrow(() -> new RuleViolation("petition.unit.invalid"));
        RuleVariant variant = o.variant() == null ? RuleVariant.NORMAL : o.variant();
        LegalRule rule = rules.require(o.category().name(), o.instance(), RuleStep.RESOLVE, variant, o.acceptedOn());
        checkLeader(o.leaderId());
        String actor = user.getUsername();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.insertCase(o.category(), o.field(), o.instance(), o.parentCaseId(), variant, truncate(o.title(), 500),
                handling.id(), handling.path(), unit.id(), unit.rollupPath(), o.leaderId(), o.acceptedOn(),
                searchText(o.title()), now, actor);
        repository.insertTransition(id, now, actor, o.parentCaseId() == null ? CaseAction.ACCEPT : CaseAction.OPEN_SECOND_INSTANCE,
                null, CaseStatus.ACCEPTED, o.reason());
        repository.insertClockEvent(id, SlaClock.Kind.START, o.acceptedOn(), null, variant, rule.legalSource(), now, actor);
        for (Long handler : new LinkedHashSet<>(o.handlerIds() == null ? List.<Long>of() : o.handlerIds())) {
            checkHandler(handler);
            repository.insertHandler(id, handler, now, actor);
        }
        Computed computed = compute(repository.caseById(id).orElseThrow());
        repository.updateDue(id, computed.rule().id(), computed.result().due(), String.join("\n", computed.result().explanation()));
        audit.record("CASE_OPENED", "petition_case", id, "Thụ lý ngày " + VietnameseFormat.date(o.acceptedOn()) + ", hạn "
                + (computed.result().due() == null ? "—" : VietnameseFormat.date(computed.result().due())) + " (" + rule.legalSource() + ")");
        return id;
    }

    /**
     * Logs a petition attached to the case and keeps the case locked until the caller's transaction ends; the caller
     * attaches the petition and then {@link PetitionRepository#recountPetitions recounts}.
     */
    void attachPetition(long caseId, String reason, String actor) {
        PetitionCase c = repository.lockCase(caseId).orElseThrow();
        repository.insertTransition(caseId, OffsetDateTime.now(clock), actor, CaseAction.ATTACH_PETITION, c.status(), c.status(), reason);
    }

    // --- workflow actions

    @Transactional
    public void assign(long id, Integer version, List<Long> handlerIds, Long leaderId, DanVanUser user) {
        PetitionCase c = acting(id, version, user);
        List<Long> handlers = handlerIds == null ? List.of() : handlerIds.stream().filter(Objects::nonNull).distinct().toList();
        if (handlers.isEmpty() && leaderId == null) {
            throw new RuleViolation("case.assign.required");
        }
        List<Long> existing = repository.handlers(id);
        String actor = user.getUsername();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> names = new ArrayList<>();
        for (Long handler : handlers) {
            UserAccount account = checkHandler(handler);
            if (!existing.contains(handler)) {
                repository.insertHandler(id, handler, now, actor);
                names.add(account.fullName());
            }
        }
        if (leaderId != null) {
            checkLeader(leaderId);
            repository.updateLeader(id, leaderId);
        }
        transition(c, CaseAction.ASSIGN, "Phân công: " + (names.isEmpty() ? "—" : String.join(", ", names))
                + (leaderId == null ? "" : "; lãnh đạo phụ trách: " + users.get(leaderId, vn.danvan.org.Scope.all()).fullName()), user);
    }

    @Transactional
    public void plan(long id, Integer version, String plan, DanVanUser user) {
        PetitionCase c = acting(id, version, user);
        String text = required(plan, "case.plan.required", 4000);
        repository.updatePlan(id, text);
        repository.insertRecord(id, CaseHistory.Record.Kind.PLAN, today(), null, text, OffsetDateTime.now(clock), user.getUsername());
        transition(c, CaseAction.PLAN, "Kế hoạch xác minh", user);
    }

    @Transactional
    public void dialogue(long id, Integer version, LocalDate heldOn, String participants, String content, DanVanUser user) {
        PetitionCase c = acting(id, version, user);
        String text = required(content, "case.dialogue.required", 8000);
        LocalDate held = heldOn == null ? today() : heldOn;
        if (held.isAfter(today()) || held.isBefore(c.acceptedOn())) {
            throw new RuleViolation("case.date.outside", VietnameseFormat.date(c.acceptedOn()));
        }
        repository.insertRecord(id, CaseHistory.Record.Kind.DIALOGUE, held, truncate(participants, 2000), text,
                OffsetDateTime.now(clock), user.getUsername());
        transition(c, CaseAction.DIALOGUE, "Biên bản đối thoại ngày " + VietnameseFormat.date(held), user);
    }

    /** Complex, remote…: the variant picks another row of the rule table, so the period changes. */
    @Transactional
    public void changeVariant(long id, Integer version, RuleVariant variant, String reason, DanVanUser user) {
        PetitionCase c = acting(id, version, user);
        if (variant == null || variant == c.variant()) {
            throw new RuleViolation("case.variant.unchanged");
        }
        String why = required(reason, "case.reason.required", 2000);
        LegalRule rule = rules.require(c.category().name(), c.instance(), RuleStep.RESOLVE, variant, c.acceptedOn());
        if (c.extensionsUsed() > rule.maxExtensions()) {
            throw new RuleViolation("case.variant.extensionsUsed", c.extensionsUsed());
        }
        repository.updateVariant(id, variant);
        repository.insertClockEvent(id, SlaClock.Kind.VARIANT, today(), null, variant, why,
                OffsetDateTime.now(clock), user.getUsername());
        transition(c, CaseAction.CHANGE_VARIANT, why, user);
        recompute(id, "VARIANT", null);
    }

    @Transactional
    public void suspend(long id, Integer version, LocalDate on, String reason, DanVanUser user) {
        PetitionCase c = acting(id, version, user);
        LocalDate day = actionDate(c, on);
        String why = required(reason, "case.reason.required", 2000);
        CaseStatus next = CaseWorkflow.next(c.status(), CaseAction.SUSPEND, null);
        move(c, next, c.status(), CaseAction.SUSPEND, why, user);
        repository.insertClockEvent(id, SlaClock.Kind.PAUSE, day, null, null, why, OffsetDateTime.now(clock), user.getUsername());
        recompute(id, null, null);
    }

    @Transactional
    public void resume(long id, Integer version, LocalDate on, String reason, DanVanUser user) {
        PetitionCase c = acting(id, version, user);
        LocalDate day = actionDate(c, on);
        LocalDate pausedOn = repository.clockEvents(id).stream().filter(e -> e.kind() == SlaClock.Kind.PAUSE)
                .map(CaseHistory.ClockEvent::on).reduce((a, b) -> b).orElse(c.acceptedOn());
        if (day.isBefore(pausedOn)) {
            throw new RuleViolation("case.resume.beforeSuspension", VietnameseFormat.date(pausedOn));
        }
        String why = required(reason, "case.reason.required", 2000);
        CaseStatus next = CaseWorkflow.next(c.status(), CaseAction.RESUME, c.statusBeforeSuspension());
        move(c, next, null, CaseAction.RESUME, why, user);
        repository.insertClockEvent(id, SlaClock.Kind.RESUME, day, null, null, why, OffsetDateTime.now(clock), user.getUsername());
        recompute(id, null, null);
    }

    /**
     * Extension (gia hạn) within the legal limit of the case's rule row: e.g. Luật Tố cáo 2018 Art. 30 — a complex
     * case once, ≤ 30 days; an especially complex one twice, each ≤ 30 days. Beyond it: refused, nothing changes.
     */
    @Transactional
    public void extend(long id, Integer version, int days, String reason, DanVanUser user) {
        PetitionCase c = acting(id, version, user);
        CaseWorkflow.next(c.status(), CaseAction.EXTEND, null);
        String why = required(reason, "case.reason.required", 2000);
        LegalRule rule = compute(c).rule();
        DefaultMessageSourceResolvable variantLabel = new DefaultMessageSourceResolvable("rule.variant." + c.variant().name());
        if (rule.maxExtensions() == 0) {
            throw new RuleViolation("case.extension.notAllowed", variantLabel, rule.legalSource());
        }
        if (c.extensionsUsed() >= rule.maxExtensions()) {
            throw new RuleViolation("case.extension.limit", variantLabel, rule.maxExtensions(), rule.legalSource());
        }
        if (days < 1 || days > rule.extensionDays()) {
            throw new RuleViolation("case.extension.tooLong", rule.extensionDays(), rule.legalSource());
        }
        repository.incrementExtensions(id);
        repository.insertClockEvent(id, SlaClock.Kind.EXTEND, today(), days, null, why, OffsetDateTime.now(clock), user.getUsername());
        transition(c, CaseAction.EXTEND, "Gia hạn lần " + (c.extensionsUsed() + 1) + ", " + days + " ngày: " + why, user);
        recompute(id, null, null);
    }

    /** The conclusion or resolution decision, registered as a document, stops the clock. */
    @Transactional
    public void conclude(long id, Integer version, Long documentId, String summary, LocalDate on, DanVanUser user) {
        PetitionCase c = acting(id, version, user);
        CaseStatus next = CaseWorkflow.next(c.status(), CaseAction.CONCLUDE, null);
        if (documentId == null) {
            throw new RuleViolation("case.conclusion.documentRequired");
        }
        documents.get(documentId);
        LocalDate day = actionDate(c, on);
        String text = required(summary, "case.conclusion.summaryRequired", 4000);
        repository.updateConclusion(id, documentId, text, day);
        repository.insertClockEvent(id, SlaClock.Kind.STOP, day, null, null, "Kết luận / quyết định giải quyết",
                OffsetDateTime.now(clock), user.getUsername());
        move(c, next, null, CaseAction.CONCLUDE, text, user);
        recompute(id, null, null);
    }

    @Transactional
    public void notifyParties(long id, Integer version, LocalDate on, String note, DanVanUser user) {
        PetitionCase c = acting(id, version, user);
        CaseStatus next = CaseWorkflow.next(c.status(), CaseAction.NOTIFY, null);
        LocalDate day = actionDate(c, on);
        if (c.concludedOn() != null && day.isBefore(c.concludedOn())) {
            throw new RuleViolation("case.date.outside", VietnameseFormat.date(c.concludedOn()));
        }
        repository.updateNotified(id, day);
        move(c, next, null, CaseAction.NOTIFY, blankToNull(note) == null ? "Thông báo kết quả cho các bên" : note.strip(), user);
    }

    @Transactional
    public void close(long id, Integer version, LocalDate on, Satisfaction satisfaction, String note, DanVanUser user) {
        PetitionCase c = acting(id, version, user);
        CaseStatus next = CaseWorkflow.next(c.status(), CaseAction.CLOSE, null);
        LocalDate day = actionDate(c, on);
        String text = truncate(blankToNull(note), 2000);
        // an answer recorded once the parties were notified stays, with its note and source, unless a new one is given
        boolean kept = satisfaction == null && c.satisfaction() != null;
        if (kept) {
            repository.updateClosed(id, day, c.satisfaction(), c.satisfactionNote(), repository.satisfactionSource(id).orElse(null));
        } else {
            repository.updateClosed(id, day, satisfaction, text, satisfaction == null ? null : "HANDLER");
        }
        Satisfaction answer = kept ? c.satisfaction() : satisfaction;
        move(c, next, null, CaseAction.CLOSE, (answer == null ? "Đóng hồ sơ"
                : "Đóng hồ sơ; công dân " + (answer == Satisfaction.SATISFIED ? "hài lòng" : "không hài lòng"))
                + (kept && text != null ? ": " + text : ""), user);
    }

    /** Satisfaction given later by a signed-in officer: stored per case, audited as theirs. */
    @Transactional
    public void recordSatisfaction(long caseId, Satisfaction satisfaction, String note, String source) {
        storeSatisfaction(caseId, satisfaction, note, source);
        audit.record("CASE_SATISFACTION", "petition_case", caseId, satisfaction + " (" + source + ")");
    }

    /**
     * The citizen's own answer on the public tracking page: nobody is signed in, so the audit names the page, not the
     * anonymous web session, and keeps no client address — the citizen may be a protected denouncer.
     */
    void recordCitizenSatisfaction(long caseId, Satisfaction satisfaction, String note) {
        storeSatisfaction(caseId, satisfaction, note, CitizenTracking.SOURCE);
        audit.recordPublic(CitizenTracking.AUDIT_ACTOR, "CASE_SATISFACTION", "petition_case", caseId,
                satisfaction + " (" + CitizenTracking.SOURCE + ")");
    }

    private void storeSatisfaction(long caseId, Satisfaction satisfaction, String note, String source) {
        PetitionCase c = repository.caseById(caseId).orElseThrow(() -> new NotFoundException("case.notFound"));
        if (c.status() != CaseStatus.NOTIFIED && c.status() != CaseStatus.CLOSED) {
            throw new RuleViolation("case.satisfaction.tooEarly");
        }
        if (satisfaction == null) {
            throw new RuleViolation("case.satisfaction.required");
        }
        repository.updateClosed(caseId, c.closedOn(), satisfaction, truncate(blankToNull(note), 2000), source);
    }

    /**
     * A second-instance complaint (khiếu nại lần hai) opens a linked case, within the filing window after the
     * first-instance decision (Luật Khiếu nại 2011, Art. 33: 30 days, remote areas 45).
     */
    @Transactional
    public long openSecondInstance(long id, LocalDate receivedOn, long handlingOrganizationId, String reason, DanVanUser user) {
        PetitionCase first = get(id, user);
        requireActor(user);
        if (first.category() != MatterCategory.COMPLAINT || first.instance() != 1) {
            throw new RuleViolation("case.second.onlyFirstComplaint");
        }
        CaseWorkflow.next(first.status(), CaseAction.OPEN_SECOND_INSTANCE, null);
        if (!repository.childCases(id).isEmpty()) {
            throw new RuleViolation("case.second.exists");
        }
        LocalDate day = receivedOn == null ? today() : receivedOn;
        LocalDate decided = first.concludedOn() == null ? first.acceptedOn() : first.concludedOn();
        if (day.isAfter(today()) || day.isBefore(decided)) {
            throw new RuleViolation("case.date.outside", VietnameseFormat.date(decided));
        }
        boolean remote = first.variant() == RuleVariant.REMOTE || first.variant() == RuleVariant.REMOTE_COMPLEX;
        LegalRule window = rules.require(first.category().name(), 2, RuleStep.FILE_SECOND, remote ? RuleVariant.REMOTE : RuleVariant.NORMAL, decided);
        LocalDate lastDay = calendar.deadline(decided, window.limitDays(), window.countingMode()).due();
        if (day.isAfter(lastDay)) {
            throw new RuleViolation("case.second.outOfTime", VietnameseFormat.date(lastDay), window.legalSource());
        }
        String why = required(reason, "case.reason.required", 2000);
        long second = open(new Opening(first.category(), first.field(), 2, first.id(), RuleVariant.NORMAL, "Khiếu nại lần hai: " + first.title(),
                handlingOrganizationId, first.unitId(), null, List.of(), day, why), user);
        // no petition row is attached to a second instance: its count stays 0, the number of petitions in it
        repository.insertTransition(id, OffsetDateTime.now(clock), user.getUsername(), CaseAction.OPEN_SECOND_INSTANCE, first.status(),
                first.status(), "Mở hồ sơ khiếu nại lần hai #" + second + ": " + why);
        audit.record("CASE_SECOND_INSTANCE", "petition_case", second, "Khiếu nại lần hai của hồ sơ #" + id);
        return second;
    }

    /** A superior body demands a report on an overdue case (Luật Tố cáo 2018, Art. 38), due in 5 working days. */
    @Transactional
    public long demandReport(long id, String note, DanVanUser user) {
        PetitionCase c = get(id, user);
        if (!maySupervise(user)) {
            throw new AccessDeniedException("case.supervise");
        }
        CaseWorkflow.next(c.status(), CaseAction.DEMAND_REPORT, null);
        if (!c.overdueOn(today())) {
            throw new RuleViolation("case.report.notOverdue");
        }
        LegalRule rule = rules.require(c.category().name(), 0, RuleStep.REPORT_DEMAND, RuleVariant.NORMAL, today());
        LocalDate due = calendar.deadline(today(), rule.limitDays(), rule.countingMode()).due();
        long demand = repository.insertReportDemand(id, today(), user.getUsername(), user.organizationId(), rule.id(), due,
                truncate(blankToNull(note), 2000), OffsetDateTime.now(clock));
        repository.insertTransition(id, OffsetDateTime.now(clock), user.getUsername(), CaseAction.DEMAND_REPORT, c.status(), c.status(),
                "Yêu cầu báo cáo trước " + VietnameseFormat.date(due) + " (" + rule.legalSource() + ")");
        audit.record("CASE_REPORT_DEMANDED", "petition_case", id, "Hạn báo cáo " + VietnameseFormat.date(due));
        return demand;
    }

    @Transactional
    public void report(long id, long demandId, String text, DanVanUser user) {
        PetitionCase c = acting(id, null, user);
        CaseHistory.ReportDemand demand = repository.reportDemands(id).stream().filter(d -> d.id() == demandId).findFirst()
                .orElseThrow(() -> new NotFoundException("case.notFound"));
        String body = required(text, "case.report.required", 8000);
        if (!repository.updateReport(demand.id(), today(), body, user.getUsername())) {
            throw new RuleViolation("case.report.already");
        }
        repository.insertTransition(id, OffsetDateTime.now(clock), user.getUsername(), CaseAction.REPORT, c.status(), c.status(),
                "Báo cáo theo yêu cầu ngày " + VietnameseFormat.date(demand.demandedOn()));
        audit.record("CASE_REPORTED", "petition_case", id, "Báo cáo theo yêu cầu #" + demandId);
    }

    // --- the clock

    record Computed(LegalRule rule, SlaClock.Result result) {
    }

    /** Due date of a case from its recorded clock events and the rule in force on its acceptance date. */
    Computed compute(PetitionCase c) {
        return compute(c, repository.clockEvents(c.id()));
    }

    private Computed compute(PetitionCase c, List<CaseHistory.ClockEvent> recorded) {
        LegalRule rule = rules.require(c.category().name(), c.instance(), RuleStep.RESOLVE, c.variant(), c.acceptedOn());
        List<SlaClock.Event> events = recorded.stream()
                .map(e -> new SlaClock.Event(e.kind(), e.on(), e.days() == null ? 0 : e.days())).toList();
        return new Computed(rule, SlaClock.compute(calendar.rules(), rule.limitDays(), rule.countingMode(), rule.suspensionExcluded(), events));
    }

    /**
     * Recomputes a case's due date from its history; a change caused by the calendar or a rule edit is recorded
     * so that the case shows "Hạn giải quyết thay đổi từ … thành … do …".
     *
     * @param cause null for the case's own actions (no notice), else CALENDAR, RULE or VARIANT
     */
    @Transactional
    public boolean recompute(long id, String cause, String detail) {
        PetitionCase c = repository.caseById(id).orElseThrow();
        return recompute(c, compute(c), cause, detail);
    }

    /**
     * {@link #recompute} for every open case, with their clock events read in one query: a calendar or rule change
     * over thousands of cases takes a few queries plus one update per moved date, not several queries per case.
     * A case whose rule is missing is skipped and logged, the others still move.
     *
     * @return how many due dates moved
     */
    @Transactional
    public int recomputeOpenCases(String cause, String detail) {
        Map<Long, List<CaseHistory.ClockEvent>> events = repository.clockEventsOfOpenCases();
        int moved = 0;
        for (PetitionCase c : repository.openCases()) {
            try {
                if (recompute(c, compute(c, events.getOrDefault(c.id(), List.of())), cause, detail)) {
                    moved++;
                }
            } catch (RuleViolation e) {
                LoggerFactory.getLogger(Cases.class).warn("Due date of case {} not recomputed: {}", c.id(), e.getMessage());
            }
        }
        return moved;
    }

    private boolean recompute(PetitionCase c, Computed computed, String cause, String detail) {
        long id = c.id();
        LocalDate due = computed.result().due();
        String explanation = String.join("\n", computed.result().explanation());
        boolean changed = !Objects.equals(due, c.dueDate()) || !Objects.equals(computed.rule().id(), c.ruleId());
        if (changed || !Objects.equals(explanation, c.dueExplanation())) {
            repository.updateDue(id, computed.rule().id(), due, explanation);
        }
        if (cause != null && !Objects.equals(due, c.dueDate())) {
            repository.insertDeadlineChange(id, null, RuleStep.RESOLVE, c.dueDate(), due, cause, truncate(detail, 500), OffsetDateTime.now(clock));
        }
        return !Objects.equals(due, c.dueDate());
    }

    // --- helpers

    private PetitionCase acting(long id, Integer version, DanVanUser user) {
        PetitionCase c = get(id, user);
        requireActor(user);
        if (version != null && version != c.version()) {
            throw new ConcurrentChange();
        }
        return c;
    }

    private static void requireActor(DanVanUser user) {
        if (!mayAct(user)) {
            throw new AccessDeniedException("case.act");
        }
    }

    private void transition(PetitionCase c, CaseAction action, String reason, DanVanUser user) {
        CaseStatus next = CaseWorkflow.next(c.status(), action, null);
        move(c, next, c.statusBeforeSuspension(), action, reason, user);
    }

    private void move(PetitionCase c, CaseStatus next, CaseStatus beforeSuspension, CaseAction action, String reason, DanVanUser user) {
        if (!repository.updateStatus(c.id(), c.version(), next, next == CaseStatus.SUSPENDED ? beforeSuspension : null)) {
            throw new ConcurrentChange();
        }
        repository.insertTransition(c.id(), OffsetDateTime.now(clock), user.getUsername(), action, c.status(), next, truncate(reason, 2000));
        audit.record("CASE_" + action.name(), "petition_case", c.id(), c.status() + " → " + next + (reason == null ? "" : ": " + truncate(reason, 300)));
    }

    private LocalDate actionDate(PetitionCase c, LocalDate on) {
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today()) || day.isBefore(c.acceptedOn())) {
            throw new RuleViolation("case.date.outside", VietnameseFormat.date(c.acceptedOn()));
        }
        return day;
    }

    private UserAccount checkHandler(Long userId) {
        UserAccount account = userId == null ? null : users.get(userId, vn.danvan.org.Scope.all());
        if (account == null || !account.enabled() || account.role() != Role.CASE_HANDLER) {
            throw new RuleViolation("case.handler.invalid");
        }
        return account;
    }

    private void checkLeader(Long userId) {
        if (userId == null) {
            return;
        }
        UserAccount account = users.get(userId, vn.danvan.org.Scope.all());
        if (!account.enabled() || account.role() != Role.LEADER) {
            throw new RuleViolation("case.leader.invalid");
        }
    }

    static String required(String text, String key, int max) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(key);
        }
        if (text.strip().length() > max) {
            throw new RuleViolation("petition.tooLong", max);
        }
        return text.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static String searchText(String... parts) {
        String text = VietnameseText.searchText(parts);
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }
}
