package vn.danvan.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.activity.internal.ActivityRepository;
import vn.danvan.audit.AuditTrail;
import vn.danvan.document.Document;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.Scope;
import vn.danvan.program.DeadlineKind;
import vn.danvan.program.Plan;
import vn.danvan.program.ProgramPlans;
import vn.danvan.program.Task;
import vn.danvan.program.TaskRow;
import vn.danvan.system.ConcurrentChange;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.VietnameseText;

/**
 * Events (conferences, delegations, dialogues, meetings with voters): recording and editing them, their
 * documents and conclusions, and turning a conclusion into a task of a plan in one step.
 *
 * <p>Scope: an event is visible when its organizer or one of its participating organizations is in the caller's
 * scope — a commune officer sees the inspection that visited their commune, a coordinator every event of the
 * province. Coordinators (and leaders) change every event they see; an officer changes the events organized by
 * their own organization (or one under it). Out of scope → 404; in scope but not allowed → 403.
 */
@Service
public class Activities {

    private static final Set<Role> COORDINATING_ROLES = Set.of(Role.COORDINATOR, Role.LEADER, Role.ADMIN);
    private static final Set<Role> OFFICER_ROLES = Set.of(Role.UNIT_OFFICER, Role.CASE_HANDLER, Role.FRONT_OFFICER);
    private static final int MAX_OFFICIALS = 100;
    private static final int MAX_PARTICIPANTS = 200;

    private final ActivityRepository repository;
    private final Organizations organizations;
    private final DocumentRegistry documents;
    private final ProgramPlans plans;
    private final AuditTrail audit;
    private final Clock clock;

    public Activities(ActivityRepository repository, Organizations organizations, DocumentRegistry documents, ProgramPlans plans,
                      AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.organizations = organizations;
        this.documents = documents;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VietnameseFormat.ZONE));
    }

    /**
     * What an event's form says.
     *
     * @param documentIds documents to link when creating; on an edit they are left as they are (linked one by one)
     */
    public record NewActivity(ActivityKind kind, String title, LocalDate heldOn, LocalDate endsOn, String place, Long organizerId,
                              String minutes, List<Long> participantIds, List<Official> officials, List<Long> documentIds) {
    }

    // --- who may do what

    /** Coordinators, leaders and officers of an organization may record events; viewers only read. */
    public boolean mayCreate(DanVanUser user) {
        return COORDINATING_ROLES.contains(user.role()) || (OFFICER_ROLES.contains(user.role()) && user.organizationId() != null);
    }

    /** Coordinators change every event they see; an officer the events organized by their organization or one under it. */
    public boolean mayEdit(Activity activity, DanVanUser user) {
        if (COORDINATING_ROLES.contains(user.role())) {
            return true;
        }
        if (!OFFICER_ROLES.contains(user.role()) || user.organizationId() == null) {
            return false;
        }
        Optional<Organization> own = organizations.find(user.organizationId());
        return own.isPresent() && organizations.find(activity.organizerId()).filter(o -> o.isWithin(own.get())).isPresent();
    }

    /** Assigning tasks in a plan is a coordinator's act, as in the program module. */
    public boolean mayCreateTasks(DanVanUser user) {
        return plans.mayCoordinate(user);
    }

    // --- reading

    /** An event the caller may see; otherwise 404, whether it exists or not. */
    @Transactional(readOnly = true)
    public Activity get(long id, Scope scope) {
        return repository.findById(id).filter(a -> visible(a, scope))
                .orElseThrow(() -> new NotFoundException("activity.notFound"));
    }

    /** Whether the caller's scope covers the event's organizer or one of its participants. */
    @Transactional(readOnly = true)
    public boolean visible(Activity activity, Scope scope) {
        if (scope.isAll()) {
            return true;
        }
        return Stream.concat(Stream.of(activity.organizerId()), activity.participantIds().stream())
                .map(organizations::find).flatMap(Optional::stream)
                .anyMatch(o -> organizations.covers(scope, o));
    }

    @Transactional(readOnly = true)
    public Paged<Activity> search(ActivitySearch search, Scope scope, PageQuery page) {
        return repository.search(search, scopeOrganizations(scope), page);
    }

    @Transactional(readOnly = true)
    public List<Conclusion> conclusions(long id, Scope scope) {
        get(id, scope);
        return repository.conclusions(id);
    }

    /**
     * The tasks the event's conclusions became, with their status as of today; tasks outside the scope unnamed.
     * Deliberately not one transaction: {@link ProgramPlans#task} answers an out-of-scope task with an exception,
     * which would mark a surrounding transaction rollback-only; each lookup runs in its own.
     */
    public List<FollowUp> followUps(long id, Scope scope) {
        List<FollowUp> followUps = new ArrayList<>();
        for (Conclusion conclusion : conclusions(id, scope)) {
            for (long taskId : conclusion.taskIds()) {
                TaskRow row;
                try {
                    row = plans.task(taskId, scope);
                } catch (NotFoundException outOfScope) {
                    row = null;
                }
                followUps.add(new FollowUp(conclusion.id(), taskId, row));
            }
        }
        return followUps;
    }

    /** The linked documents, in the order they were linked. */
    @Transactional(readOnly = true)
    public List<Document> documents(Activity activity) {
        return activity.documentIds().stream().map(documents::get).toList();
    }

    /** The event a task came from, when one of its conclusions became the task, and the conclusion's number. */
    @Transactional(readOnly = true)
    public Optional<Origin> originOf(long taskId) {
        return repository.originOf(taskId).flatMap(found -> repository.findById(found[0])
                .map(a -> new Origin(a, (int) found[1])));
    }

    /** Where a follow-up task came from. */
    public record Origin(Activity activity, int conclusionOrdinal) {
    }

    // --- changes

    @Transactional
    public long create(NewActivity request, DanVanUser user) {
        requireMayCreate(user);
        Valid valid = validate(request, user);
        long id = repository.insert(valid.fields(), VietnameseText.sortKey(valid.fields().title()), now(), actor());
        repository.replaceParticipants(id, valid.participants());
        repository.replaceOfficials(id, valid.officials());
        if (request.documentIds() != null) {
            for (Long documentId : request.documentIds().stream().filter(Objects::nonNull).distinct().toList()) {
                documents.get(documentId);
                repository.linkDocument(id, documentId, now(), actor());
            }
        }
        refreshSearchText(id);
        audit.record("ACTIVITY_CREATED", "activity", id, describe(valid.fields().title(), valid.fields().heldOn()));
        return id;
    }

    /** Changes an event opened at {@code version}; a concurrent change answers {@link ConcurrentChange}, nothing is lost. */
    @Transactional
    public void update(long id, int version, NewActivity request, DanVanUser user) {
        Activity before = get(id, user.scope());
        requireMayEdit(before, user);
        Valid valid = validate(request, user);
        if (!repository.update(id, version, valid.fields(), VietnameseText.sortKey(valid.fields().title()))) {
            throw new ConcurrentChange();
        }
        repository.replaceParticipants(id, valid.participants());
        repository.replaceOfficials(id, valid.officials());
        refreshSearchText(id);
        audit.record("ACTIVITY_UPDATED", "activity", id, describe(before.title(), before.heldOn()) + " → "
                + describe(valid.fields().title(), valid.fields().heldOn()));
    }

    @Transactional
    public void linkDocument(long id, Long documentId, DanVanUser user) {
        Activity activity = get(id, user.scope());
        requireMayEdit(activity, user);
        if (documentId == null) {
            throw new RuleViolation("activity.document.required");
        }
        Document document = documents.get(documentId);
        if (repository.documentLinked(id, documentId)) {
            throw new RuleViolation("activity.document.duplicate");
        }
        repository.linkDocument(id, documentId, now(), actor());
        audit.record("ACTIVITY_DOCUMENT_LINKED", "activity", id, document.shortCitation());
    }

    @Transactional
    public void unlinkDocument(long id, long documentId, DanVanUser user) {
        Activity activity = get(id, user.scope());
        requireMayEdit(activity, user);
        if (!repository.unlinkDocument(id, documentId)) {
            throw new NotFoundException("activity.document.notLinked");
        }
        audit.record("ACTIVITY_DOCUMENT_UNLINKED", "activity", id, documents.get(documentId).shortCitation());
    }

    /** Records a conclusion; an event that has not taken place yet has none. */
    @Transactional
    public long addConclusion(long id, String content, DanVanUser user) {
        Activity activity = get(id, user.scope());
        requireMayEdit(activity, user);
        String text = required(content, "activity.conclusion.required");
        maxLength(text, 4000, "activity.conclusion.tooLong");
        if (activity.heldOn().isAfter(today())) {
            throw new RuleViolation("activity.conclusion.beforeEvent", VietnameseFormat.date(activity.heldOn()));
        }
        long conclusionId = repository.insertConclusion(id, text, now(), actor());
        refreshSearchText(id);
        audit.record("ACTIVITY_CONCLUSION_ADDED", "activity", id, text);
        return conclusionId;
    }

    /** Removes a conclusion entered by mistake; one that has become a task stays, so that the task keeps its origin. */
    @Transactional
    public void removeConclusion(long id, long conclusionId, DanVanUser user) {
        Activity activity = get(id, user.scope());
        requireMayEdit(activity, user);
        Conclusion conclusion = conclusion(id, conclusionId);
        if (conclusion.hasFollowUps() || !repository.deleteConclusion(conclusionId)) {
            throw new RuleViolation("activity.conclusion.hasTasks");
        }
        refreshSearchText(id);
        audit.record("ACTIVITY_CONCLUSION_REMOVED", "activity", id, conclusion.content());
    }

    /**
     * A task to create from a conclusion: the plan, the lead (and coordinating) organizations and the deadline as
     * the program module takes them; a blank title takes the conclusion's words.
     */
    public record NewFollowUp(Long planId, Long groupId, String title, String description, Long leadOrganizationId,
                              List<Long> coordinatorIds, DeadlineKind deadlineKind, LocalDate dueDate, Integer period) {
    }

    /**
     * Turns a conclusion into a task of a plan in one step: the task is created through
     * {@link ProgramPlans#createTask} and linked back to the conclusion in the same transaction, so there is never a
     * task without its origin nor a link without its task.
     */
    @Transactional
    public long createFollowUp(long id, long conclusionId, NewFollowUp request, DanVanUser user) {
        Activity activity = get(id, user.scope());
        if (!mayCreateTasks(user)) {
            throw new AccessDeniedException("coordinators only");
        }
        Conclusion conclusion = conclusion(id, conclusionId);
        if (request.planId() == null) {
            throw new RuleViolation("activity.followUp.plan.required");
        }
        Plan plan = plans.plan(request.planId());
        String title = request.title() == null || request.title().isBlank() ? defaultTitle(conclusion) : request.title();
        String description = request.description() == null || request.description().isBlank()
                ? defaultDescription(activity, conclusion) : request.description();
        long taskId = plans.createTask(new ProgramPlans.NewTask(plan.id(), request.groupId(), null, title, description, null,
                request.leadOrganizationId(), request.coordinatorIds(), request.deadlineKind(), request.dueDate(), request.period(),
                null, Task.Priority.NORMAL, null, null));
        repository.insertFollowUp(taskId, conclusionId, now(), actor());
        audit.record("ACTIVITY_FOLLOW_UP_CREATED", "activity", id, "Kết luận " + conclusion.ordinal() + " → nhiệm vụ #" + taskId
                + " (" + plan.title() + "): " + VietnameseText.normalize(title));
        return taskId;
    }

    /** The conclusion's words, cut at a word boundary to fit a task's title. */
    public static String defaultTitle(Conclusion conclusion) {
        String text = VietnameseText.normalize(conclusion.content());
        if (text.length() <= 1000) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 997);
        return text.substring(0, cut > 0 ? cut : 997) + "…";
    }

    public static String defaultDescription(Activity activity, Conclusion conclusion) {
        return "Thực hiện kết luận số " + conclusion.ordinal() + " tại " + activity.title() + " (ngày "
                + VietnameseFormat.date(activity.heldOn()) + ").";
    }

    // --- helpers

    private Conclusion conclusion(long id, long conclusionId) {
        return repository.conclusions(id).stream().filter(c -> c.id() == conclusionId).findFirst()
                .orElseThrow(() -> new NotFoundException("activity.conclusion.notFound"));
    }

    private record Valid(ActivityRepository.Fields fields, List<Long> participants, List<Official> officials) {
    }

    private Valid validate(NewActivity request, DanVanUser user) {
        if (request.kind() == null) {
            throw new RuleViolation("activity.kind.required");
        }
        String title = required(request.title(), "activity.title.required");
        maxLength(title, 1000, "activity.title.tooLong");
        if (request.heldOn() == null) {
            throw new RuleViolation("activity.heldOn.required");
        }
        if (request.heldOn().getYear() < 1945 || request.heldOn().getYear() > 2100) {
            throw new RuleViolation("activity.heldOn.invalid");
        }
        if (request.endsOn() != null && request.endsOn().isBefore(request.heldOn())) {
            throw new RuleViolation("activity.endsOn.beforeStart");
        }
        String place = blankToNull(VietnameseText.normalize(request.place()));
        maxLength(place, 500, "activity.place.tooLong");
        String minutes = blankToNull(request.minutes());
        maxLength(minutes, 8000, "activity.minutes.tooLong");
        if (request.organizerId() == null) {
            throw new RuleViolation("activity.organizer.required");
        }
        Organization organizer = activeOn(request.organizerId(), request.heldOn());
        if (!organizations.covers(user.scope(), organizer)) {
            // an officer records their own organization's events; a coordinator those of the province
            throw new RuleViolation("activity.organizer.outsideScope");
        }
        List<Long> participants = request.participantIds() == null ? List.of()
                : request.participantIds().stream().filter(Objects::nonNull).distinct().filter(p -> p != organizer.id()).toList();
        if (participants.size() > MAX_PARTICIPANTS) {
            throw new RuleViolation("activity.participants.tooMany", MAX_PARTICIPANTS);
        }
        participants.forEach(p -> activeOn(p, request.heldOn()));
        List<Official> officials = new ArrayList<>();
        for (Official official : request.officials() == null ? List.<Official>of() : request.officials()) {
            if (official == null) {
                continue;
            }
            String name = required(official.fullName(), "activity.official.name.required");
            maxLength(name, 200, "activity.official.tooLong");
            String position = blankToNull(VietnameseText.normalize(official.positionTitle()));
            maxLength(position, 500, "activity.official.tooLong");
            String organizationName = blankToNull(VietnameseText.normalize(official.organizationName()));
            maxLength(organizationName, 300, "activity.official.tooLong");
            if (official.organizationId() != null && organizations.find(official.organizationId()).isEmpty()) {
                throw new RuleViolation("activity.organization.unknown");
            }
            officials.add(new Official(name, position, official.organizationId(), organizationName,
                    official.role() == null ? Official.Role.ATTENDEE : official.role()));
        }
        if (officials.size() > MAX_OFFICIALS) {
            throw new RuleViolation("activity.officials.tooMany", MAX_OFFICIALS);
        }
        return new Valid(new ActivityRepository.Fields(request.kind(), title, request.heldOn(), request.endsOn(), place,
                organizer.id(), minutes), participants, officials);
    }

    /** An organization that existed on the event's day: a 2023 conference keeps the Ban Dân vận that held it. */
    private Organization activeOn(long organizationId, LocalDate day) {
        Organization organization = organizations.find(organizationId)
                .orElseThrow(() -> new RuleViolation("activity.organization.unknown"));
        if ((organization.validFrom() != null && organization.validFrom().isAfter(day))
                || (organization.validTo() != null && organization.validTo().isBefore(day))) {
            throw new RuleViolation("activity.organization.notActiveOn", organization.name(), VietnameseFormat.date(day));
        }
        return organization;
    }

    /** Folded words of everything a person may search an event by. */
    private void refreshSearchText(long id) {
        Activity activity = repository.findById(id).orElseThrow();
        List<String> fields = new ArrayList<>();
        fields.add(activity.title());
        fields.add(activity.place());
        Stream.concat(Stream.of(activity.organizerId()), activity.participantIds().stream())
                .map(organizations::find).flatMap(Optional::stream)
                .forEach(o -> {
                    fields.add(o.name());
                    fields.add(o.shortName());
                });
        activity.officials().forEach(o -> {
            fields.add(o.fullName());
            fields.add(o.positionTitle());
            fields.add(o.organizationName());
        });
        repository.conclusions(id).forEach(c -> fields.add(c.content()));
        String text = VietnameseText.searchText(fields.toArray(String[]::new));
        repository.updateSearchText(id, text.length() > 16000 ? text.substring(0, 16000) : text);
    }

    /**
     * The ids of the organizations, in force or former, that the scope covers; null when it covers everything.
     * Former ones count: an event of 2023 keeps the body that organized it then.
     */
    private Set<Long> scopeOrganizations(Scope scope) {
        if (scope.isAll()) {
            return null;
        }
        Set<Long> ids = new HashSet<>();
        organizations.allInScope(scope).forEach(o -> ids.add(o.id()));
        return ids;
    }

    private void requireMayCreate(DanVanUser user) {
        if (!mayCreate(user)) {
            throw new AccessDeniedException("may not record events");
        }
    }

    private void requireMayEdit(Activity activity, DanVanUser user) {
        if (!mayEdit(activity, user)) {
            throw new AccessDeniedException("may not change event " + activity.id());
        }
    }

    private static String describe(String title, LocalDate heldOn) {
        return title + " (" + VietnameseFormat.date(heldOn) + ")";
    }

    private static String required(String value, String key) {
        String normalized = VietnameseText.normalize(value);
        if (normalized == null || normalized.isBlank()) {
            throw new RuleViolation(key);
        }
        return normalized;
    }

    private static void maxLength(String value, int max, String key) {
        if (value != null && value.length() > max) {
            throw new RuleViolation(key, max);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? AuditTrail.SYSTEM_ACTOR : authentication.getName();
    }
}
