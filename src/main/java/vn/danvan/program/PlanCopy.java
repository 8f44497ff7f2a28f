package vn.danvan.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditTrail;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.program.internal.ProgramRepository;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseText;

/**
 * Copies a plan to the next year, as a coordinator drafts next year's plan from this year's: same program, issuing
 * organization and kind, the year in the title moved on, no document yet (the new plan is not issued); its groups
 * and tasks with their coordinators, legal basis and weights, every deadline one year later ({@link
 * DeadlineText#nextYear}). The progress history is not copied: the new tasks start from nothing. Cancelled tasks are
 * left behind. An organization no longer in force is replaced by the one that carries on its work.
 */
@Service
public class PlanCopy {

    private final ProgramPlans plans;
    private final ProgramRepository repository;
    private final Organizations organizations;
    private final AuditTrail audit;

    public PlanCopy(ProgramPlans plans, ProgramRepository repository, Organizations organizations, AuditTrail audit) {
        this.plans = plans;
        this.repository = repository;
        this.organizations = organizations;
        this.audit = audit;
    }

    /**
     * What copying would create, for the confirmation screen.
     *
     * @param tasks        the tasks that will be copied
     * @param cancelled    cancelled tasks, not copied
     * @param replacements "old organization → organization in force" for bodies merged or renamed since
     * @param problem      why the plan cannot be copied (a message key and arguments), or null
     */
    public record Preview(Plan plan, int year, String title, List<TaskGroup> groups, int tasks, int cancelled,
                          List<Replacement> replacements, RuleViolation problem) {

        public boolean possible() {
            return problem == null;
        }
    }

    /** An organization of the plan that is no longer in force, and the one the copy names instead. */
    public record Replacement(String formerName, String currentName) {
    }

    @Transactional(readOnly = true)
    public Preview preview(long planId) {
        Plan plan = plans.plan(planId);
        int year = plan.year() + 1;
        String title = nextTitle(plan.title(), plan.year());
        List<TaskRow> rows = plans.allTasksOfPlan(planId);
        int cancelled = (int) rows.stream().filter(r -> r.task().isCancelled()).count();
        List<Replacement> replacements = new ArrayList<>();
        RuleViolation problem = null;
        try {
            check(plan, year, title);
            successors(plan, rows, replacements);
        } catch (RuleViolation violation) {
            problem = violation;
        }
        return new Preview(plan, year, title, plans.groups(planId), rows.size() - cancelled, cancelled, replacements, problem);
    }

    /** Creates the next year's plan; answers its id. */
    @Transactional
    public long copyToNextYear(long planId, DanVanUser user) {
        if (!plans.mayCoordinate(user)) {
            throw new AccessDeniedException("coordinators only");
        }
        Plan plan = plans.plan(planId);
        int year = plan.year() + 1;
        String title = nextTitle(plan.title(), plan.year());
        check(plan, year, title);
        List<TaskRow> rows = plans.allTasksOfPlan(planId).stream().filter(r -> !r.task().isCancelled()).toList();
        Map<Long, Long> successors = successors(plan, rows, new ArrayList<>());
        long copy = plans.createPlan(new ProgramPlans.NewPlan(null, plan.programId(), current(plan.issuingOrganizationId(), successors),
                year, title, plan.kind(), List.of()));
        Map<Long, Long> groups = new HashMap<>();
        for (TaskGroup group : plans.groups(planId)) {
            groups.put(group.id(), plans.addGroup(copy, group.title(), group.weight()));
        }
        Map<Long, List<Long>> basis = repository.legalBasisOf(rows.stream().map(r -> r.task().id()).toList());
        for (TaskRow row : rows) {
            Task t = row.task();
            long lead = current(t.leadOrganizationId(), successors);
            List<Long> coordinators = t.coordinatorIds().stream().map(c -> current(c, successors))
                    .filter(c -> c != lead).distinct().toList();
            TaskDeadline d = DeadlineText.nextYear(t.deadline());
            plans.createTask(new ProgramPlans.NewTask(copy, t.groupId() == null ? null : groups.get(t.groupId()), t.contentId(), t.title(),
                    t.description(), t.expectedOutput(), lead, coordinators, d.kind(), d.dueDate(), d.period(), d.recurringPeriod(),
                    t.priority(), t.weight(), basis.getOrDefault(t.id(), List.of())));
        }
        audit.record("PLAN_COPIED", "plan", copy, plan.title() + " → " + title + " (" + rows.size() + " nhiệm vụ)");
        return copy;
    }

    /**
     * "Kế hoạch công tác dân vận năm 2024" becomes "… năm 2025": the plan's year, where it stands as a number of its
     * own, is replaced (not "12024" nor "2024-2026"'s neighbours); a title without it gets "năm 2025" appended.
     */
    public static String nextTitle(String title, int year) {
        Pattern ownYear = Pattern.compile("(?<![\\d/-])" + year + "(?![\\d/-])");
        if (ownYear.matcher(title).find()) {
            return ownYear.matcher(title).replaceAll(String.valueOf(year + 1));
        }
        return title + " năm " + (year + 1);
    }

    private void check(Plan plan, int year, String title) {
        if (plan.programId() != null) {
            Program program = plans.program(plan.programId());
            if (year > program.toYear()) {
                throw new RuleViolation("plan.copy.outsideProgram", program.title(), String.valueOf(program.fromYear()),
                        String.valueOf(program.toYear()));
            }
        }
        String key = VietnameseText.fold(title);
        plans.plans(plan.programId()).stream()
                .filter(p -> p.year() == year && Objects.equals(p.programId(), plan.programId()) && VietnameseText.fold(p.title()).equals(key))
                .findFirst()
                .ifPresent(existing -> {
                    throw new RuleViolation("plan.copy.exists", existing.title());
                });
    }

    /**
     * For each organization of the plan no longer in force, the one body that carries on its work today; a body
     * dissolved without successor, or split between several, cannot be chosen for the coordinator.
     */
    private Map<Long, Long> successors(Plan plan, List<TaskRow> rows, List<Replacement> replacements) {
        Map<Long, Long> successors = new HashMap<>();
        List<Long> ids = new ArrayList<>(List.of(plan.issuingOrganizationId()));
        rows.stream().filter(r -> !r.task().isCancelled()).forEach(r -> {
            ids.add(r.task().leadOrganizationId());
            ids.addAll(r.task().coordinatorIds());
        });
        for (long id : ids.stream().distinct().toList()) {
            Organization organization = organizations.find(id).orElseThrow();
            if (organization.isCurrent()) {
                continue;
            }
            List<Organization> now = organizations.currentResponsible(id).stream().filter(Organization::isCurrent).toList();
            if (now.size() != 1) {
                throw new RuleViolation("plan.copy.noSuccessor", organization.name());
            }
            successors.put(id, now.get(0).id());
            replacements.add(new Replacement(organization.name(), now.get(0).name()));
        }
        return successors;
    }

    private long current(long organizationId, Map<Long, Long> successors) {
        Long successor = successors.get(organizationId);
        if (successor != null) {
            return successor;
        }
        Organization organization = organizations.find(organizationId).orElseThrow();
        if (organization.isCurrent()) {
            return organizationId;
        }
        List<Organization> now = organizations.currentResponsible(organizationId).stream().filter(Organization::isCurrent).toList();
        if (now.size() != 1) {
            throw new RuleViolation("plan.copy.noSuccessor", organization.name());
        }
        return now.get(0).id();
    }
}
