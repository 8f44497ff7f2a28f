package vn.danvan.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which unit in force covers a former unit today, so that figures recorded under the former unit roll up
 * into it (the 2025 reorganisation: Nghị quyết 202/2025/QH15 for provinces, the Standing Committee's
 * resolutions for communes).
 *
 * <p>A unit in force covers itself. A former unit is covered by what covers its successor: the one it went
 * into wholly, else the successor marked primary, else its only successor. A former unit without successor
 * (a district, abolished on 1 July 2025) is covered by what covers its parent.
 */
public final class UnitRollup {

    private final Map<Long, AdministrativeUnit> units = new HashMap<>();
    private final Map<Long, List<UnitSuccession>> successionsByPredecessor = new HashMap<>();

    public UnitRollup(Collection<AdministrativeUnit> units, Collection<UnitSuccession> successions) {
        units.forEach(unit -> this.units.put(unit.id(), unit));
        successions.forEach(succession -> successionsByPredecessor
                .computeIfAbsent(succession.predecessorId(), id -> new ArrayList<>()).add(succession));
    }

    /** The unit in force that covers {@code unitId}, or the unit itself when nothing covers it. */
    public AdministrativeUnit coveringUnit(long unitId) {
        return covering(unitId, new HashSet<>()).orElse(units.get(unitId));
    }

    private Optional<AdministrativeUnit> covering(long unitId, Set<Long> visited) {
        AdministrativeUnit unit = units.get(unitId);
        if (unit == null || !visited.add(unitId)) {
            return Optional.empty();
        }
        if (unit.isCurrent()) {
            return Optional.of(unit);
        }
        Optional<UnitSuccession> next = mainSuccessor(unitId);
        if (next.isPresent()) {
            Optional<AdministrativeUnit> found = covering(next.get().successorId(), visited);
            if (found.isPresent()) {
                return found;
            }
        }
        return unit.parentId() == null ? Optional.empty() : covering(unit.parentId(), visited);
    }

    private Optional<UnitSuccession> mainSuccessor(long unitId) {
        List<UnitSuccession> successors = successionsByPredecessor.getOrDefault(unitId, List.of());
        return successors.stream().filter(s -> s.share() == UnitSuccession.Share.FULL).findFirst()
                .or(() -> successors.stream().filter(UnitSuccession::primarySuccessor).findFirst())
                .or(() -> successors.size() == 1 ? Optional.of(successors.get(0)) : Optional.empty());
    }
}
