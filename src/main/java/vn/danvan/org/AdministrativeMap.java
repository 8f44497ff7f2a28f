package vn.danvan.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.org.internal.UnitRepository;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.VietnameseText;

/** The administrative map: units in force and former, their successions and roll-up. */
@Service
public class AdministrativeMap {

    private final UnitRepository units;
    private final ApplicationEventPublisher events;
    private volatile java.util.Set<String> formerProvinceCodes;

    public AdministrativeMap(UnitRepository units, ApplicationEventPublisher events) {
        this.units = units;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Paged<AdministrativeUnit> search(Scope scope, UnitSearch search, PageQuery page) {
        return units.search(scope, search, page);
    }

    /** A unit the caller may see; otherwise 404, whether it exists or not. */
    @Transactional(readOnly = true)
    public AdministrativeUnit get(long id, Scope scope) {
        return units.findById(id).filter(scope::covers).orElseThrow(() -> new NotFoundException("unit.notFound"));
    }

    @Transactional(readOnly = true)
    public Optional<AdministrativeUnit> find(long id) {
        return units.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<AdministrativeUnit> findCurrentByCode(String code) {
        return units.findCurrentByCode(code);
    }

    @Transactional(readOnly = true)
    public List<AdministrativeUnit> children(long id, Scope scope) {
        return units.findChildren(id).stream().filter(scope::covers).toList();
    }

    @Transactional(readOnly = true)
    public List<AdministrativeUnit> ancestors(AdministrativeUnit unit) {
        return pathIds(unit.path()).stream()
                .filter(id -> id != unit.id())
                .map(id -> units.findById(id).orElseThrow())
                .toList();
    }

    /** The successions a unit takes part in, as predecessor or successor, with the other unit named. */
    @Transactional(readOnly = true)
    public List<SuccessionView> successions(long unitId) {
        return units.findSuccessionsOf(unitId).stream().map(s -> {
            boolean isPredecessor = s.predecessorId() == unitId;
            AdministrativeUnit other = units.findById(isPredecessor ? s.successorId() : s.predecessorId()).orElseThrow();
            return new SuccessionView(isPredecessor ? SuccessionView.Direction.SUCCESSOR : SuccessionView.Direction.PREDECESSOR,
                    other, s.share(), s.effectiveDate(), s.legalBasis());
        }).toList();
    }

    /** The unit in force today that covers this one: where its figures roll up. */
    @Transactional(readOnly = true)
    public AdministrativeUnit coveringUnit(long unitId) {
        return new UnitRollup(units.findAll(), units.findSuccessions()).coveringUnit(unitId);
    }

    /** The province (in force) that a unit lies in or rolls up into. */
    @Transactional(readOnly = true)
    public Optional<AdministrativeUnit> provinceOf(AdministrativeUnit unit) {
        return pathIds(unit.rollupPath()).stream().findFirst().flatMap(units::findById);
    }

    /**
     * The 2-digit codes of the provinces in force on a day: on 11/6/2025 the 63 provinces before the merger, whose
     * codes open every citizen identity number (the province where the birth was registered).
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> provinceCodesInForceOn(LocalDate day) {
        return units.findAll().stream()
                .filter(u -> u.level() == UnitLevel.PROVINCE && u.isInForceOn(day))
                .map(AdministrativeUnit::code)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * The valid province prefixes of a {@link CitizenId}: the codes of the 63 provinces on {@link CitizenId#BEFORE_MERGER}.
     * Read once: those provinces and their codes are history and never change (an empty answer, before the catalogue
     * is loaded, is not kept).
     */
    public java.util.Set<String> citizenIdProvinceCodes() {
        java.util.Set<String> codes = formerProvinceCodes;
        if (codes == null) {
            codes = java.util.Set.copyOf(provinceCodesInForceOn(CitizenId.BEFORE_MERGER));
            if (!codes.isEmpty()) {
                formerProvinceCodes = codes;
            }
        }
        return codes;
    }

    @Transactional(readOnly = true)
    public long countInScope(Scope scope) {
        return units.countInScope(scope, true);
    }

    @Transactional
    public long addUnit(String code, String name, UnitKind kind, Long parentId, LocalDate validFrom, LocalDate validTo) {
        if (!UnitCode.isValid(code, kind.level())) {
            throw new IllegalArgumentException("Code " + code + " does not fit level " + kind.level());
        }
        return units.insert(code, name, kind, parentId, validFrom, validTo);
    }

    @Transactional
    public void addSuccession(UnitSuccession succession) {
        units.insertSuccession(succession);
        refreshRollups();
    }

    /**
     * Recomputes where every former unit rolls up to; called after any change of the map. Publishes
     * {@link RollupPathsChanged} when a unit's roll-up path moved, so that the modules which store it with their
     * records (petitions, cases) follow.
     */
    @Transactional
    public void refreshRollups() {
        List<AdministrativeUnit> all = units.findAll();
        UnitRollup rollup = new UnitRollup(all, units.findSuccessions());
        List<RollupPathsChanged.Change> changes = new ArrayList<>();
        for (AdministrativeUnit unit : all) {
            String target = unit.isCurrent() ? unit.path() : rollup.coveringUnit(unit.id()).path();
            if (!target.equals(unit.rollupPath())) {
                units.updateRollupPath(unit.id(), target);
                changes.add(new RollupPathsChanged.Change(unit.id(), unit.rollupPath(), target));
            }
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new RollupPathsChanged(changes));
        }
    }

    /**
     * Former units now roll up elsewhere (a succession was recorded, the catalogue changed). Published in the changing
     * transaction; a listener that stores roll-up paths acts after it completed, in a transaction of its own, and should
     * read each unit's roll-up path again ({@link #find}) rather than trust {@code newPath}: an {@code AFTER_COMPLETION}
     * listener runs after a rollback too.
     */
    public record RollupPathsChanged(List<Change> changes) {

        public RollupPathsChanged {
            changes = List.copyOf(changes);
        }

        /** One unit whose roll-up path moved from {@code oldPath} to {@code newPath}. */
        public record Change(long unitId, String oldPath, String newPath) {
        }
    }

    /**
     * The units in force that a new organization may be placed in, grouped by province for a picker: each
     * province (selectable only when it is itself in the scope) with its communes, all in Vietnamese order.
     */
    @Transactional(readOnly = true)
    public List<ProvinceUnits> currentUnitsByProvince(Scope scope) {
        List<AdministrativeUnit> found = units.findCurrentProvincesAndCommunesInScope(scope);
        Map<Long, AdministrativeUnit> provinces = new LinkedHashMap<>();
        Map<Long, List<AdministrativeUnit>> communes = new HashMap<>();
        found.stream().filter(u -> u.level() == UnitLevel.PROVINCE).forEach(p -> provinces.put(p.id(), p));
        for (AdministrativeUnit unit : found) {
            if (unit.level() == UnitLevel.COMMUNE) {
                long provinceId = pathIds(unit.path()).get(0);
                if (!provinces.containsKey(provinceId)) {
                    units.findById(provinceId).ifPresent(p -> provinces.put(p.id(), p));
                }
                communes.computeIfAbsent(provinceId, id -> new ArrayList<>()).add(unit);
            }
        }
        return provinces.values().stream()
                .sorted(Comparator.comparing(AdministrativeUnit::name, VietnameseText.order()))
                .map(p -> new ProvinceUnits(p, scope.covers(p), List.copyOf(communes.getOrDefault(p.id(), List.of()))))
                .toList();
    }

    static List<Long> pathIds(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    /** One succession seen from a unit. */
    public record SuccessionView(Direction direction, AdministrativeUnit other, UnitSuccession.Share share,
                                 LocalDate effectiveDate, String legalBasis) {
        public enum Direction { PREDECESSOR, SUCCESSOR }
    }

    /** A province in force and its communes in force, for a picker. */
    public record ProvinceUnits(AdministrativeUnit province, boolean provinceSelectable, List<AdministrativeUnit> communes) {
    }
}
