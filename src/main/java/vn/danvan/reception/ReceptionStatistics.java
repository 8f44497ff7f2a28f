package vn.danvan.reception;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.Scope;
import vn.danvan.reception.internal.ReceptionRepository;
import vn.danvan.system.RuleViolation;

/**
 * Reception figures for reports and for the petition statistics: by period, unit (with its subtree, and the former
 * units that roll up into it — the roll-up of {@code UnitRollup}, kept in each unit's rollup path), category and
 * field. Counts are computed from the visits and sessions in the caller's scope, so they always reconcile with the
 * lists behind them.
 */
@Service
public class ReceptionStatistics {

    private final ReceptionRepository repository;
    private final Receptions receptions;
    private final AdministrativeMap map;

    public ReceptionStatistics(ReceptionRepository repository, Receptions receptions, AdministrativeMap map) {
        this.repository = repository;
        this.receptions = receptions;
        this.map = map;
    }

    @Transactional(readOnly = true)
    public ReceptionFigures figures(Scope scope, StatisticsQuery query) {
        if (query.from() == null || query.to() == null || query.to().isBefore(query.from())) {
            throw new RuleViolation("reception.statistics.period.invalid");
        }
        Set<Long> organizations = receptions.organizationIds(scope);
        VisitSearch search = new VisitSearch(null, query.from(), query.to(), null, query.unitId(), query.category(), query.field(),
                null, false, false);
        Set<Long> visitUnits = receptions.unitIdsWithin(query.unitId(), repository.distinctVisitUnitIds());
        Map<MatterCategory, ReceptionFigures.Counts> byCategory = new EnumMap<>(MatterCategory.class);
        Map<MatterField, ReceptionFigures.Counts> byField = new EnumMap<>(MatterField.class);
        Map<Long, ReceptionFigures.Counts> byUnit = new LinkedHashMap<>();
        ReceptionFigures.Counts total = ReceptionFigures.Counts.ZERO;
        Map<Long, Long> covering = new HashMap<>();
        for (ReceptionRepository.VisitGroup group : repository.visitGroups(organizations, visitUnits, search, receptions.today())) {
            ReceptionFigures.Counts counts = new ReceptionFigures.Counts(group.visits(), group.citizens(),
                    group.crowd() ? group.visits() : 0, group.crowd() ? group.citizens() : 0);
            total = total.plus(counts);
            byCategory.merge(group.category(), counts, ReceptionFigures.Counts::plus);
            byField.merge(group.field(), counts, ReceptionFigures.Counts::plus);
            long unit = group.unitId() == null ? 0L : covering.computeIfAbsent(group.unitId(), this::coveringUnitId);
            byUnit.merge(unit, counts, ReceptionFigures.Counts::plus);
        }
        Map<SessionKind, ReceptionFigures.Sessions> sessionsByKind = new EnumMap<>(SessionKind.class);
        ReceptionFigures.Sessions sessions = ReceptionFigures.Sessions.ZERO;
        Collection<Long> sessionUnits = receptions.unitIdsWithin(query.unitId(), repository.distinctSessionUnitIds());
        for (ReceptionRepository.SessionGroup group : repository.sessionGroups(organizations, sessionUnits, query.from(), query.to())) {
            ReceptionFigures.Sessions counts = new ReceptionFigures.Sessions(group.planned(), group.held());
            sessionsByKind.merge(group.kind(), counts, ReceptionFigures.Sessions::plus);
            sessions = sessions.plus(counts);
        }
        return new ReceptionFigures(query.from(), query.to(), query.unitId(), total, byCategory, byField, byUnit, sessionsByKind, sessions);
    }

    /** The unit in force that covers a unit (itself when in force): the last id of its rollup path. */
    private long coveringUnitId(long unitId) {
        Optional<AdministrativeUnit> unit = map.find(unitId);
        if (unit.isEmpty()) {
            return unitId;
        }
        List<String> ids = List.of(unit.get().rollupPath().split("/")).stream().filter(s -> !s.isEmpty()).toList();
        return ids.isEmpty() ? unitId : Long.parseLong(ids.get(ids.size() - 1));
    }
}
