package vn.danvan.reception;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditTrail;
import vn.danvan.calendar.Deadline;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.CitizenId;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.Scope;
import vn.danvan.org.UnitLevel;
import vn.danvan.reception.internal.ReceptionRepository;
import vn.danvan.reception.internal.ReceptionRepository.CitizenRow;
import vn.danvan.reception.internal.ReceptionRepository.VisitRow;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.IdentityCipher;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.VietnameseText;

/**
 * Reception sessions and visits: recording them, answering citizens, and reading them within the caller's reception
 * scope. A visit is in scope when its receiving organization is; a provincial reception office's case handlers
 * (Ban Tiếp công dân tỉnh) see the whole province, like the province's coordinators and leaders (decision 0005).
 *
 * <p>A denunciation's citizens are stored encrypted ({@link IdentityCipher}) and come back redacted everywhere
 * except {@link #revealIdentity}, which only case handlers and leaders of the receiving organization may call and
 * which is audited each time (Luật Tố cáo 2018, Art. 47–48).
 */
@Service
public class Receptions {

    /** What lists and exports show instead of a denouncer's identity. */
    public static final String PROTECTED_LABEL = "Người tố cáo (được giữ bí mật)";

    private static final Set<Role> RECORDING_ROLES = Set.of(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.UNIT_OFFICER, Role.CASE_HANDLER);
    private static final Set<Role> IDENTITY_ROLES = Set.of(Role.CASE_HANDLER, Role.LEADER);

    private final ReceptionRepository repository;
    private final Organizations organizations;
    private final AdministrativeMap map;
    private final WorkingCalendar calendar;
    private final IdentityCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    public Receptions(ReceptionRepository repository, Organizations organizations, AdministrativeMap map, WorkingCalendar calendar,
                      IdentityCipher cipher, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.organizations = organizations;
        this.map = map;
        this.calendar = calendar;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VietnameseFormat.ZONE));
    }

    // --- who may do what

    /**
     * The caller's reception scope: their scope, widened to the province for the case handlers of a provincial
     * body (the provincial reception office receives citizens from the whole province).
     */
    @Transactional(readOnly = true)
    public Scope scopeOf(DanVanUser user) {
        Scope scope = user.scope();
        if (user.role() == Role.CASE_HANDLER && scope.breadth() == Scope.Breadth.ORGANIZATION && user.organizationId() != null) {
            Optional<AdministrativeUnit> unit = organizations.find(user.organizationId()).flatMap(o -> map.find(o.unitId()));
            if (unit.isPresent() && unit.get().level() == UnitLevel.PROVINCE) {
                return new Scope(Scope.Breadth.UNIT, "/", scope.unitPath());
            }
        }
        return scope;
    }

    public boolean mayRecord(DanVanUser user) {
        return RECORDING_ROLES.contains(user.role());
    }

    /** Only the case handlers and leaders of the receiving organization see a denouncer's identity. */
    public boolean mayReveal(Visit visit, DanVanUser user) {
        return visit.protectedIdentity() && IDENTITY_ROLES.contains(user.role())
                && Objects.equals(user.organizationId(), visit.receivingOrganizationId());
    }

    /**
     * Ids of the organizations whose sessions and visits the scope covers, dissolved or merged bodies included (what
     * they received stays listed, like opening it by id); {@code null} for everything.
     */
    @Transactional(readOnly = true)
    public Set<Long> organizationIds(Scope scope) {
        if (scope.isAll()) {
            return null;
        }
        return organizations.allInScope(scope).stream().map(Organization::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Organizations in force in which the caller may record sessions and visits. */
    @Transactional(readOnly = true)
    public List<Organization> receivingOrganizations(Scope scope) {
        return organizations.currentInScope(scope);
    }

    /** The organizations a list may be filtered by: those in force, then the former ones whose records stay listed. */
    @Transactional(readOnly = true)
    public List<Organization> listedOrganizations(Scope scope) {
        return organizations.allInScope(scope);
    }

    private boolean covers(Scope scope, long organizationId) {
        return scope.isAll() || organizations.find(organizationId).map(o -> organizations.covers(scope, o)).orElse(false);
    }

    // --- sessions

    /** What a session form or API call gives. */
    public record NewSession(SessionKind kind, Long organizationId, LocalDate plannedOn, Boolean held, LocalDate heldOn, String place,
                             String headName, String headTitle, ReceivedBy receivedBy, String deputyName, String deputyTitle,
                             String note, List<ReceptionSession.Official> officials) {

        public boolean isHeld() {
            return Boolean.TRUE.equals(held);
        }
    }

    @Transactional
    public long createSession(NewSession request, Scope scope) {
        ReceptionSession session = validated(0, 0, request, () -> receivingOrganization(request.organizationId(), scope));
        long id = repository.insertSession(session, now(), actor());
        audit.record("RECEPTION_SESSION_CREATED", "reception_session", id, summary(session));
        return id;
    }

    /**
     * Corrects the facts of a session. Its organization stays, even when it has been dissolved or merged since: the
     * record of what that body held is still edited (only a new session needs a body in force), within its lifetime.
     */
    @Transactional
    public void updateSession(long id, int version, NewSession request, Scope scope) {
        ReceptionSession existing = session(id, scope);
        if (!Objects.equals(existing.organizationId(), request.organizationId()) && request.organizationId() != null) {
            throw new RuleViolation("reception.session.organization.fixed");
        }
        Organization organization = organizations.find(existing.organizationId())
                .orElseThrow(() -> new NotFoundException("reception.session.notFound"));
        NewSession sameOrganization = new NewSession(request.kind(), existing.organizationId(), request.plannedOn(), request.isHeld(),
                request.heldOn(), request.place(), request.headName(), request.headTitle(), request.receivedBy(), request.deputyName(),
                request.deputyTitle(), request.note(), request.officials());
        ReceptionSession session = validated(id, version, sameOrganization, () -> organization);
        if (!organization.isCurrent() && session.day().isAfter(organization.validTo())) {
            throw new RuleViolation("reception.session.afterDissolution", organization.name(), VietnameseFormat.date(organization.validTo()));
        }
        if (!repository.updateSession(session)) {
            throw new ConcurrentChange();
        }
        audit.record("RECEPTION_SESSION_UPDATED", "reception_session", id, summary(session));
    }

    private ReceptionSession validated(long id, int version, NewSession request, Supplier<Organization> receiving) {
        if (request.kind() == null) {
            throw new RuleViolation("reception.session.kind.required");
        }
        Organization organization = receiving.get();
        if (request.plannedOn() == null) {
            throw new RuleViolation("reception.session.plannedOn.required");
        }
        LocalDate heldOn = null;
        if (request.isHeld()) {
            heldOn = request.heldOn() == null ? request.plannedOn() : request.heldOn();
            if (heldOn.isAfter(today())) {
                throw new RuleViolation("reception.session.heldOn.future", VietnameseFormat.date(today()));
            }
        }
        String headName = blankToNull(request.headName());
        ReceivedBy receivedBy = null;
        String deputyName = null;
        String deputyTitle = null;
        if (request.kind().isPeriodic()) {
            if (RuleHolder.of(request.kind(), organization.kind()) == null) {
                throw new RuleViolation("reception.session.noHead", organization.name());
            }
            if (headName == null) {
                throw new RuleViolation("reception.session.head.required");
            }
            if (request.isHeld()) {
                receivedBy = request.receivedBy() == null ? ReceivedBy.HEAD : request.receivedBy();
                if (receivedBy == ReceivedBy.DEPUTY) {
                    deputyName = blankToNull(request.deputyName());
                    deputyTitle = blankToNull(request.deputyTitle());
                    if (deputyName == null) {
                        throw new RuleViolation("reception.session.deputy.required");
                    }
                }
            }
        }
        List<ReceptionSession.Official> officials = new ArrayList<>();
        if (request.officials() != null) {
            for (ReceptionSession.Official official : request.officials()) {
                String name = official == null ? null : blankToNull(official.fullName());
                if (name != null) {
                    officials.add(new ReceptionSession.Official(name, blankToNull(official.jobTitle())));
                }
            }
        }
        return new ReceptionSession(id, request.kind(), organization.id(), organization.unitId(), request.plannedOn(), request.isHeld(),
                heldOn, blankToNull(request.place()), headName, blankToNull(request.headTitle()), receivedBy, deputyName, deputyTitle,
                blankToNull(request.note()), officials, version);
    }

    private Organization receivingOrganization(Long organizationId, Scope scope) {
        if (organizationId == null) {
            throw new RuleViolation("reception.organization.required");
        }
        Organization organization = organizations.find(organizationId).filter(Organization::isCurrent)
                .orElseThrow(() -> new RuleViolation("reception.organization.notInForce"));
        if (!scope.isAll() && !organizations.covers(scope, organization)) {
            throw new RuleViolation("reception.organization.outOfScope");
        }
        return organization;
    }

    /** A session the caller may see; otherwise 404, whether it exists or not. */
    @Transactional(readOnly = true)
    public ReceptionSession session(long id, Scope scope) {
        return repository.findSession(id).filter(s -> covers(scope, s.organizationId()))
                .orElseThrow(() -> new NotFoundException("reception.session.notFound"));
    }

    @Transactional(readOnly = true)
    public Paged<ReceptionSession> sessions(Scope scope, Long organizationId, SessionKind kind, LocalDate from, LocalDate to,
                                            PageQuery page) {
        return repository.findSessions(organizationIds(scope), organizationId, kind, from, to, page);
    }

    /** Sessions planned or held between two days, for the month view and the schedule. */
    @Transactional(readOnly = true)
    public List<ReceptionSession> sessionsBetween(Scope scope, LocalDate from, LocalDate to) {
        return repository.findSessionsBetween(organizationIds(scope), from, to);
    }

    @Transactional(readOnly = true)
    public long visitsOfSession(long sessionId) {
        return repository.countVisitsOfSession(sessionId);
    }

    /**
     * The rule that a head's periodic session breaks by having been received by a deputy: from 1/7/2026 reception
     * may not be delegated (Luật 136/2025/QH15). Empty when nothing is wrong. The session is kept — it did happen —
     * but the schedule does not count it as the head's.
     */
    @Transactional(readOnly = true)
    public Optional<ReceptionRule> delegationBreach(ReceptionSession session) {
        if (!session.kind().isPeriodic() || !session.held() || !session.receivedByDeputy()) {
            return Optional.empty();
        }
        Organization organization = organizations.find(session.organizationId()).orElse(null);
        AdministrativeUnit unit = map.find(session.unitId()).orElse(null);
        if (organization == null || unit == null) {
            return Optional.empty();
        }
        RuleHolder holder = RuleHolder.of(session.kind(), organization.kind());
        return rules().stream()
                .filter(r -> r.holder() == holder && r.level() == unit.level() && r.inForceOn(session.heldOn()))
                .filter(r -> !r.delegationAllowed())
                .findFirst();
    }

    // --- visits

    /** A citizen as typed in the form. */
    public record NewCitizen(String fullName, String address, String idNumber, String phone, Boolean representative) {

        public boolean isRepresentative() {
            return Boolean.TRUE.equals(representative);
        }
    }

    /** What a visit form or API call gives; {@code citizensCount} null means "the citizens listed". */
    public record NewVisit(Long sessionId, LocalDate receivedOn, Long receivingOrganizationId, Long unitId, MatterCategory category,
                           MatterField field, String content, Integer citizensCount, VisitOutcome outcome, String transferTarget,
                           List<NewCitizen> citizens) {
    }

    @Transactional
    public long recordVisit(NewVisit request, Scope scope) {
        ReceptionSession session = null;
        if (request.sessionId() != null) {
            session = repository.findSession(request.sessionId()).filter(s -> covers(scope, s.organizationId()))
                    .orElseThrow(() -> new RuleViolation("reception.visit.session.unknown"));
        }
        Long organizationId = request.receivingOrganizationId() != null ? request.receivingOrganizationId()
                : session == null ? null : session.organizationId();
        Organization organization = receivingOrganization(organizationId, scope);
        LocalDate receivedOn = request.receivedOn() != null ? request.receivedOn() : session == null ? null : session.day();
        if (receivedOn == null) {
            throw new RuleViolation("reception.visit.receivedOn.required");
        }
        if (receivedOn.isAfter(today())) {
            throw new RuleViolation("reception.visit.receivedOn.future", VietnameseFormat.date(today()));
        }
        if (session != null && (!session.held() || !session.heldOn().equals(receivedOn))) {
            throw new RuleViolation("reception.visit.session.day", VietnameseFormat.date(receivedOn));
        }
        if (request.category() == null) {
            throw new RuleViolation("reception.visit.category.required");
        }
        if (request.field() == null) {
            throw new RuleViolation("reception.visit.field.required");
        }
        String content = VietnameseText.normalize(request.content());
        if (content == null || content.isBlank()) {
            throw new RuleViolation("reception.visit.content.required");
        }
        if (content.length() > 4000) {
            throw new RuleViolation("reception.visit.content.tooLong");
        }
        if (request.outcome() == null) {
            throw new RuleViolation("reception.visit.outcome.required");
        }
        String transferTarget = blankToNull(request.transferTarget());
        if (request.outcome() == VisitOutcome.TRANSFERRED && transferTarget == null) {
            throw new RuleViolation("reception.visit.transferTarget.required");
        }
        if (request.unitId() != null && map.find(request.unitId()).isEmpty()) {
            throw new RuleViolation("reception.visit.unit.unknown");
        }
        List<NewCitizen> citizens = citizens(request.citizens(), identificationOn(receivedOn).orElse(null));
        int count = request.citizensCount() == null ? citizens.size() : request.citizensCount();
        if (count < 1) {
            throw new RuleViolation("reception.visit.count.invalid");
        }
        if (citizens.size() > count) {
            throw new RuleViolation("reception.visit.citizens.moreThanCount", citizens.size(), count);
        }
        CrowdDelegation crowd = CrowdDelegation.on(receivedOn, repository.findCrowdRules());
        int representatives = (int) citizens.stream().filter(NewCitizen::isRepresentative).count();
        crowd.checkRepresentatives(count, representatives);
        boolean crowdDelegation = crowd.isCrowd(count);

        Deadline due = answerDeadline(receivedOn);
        // guided or answered at the desk: the citizen had the answer the same day
        LocalDate answeredOn = request.outcome().awaitsAnswer() ? null : receivedOn;
        boolean protectedIdentity = request.category() == MatterCategory.DENUNCIATION;
        String label = protectedIdentity ? PROTECTED_LABEL : citizensLabel(citizens.stream().map(NewCitizen::fullName).toList(), count);
        List<String> searchFields = new ArrayList<>(List.of(content, Objects.toString(transferTarget, "")));
        if (!protectedIdentity) {
            citizens.forEach(c -> {
                searchFields.add(c.fullName());
                searchFields.add(Objects.toString(c.idNumber(), ""));
            });
        }
        VisitRow row = new VisitRow(0, session == null ? null : session.id(), receivedOn, organization.id(), request.unitId(),
                request.category(), request.field(), content, count, crowdDelegation, request.outcome(), transferTarget, null, null,
                due == null ? null : due.due(), answeredOn, null, 0);
        long id = repository.insertVisit(row, truncate(VietnameseText.searchText(searchFields.toArray(String[]::new)), 6000),
                VietnameseText.sortKey(label), now(), actor());
        int ordinal = 1;
        for (NewCitizen c : citizens) {
            String index = cipher.blindIndex(c.idNumber());
            repository.insertCitizen(protectedIdentity
                    ? new CitizenRow(id, ordinal++, null, null, null, null, cipher.encrypt(c.fullName()), cipher.encrypt(c.address()),
                            cipher.encrypt(c.idNumber()), cipher.encrypt(c.phone()), index, true, c.isRepresentative() && crowdDelegation)
                    : new CitizenRow(id, ordinal++, c.fullName(), c.address(), c.idNumber(), c.phone(), null, null, null, null, index,
                            false, c.isRepresentative() && crowdDelegation));
        }
        audit.record("VISIT_RECORDED", "visit", id, VietnameseFormat.date(receivedOn) + " — " + request.category().name()
                + (crowdDelegation ? " — đoàn đông người " + count + " người" : "") + (protectedIdentity ? "" : " — " + label));
        return id;
    }

    /** The citizens typed, checked; {@code identification} non-null: each must give their identification number. */
    private List<NewCitizen> citizens(List<NewCitizen> typed, IdentificationRule identification) {
        List<NewCitizen> citizens = new ArrayList<>();
        if (typed != null) {
            int row = 0;
            for (NewCitizen c : typed) {
                row++;
                if (c == null) {
                    continue;
                }
                String name = VietnameseText.normalize(c.fullName());
                String address = blankToNull(VietnameseText.normalize(c.address()));
                String phone = blankToNull(c.phone() == null ? null : c.phone().replaceAll("[\\s.]", ""));
                boolean empty = (name == null || name.isBlank()) && address == null && phone == null && CitizenId.normalize(c.idNumber()) == null;
                if (empty) {
                    continue;
                }
                if (name == null || name.isBlank()) {
                    throw new RuleViolation("reception.citizen.name.required", row);
                }
                CitizenId id;
                try {
                    id = CitizenId.parse(c.idNumber(), map.citizenIdProvinceCodes(), today().getYear());
                } catch (RuleViolation violation) {
                    Object[] args = violation.arguments();
                    Object[] withRow = new Object[args.length + 1];
                    withRow[0] = row;
                    System.arraycopy(args, 0, withRow, 1, args.length);
                    throw new RuleViolation(violation.messageKey() + ".row", withRow);
                }
                if (id == null && identification != null) {
                    throw new RuleViolation("reception.citizen.identification.required", row,
                            VietnameseFormat.date(identification.validFrom()), identification.source());
                }
                if (phone != null && !phone.matches("(\\+84|0)\\d{9,10}")) {
                    throw new RuleViolation("reception.citizen.phone.invalid", row);
                }
                citizens.add(new NewCitizen(name, address, id == null ? null : id.value(), phone, c.isRepresentative()));
            }
        }
        if (citizens.isEmpty()) {
            throw new RuleViolation("reception.visit.citizens.required");
        }
        return citizens;
    }

    /** "Nguyễn Văn An", "Nguyễn Văn An và 11 người khác". */
    static String citizensLabel(List<String> names, int count) {
        if (names.isEmpty()) {
            return count + " người";
        }
        return count > 1 ? names.get(0) + " và " + (count - 1) + " người khác" : names.get(0);
    }

    /** The answer's due day for a visit received on a day, by the rule in force then (10 days, Art. 28; BLDS Art. 147–148). */
    @Transactional(readOnly = true)
    public Deadline answerDeadline(LocalDate receivedOn) {
        return DeadlineRule.inForce(repository.findDeadlineRules(), DeadlineRule.ANSWER_TO_CITIZEN, receivedOn)
                .map(r -> calendar.deadline(receivedOn, r.days(), r.counting()))
                .orElse(null);
    }

    /** How the visit's answer due day moved after it was recorded (calendar or rule changes), latest first; 404 outside the scope. */
    @Transactional(readOnly = true)
    public List<VisitDueChange> dueChanges(long visitId, Scope scope) {
        repository.findVisit(visitId).filter(v -> covers(scope, v.receivingOrganizationId()))
                .orElseThrow(() -> new NotFoundException("reception.visit.notFound"));
        return repository.findDueChanges(visitId);
    }

    /** A visit the caller may see, its citizens redacted when protected; otherwise 404. */
    @Transactional(readOnly = true)
    public Visit visit(long id, Scope scope) {
        VisitRow row = repository.findVisit(id).filter(v -> covers(scope, v.receivingOrganizationId()))
                .orElseThrow(() -> new NotFoundException("reception.visit.notFound"));
        return visit(row, repository.findCitizens(List.of(id)).getOrDefault(id, List.of()), false);
    }

    /**
     * The denouncer's identity, decrypted, for the receiving organization's case handlers and leaders only; every
     * call is audited (who, which visit, when).
     */
    @Transactional
    public Visit revealIdentity(long id, DanVanUser user) {
        Visit visit = visit(id, scopeOf(user));
        if (!mayReveal(visit, user)) {
            throw new AccessDeniedException("identity of visit " + id);
        }
        audit.record("VISIT_IDENTITY_VIEWED", "visit", id, "Xem thông tin người tố cáo");
        VisitRow row = repository.findVisit(id).orElseThrow();
        return visit(row, repository.findCitizens(List.of(id)).getOrDefault(id, List.of()), true);
    }

    /** For the petition module: the visit with identities decrypted (audited) — see {@code VisitLinks}. */
    @Transactional
    public Optional<Visit> visitWithIdentityFor(long id, Scope scope, String purpose) {
        Optional<VisitRow> row = repository.findVisit(id).filter(v -> covers(scope, v.receivingOrganizationId()));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Visit redacted = visit(row.get(), repository.findCitizens(List.of(id)).getOrDefault(id, List.of()), false);
        DanVanUser user = currentUser();
        if (redacted.protectedIdentity() && (user == null || !mayReveal(redacted, user))) {
            return Optional.of(redacted);
        }
        if (redacted.protectedIdentity()) {
            audit.record("VISIT_IDENTITY_VIEWED", "visit", id, purpose);
        }
        return Optional.of(visit(row.get(), repository.findCitizens(List.of(id)).getOrDefault(id, List.of()), true));
    }

    @Transactional(readOnly = true)
    public Paged<Visit> visits(Scope scope, VisitSearch search, PageQuery page) {
        Paged<VisitRow> rows = repository.searchVisits(organizationIds(scope), unitIdsWithin(search.unitId(), repository.distinctVisitUnitIds()),
                search, today(), page);
        Map<Long, List<CitizenRow>> citizens = repository.findCitizens(rows.items().stream().map(VisitRow::id).toList());
        return rows.map(r -> visit(r, citizens.getOrDefault(r.id(), List.of()), false));
    }

    /** The ids among {@code candidates} of the units that lie in or roll up into a unit; null when no unit is chosen. */
    Set<Long> unitIdsWithin(Long unitId, Collection<Long> candidates) {
        if (unitId == null) {
            return null;
        }
        AdministrativeUnit within = map.find(unitId).orElseThrow(() -> new RuleViolation("reception.visit.unit.unknown"));
        Map<Long, Optional<AdministrativeUnit>> units = new HashMap<>();
        return candidates.stream()
                .filter(id -> units.computeIfAbsent(id, map::find).map(u -> u.rollsUpInto(within.path())).orElse(false))
                .collect(Collectors.toSet());
    }

    /** Records that the citizen was answered (a written notice or a direct answer after the visit). */
    @Transactional
    public void recordAnswer(long id, int version, LocalDate answeredOn, String note, DanVanUser user) {
        Scope scope = scopeOf(user);
        if (!mayRecord(user)) {
            throw new AccessDeniedException("reception recording");
        }
        Visit visit = visit(id, scope);
        if (answeredOn == null) {
            throw new RuleViolation("reception.answer.date.required");
        }
        if (answeredOn.isAfter(today())) {
            throw new RuleViolation("reception.answer.date.future", VietnameseFormat.date(today()));
        }
        if (answeredOn.isBefore(visit.receivedOn())) {
            throw new RuleViolation("reception.answer.date.beforeVisit", VietnameseFormat.date(visit.receivedOn()));
        }
        if (!repository.updateAnswer(id, version, answeredOn, blankToNull(note))) {
            throw new ConcurrentChange();
        }
        audit.record("VISIT_ANSWERED", "visit", id, "Trả lời công dân ngày " + VietnameseFormat.date(answeredOn)
                + (visit.answerDue() != null && answeredOn.isAfter(visit.answerDue()) ? " (quá hạn)" : ""));
    }

    /** Links a petition opened from the visit; idempotent for the same petition, refused for another one. */
    @Transactional
    public void petitionOpened(long visitId, long petitionId, String trackingCode) {
        VisitRow row = repository.findVisit(visitId).orElseThrow(() -> new NotFoundException("reception.visit.notFound"));
        if (row.petitionId() != null) {
            if (row.petitionId() == petitionId) {
                return;
            }
            throw new RuleViolation("reception.visit.petitionAlreadyOpened", Objects.toString(row.trackingCode(), "#" + row.petitionId()));
        }
        Deadline due = answerDeadline(row.receivedOn());
        repository.linkPetition(visitId, petitionId, blankToNull(trackingCode), due == null ? null : due.due());
        audit.record("VISIT_PETITION_OPENED", "visit", visitId, "Mở đơn " + Objects.toString(trackingCode, "#" + petitionId));
    }

    private Visit visit(VisitRow r, List<CitizenRow> rows, boolean decrypt) {
        List<VisitCitizen> citizens = rows.stream().map(c -> {
            if (!c.protectedIdentity()) {
                return new VisitCitizen(c.ordinal(), c.fullName(), c.address(), c.idNumber(), c.phone(), c.representative(), false, false);
            }
            if (!decrypt) {
                return VisitCitizen.redacted(c.ordinal(), c.representative());
            }
            return new VisitCitizen(c.ordinal(), cipher.decrypt(c.fullNameEnc()), cipher.decrypt(c.addressEnc()),
                    cipher.decrypt(c.idNumberEnc()), cipher.decrypt(c.phoneEnc()), c.representative(), true, false);
        }).toList();
        return new Visit(r.id(), r.sessionId(), r.receivedOn(), r.receivingOrganizationId(), r.unitId(), r.category(), r.field(),
                r.content(), r.citizensCount(), r.crowdDelegation(), r.outcome(), r.transferTarget(), r.petitionId(), r.trackingCode(),
                r.answerDue(), r.answeredOn(), r.answerNote(), citizens, r.version());
    }

    /** The citizens as lists and exports show them: names, or the protected label for a denunciation. */
    public static String citizensLabel(Visit visit) {
        if (visit.protectedIdentity()) {
            return PROTECTED_LABEL;
        }
        return citizensLabel(visit.citizens().stream().map(VisitCitizen::fullName).filter(Objects::nonNull).toList(), visit.citizensCount());
    }

    // --- rules

    @Transactional(readOnly = true)
    public List<ReceptionRule> rules() {
        return repository.findRules();
    }

    @Transactional(readOnly = true)
    public List<CrowdRule> crowdRules() {
        return repository.findCrowdRules();
    }

    @Transactional(readOnly = true)
    public List<DeadlineRule> deadlineRules() {
        return repository.findDeadlineRules();
    }

    @Transactional(readOnly = true)
    public List<IdentificationRule> identificationRules() {
        return repository.findIdentificationRules();
    }

    /** The identification rule in force on a day: while present, every citizen received gives their CCCD number. */
    @Transactional(readOnly = true)
    public Optional<IdentificationRule> identificationOn(LocalDate day) {
        return IdentificationRule.inForce(repository.findIdentificationRules(), day);
    }

    @Transactional(readOnly = true)
    public CrowdDelegation crowdOn(LocalDate day) {
        return CrowdDelegation.on(day, repository.findCrowdRules());
    }

    // --- helpers

    private static String summary(ReceptionSession s) {
        return s.kind().name() + " " + VietnameseFormat.date(s.plannedOn()) + (s.held() ? " — đã tổ chức " + VietnameseFormat.date(s.heldOn()) : "")
                + (s.receivedByDeputy() ? " — cấp phó tiếp: " + s.deputyName() : "");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String truncate(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? AuditTrail.SYSTEM_ACTOR : authentication.getName();
    }

    private static DanVanUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof DanVanUser user ? user : null;
    }
}
