package vn.danvan.org;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditTrail;
import vn.danvan.org.internal.OrganizationRepository;
import vn.danvan.org.internal.UnitRepository;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.RuleViolation;
import vn.danvan.system.VietnameseText;

/** Organizations, their tree, their successions, and the scope of the people who belong to them. */
@Service
public class Organizations {

    private final OrganizationRepository organizations;
    private final UnitRepository units;
    private final AuditTrail audit;

    public Organizations(OrganizationRepository organizations, UnitRepository units, AuditTrail audit) {
        this.organizations = organizations;
        this.units = units;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Paged<Organization> search(Scope scope, OrganizationSearch search, PageQuery page) {
        return organizations.search(scope, search, page);
    }

    /** An organization the caller may see; otherwise 404, whether it exists or not. */
    @Transactional(readOnly = true)
    public Organization get(long id, Scope scope) {
        return organizations.findInScope(id, scope).orElseThrow(() -> new NotFoundException("organization.notFound"));
    }

    @Transactional(readOnly = true)
    public Optional<Organization> find(long id) {
        return organizations.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Organization> findByCode(String code) {
        return organizations.findByCode(code);
    }

    @Transactional(readOnly = true)
    public List<Organization> children(long id, Scope scope) {
        return organizations.findChildren(id).stream().filter(o -> covers(scope, o)).toList();
    }

    @Transactional(readOnly = true)
    public List<Organization> currentInScope(Scope scope) {
        return organizations.findAllCurrentInScope(scope);
    }

    /**
     * Every organization in scope, dissolved or merged ones included (in force first): the records a former body
     * received stay listed for whoever may see that body.
     */
    @Transactional(readOnly = true)
    public List<Organization> allInScope(Scope scope) {
        return organizations.findAllInScope(scope);
    }

    @Transactional(readOnly = true)
    public boolean covers(Scope scope, Organization organization) {
        return scope.covers(organization, units.findById(organization.unitId()).orElseThrow());
    }

    @Transactional(readOnly = true)
    public long countInScope(Scope scope) {
        return organizations.countInScope(scope);
    }

    /** The scope of a person with this role in this organization. */
    @Transactional(readOnly = true)
    public Scope scopeFor(Role role, Long organizationId) {
        if (role.scopeBreadth() == Scope.Breadth.ALL) {
            return Scope.all();
        }
        if (organizationId == null) {
            return Scope.none();
        }
        Organization organization = organizations.findById(organizationId).orElseThrow();
        return Scope.of(role, organization, units.findById(organization.unitId()).orElseThrow());
    }

    /**
     * The organizations in force that carry on a former organization's work today, following successions
     * through every step (Ban Dân vận Tỉnh ủy Bắc Kạn → Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Kạn →
     * Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên). An organization in force answers itself.
     */
    @Transactional(readOnly = true)
    public List<Organization> currentResponsible(long organizationId) {
        Map<Long, Organization> found = new LinkedHashMap<>();
        Set<Long> visited = new HashSet<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(organizationId));
        while (!queue.isEmpty()) {
            long id = queue.removeFirst();
            if (!visited.add(id)) {
                continue;
            }
            Organization organization = organizations.findById(id).orElseThrow();
            List<OrganizationSuccession> next = organizations.findSuccessorsOf(id);
            if (organization.isCurrent() || next.isEmpty()) {
                found.put(id, organization);
            } else {
                next.forEach(s -> queue.addLast(s.successorId()));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Successions seen from an organization, with the other organization. */
    @Transactional(readOnly = true)
    public List<SuccessionView> successions(long organizationId) {
        List<SuccessionView> views = new ArrayList<>();
        organizations.findPredecessorsOf(organizationId).forEach(s -> views.add(new SuccessionView(
                SuccessionView.Direction.PREDECESSOR, organizations.findById(s.predecessorId()).orElseThrow(),
                s.effectiveDate(), s.legalBasis())));
        organizations.findSuccessorsOf(organizationId).forEach(s -> views.add(new SuccessionView(
                SuccessionView.Direction.SUCCESSOR, organizations.findById(s.successorId()).orElseThrow(),
                s.effectiveDate(), s.legalBasis())));
        return views;
    }

    @Transactional
    public long create(NewOrganization request) {
        String name = VietnameseText.normalize(request.name());
        if (name == null || name.isEmpty()) {
            throw new RuleViolation("organization.name.required");
        }
        if (request.code() != null && !request.code().isBlank() && organizations.findByCode(request.code().strip()).isPresent()) {
            throw new RuleViolation("organization.code.duplicate", request.code().strip());
        }
        AdministrativeUnit unit = units.findById(request.unitId())
                .filter(AdministrativeUnit::isCurrent)
                .orElseThrow(() -> new RuleViolation("organization.unit.unknown"));
        if (request.parentId() != null) {
            Organization parent = organizations.findById(request.parentId())
                    .filter(Organization::isCurrent)
                    .orElseThrow(() -> new RuleViolation("organization.parent.unknown"));
            if (!unit.rollsUpInto(units.findById(parent.unitId()).orElseThrow().rollupPath())) {
                // a commune's body may sit under a province body, never a province body under a commune's
                throw new RuleViolation("organization.parent.outsideUnit");
            }
        }
        if (request.validFrom() != null && request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw new RuleViolation("organization.validity.invalid");
        }
        long id = organizations.insert(blankToNull(request.code()), name, blankToNull(VietnameseText.normalize(request.shortName())),
                request.kind(), request.unitId(), request.parentId(), request.validFrom(), request.validTo());
        audit.record("ORGANIZATION_CREATED", "organization", id, name);
        return id;
    }

    @Transactional
    public void addSuccession(OrganizationSuccession succession) {
        organizations.insertSuccession(succession);
        audit.record("ORGANIZATION_SUCCEEDED", "organization", succession.predecessorId(),
                "→ " + succession.successorId() + " (" + succession.effectiveDate() + ")");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What is needed to register an organization. */
    public record NewOrganization(String code, String name, String shortName, OrganizationKind kind, long unitId,
                                  Long parentId, LocalDate validFrom, LocalDate validTo) {
    }

    /** One succession seen from an organization. */
    public record SuccessionView(Direction direction, Organization other, LocalDate effectiveDate, String legalBasis) {
        public enum Direction { PREDECESSOR, SUCCESSOR }
    }
}
