package vn.danvan.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Scope;
import vn.danvan.petition.internal.FigureTally;
import vn.danvan.petition.internal.StatisticsRepository;
import vn.danvan.petition.internal.StatisticsRepository.CaseLine;
import vn.danvan.petition.internal.StatisticsRepository.Filter;
import vn.danvan.petition.internal.StatisticsRepository.PetitionLine;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.reception.ReceptionFigures;
import vn.danvan.reception.ReceptionStatistics;
import vn.danvan.reception.Receptions;
import vn.danvan.reception.StatisticsQuery;
import vn.danvan.reception.Visit;
import vn.danvan.reception.VisitSearch;
import vn.danvan.system.NotFoundException;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.VietnameseFormat;
import vn.danvan.system.VietnameseText;

/**
 * The petition statistics (issue 5, "Figures"): by period, unit (with its subtree, one row per unit directly below
 * the chosen one), category, field and channel — visits and crowd delegations from the reception module, petitions
 * and cases from this one. The caller sees what their {@link Visibility} shows; a unit outside their scope answers
 * 404. Every figure is aggregated in SQL, and the list behind it uses the same condition.
 *
 * <p>Units roll up by the path stored with each record at intake — {@code AdministrativeMap}'s roll-up path, so a
 * petition about a former commune is counted under the commune in force that covers it.
 */
@Service
public class PetitionStatistics {

    private final StatisticsRepository repository;
    private final FigureTally tally;
    private final ReceptionStatistics receptionStatistics;
    private final Receptions receptions;
    private final AdministrativeMap map;
    private final Clock clock;

    public PetitionStatistics(StatisticsRepository repository, FigureTally tally, ReceptionStatistics receptionStatistics,
                              Receptions receptions, AdministrativeMap map, Clock clock) {
        this.repository = repository;
        this.tally = tally;
        this.receptionStatistics = receptionStatistics;
        this.receptions = receptions;
        this.map = map;
        this.clock = clock;
    }

    /**
     * Sums the running totals behind the figures again from the records, for the administrator after records were
     * written past the application (a bulk load in SQL, a restore). The figures are otherwise kept with every change.
     */
    public TotalsRebuilt rebuildTotals() {
        FigureTally.Rebuilt rebuilt = tally.rebuild();
        return new TotalsRebuilt(rebuilt.petitionRows(), rebuilt.caseRows(), rebuilt.millis());
    }

    /** The rows of the running totals (by day and by month) after a rebuild, and how long it took. */
    public record TotalsRebuilt(long petitionRows, long caseRows, long millis) {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VietnameseFormat.ZONE));
    }

    /**
     * One row of the table by unit. {@code own}: the matters arising at the chosen unit itself (e.g. the province's
     * own level), not in a unit below it; {@code unitId} null only for visits recorded without a unit.
     */
    public record UnitRow(Long unitId, String name, boolean own, PetitionFigures figures) {
    }

    /** A piece of the summary sentence: plain text, or a figure's number that links to the records behind it. */
    public record Phrase(String text, StatisticsFigure figure) {
    }

    public record Report(StatisticsPeriod period, LocalDate asOf, AdministrativeUnit unit, String scopeName, PetitionFigures total,
                         List<UnitRow> byUnit, Map<MatterCategory, PetitionFigures> byCategory, Map<MatterField, PetitionFigures> byField,
                         Map<Channel, PetitionFigures> byChannel, Map<Long, Map<MatterCategory, PetitionFigures>> byUnitAndCategory) {

        /** The summary in the phrasing of the provinces' reports, each number a {@link Phrase} with its figure. */
        public List<Phrase> summary() {
            List<Phrase> s = new ArrayList<>();
            PetitionFigures t = total;
            String label = period.label();
            text(s, Character.toUpperCase(label.charAt(0)) + label.substring(1)
                    + (period.kind() == StatisticsPeriod.Kind.RANGE ? "" : " (" + period.dataRange() + ")") + ", " + scopeName + ", các cơ quan đã tiếp ");
            figure(s, t, StatisticsFigure.VISITS);
            text(s, " lượt công dân (");
            figure(s, t, StatisticsFigure.CITIZENS);
            text(s, " người), ");
            figure(s, t, StatisticsFigure.CROWD_DELEGATIONS);
            text(s, " lượt đoàn đông người; tiếp nhận ");
            figure(s, t, StatisticsFigure.RECEIVED);
            text(s, " đơn các loại, trong đó ");
            figure(s, t, StatisticsFigure.ELIGIBLE);
            text(s, " đơn đủ điều kiện xử lý; thụ lý mới ");
            figure(s, t, StatisticsFigure.CASES_ACCEPTED);
            text(s, " vụ việc thuộc thẩm quyền. ");
            if (t.cases() == 0) {
                text(s, "Không có vụ việc phải giải quyết trong kỳ.");
            } else {
                text(s, "Đã giải quyết ");
                figure(s, t, StatisticsFigure.RESOLVED);
                text(s, "/");
                figure(s, t, StatisticsFigure.CASES);
                text(s, " vụ việc phải giải quyết, đạt tỷ lệ " + VietnameseFormat.percent(t.resolutionRate()));
                if (t.resolved() > 0) {
                    text(s, "; trong đó giải quyết đúng hạn ");
                    figure(s, t, StatisticsFigure.RESOLVED_ON_TIME);
                    text(s, " vụ việc, đạt tỷ lệ " + VietnameseFormat.percent(t.onTimeRate()));
                }
                text(s, ". Còn ");
                figure(s, t, StatisticsFigure.PENDING);
                text(s, " vụ việc đang giải quyết, trong đó ");
                figure(s, t, StatisticsFigure.OVERDUE);
                text(s, " vụ việc quá hạn.");
            }
            if (t.satisfactionRated() > 0) {
                text(s, " Tỷ lệ hài lòng đạt " + VietnameseFormat.percent(t.satisfactionRate()) + " (");
                figure(s, t, StatisticsFigure.SATISFIED);
                text(s, "/");
                figure(s, t, StatisticsFigure.SATISFACTION_RATED);
                text(s, " vụ việc có ý kiến đánh giá).");
            }
            return s;
        }

        /** The summary as plain text, for the API and the spreadsheet. */
        public String sentence() {
            StringBuilder text = new StringBuilder();
            summary().forEach(p -> text.append(p.text()));
            return text.toString();
        }

        private static void text(List<Phrase> s, String text) {
            s.add(new Phrase(text, null));
        }

        private static void figure(List<Phrase> s, PetitionFigures t, StatisticsFigure figure) {
            s.add(new Phrase(VietnameseFormat.number(t.get(figure)), figure));
        }
    }

    /**
     * The figures of a period for the chosen unit (null: the caller's own unit; the whole system for the
     * administrator), with one row per unit directly below it.
     */
    @Transactional(readOnly = true)
    public Report report(DanVanUser user, StatisticsPeriod period, Long unitId) {
        AdministrativeUnit unit = chosenUnit(user, unitId);
        LocalDate asOf = period.asOf(today());
        Filter filter = new Filter(Visibility.of(user), period.from(), period.to(), asOf, unit == null ? null : unit.path(), false,
                null, null, null);
        int depth = unit == null ? 0 : pathIds(unit.path()).size();
        Rows rows = new Rows(unit, depth);
        // the forms list every unit, those without any record too
        if (unit != null) {
            map.children(unit.id(), user.scope()).stream().filter(AdministrativeUnit::isCurrent).forEach(u -> rows.add(u.id(), PetitionFigures.ZERO));
        } else {
            map.currentUnitsByProvince(user.scope()).forEach(p -> rows.add(p.province().id(), PetitionFigures.ZERO));
        }

        Map<MatterCategory, PetitionFigures> byCategory = new EnumMap<>(MatterCategory.class);
        Map<MatterField, PetitionFigures> byField = new EnumMap<>(MatterField.class);
        Map<Channel, PetitionFigures> byChannel = new EnumMap<>(Channel.class);
        Map<Long, Map<MatterCategory, PetitionFigures>> byUnitAndCategory = new LinkedHashMap<>();
        PetitionFigures total = PetitionFigures.ZERO;

        for (StatisticsRepository.PetitionGroup g : repository.petitionGroups(filter)) {
            PetitionFigures f = PetitionFigures.of(g.counts());
            total = total.plus(f);
            byCategory.merge(g.category(), f, PetitionFigures::plus);
            byField.merge(g.field(), f, PetitionFigures::plus);
            byChannel.merge(g.channel(), f, PetitionFigures::plus);
            Long row = rows.rowOfPath(g.unitPath());
            rows.add(row, f);
            byUnitAndCategory.computeIfAbsent(row, r -> new EnumMap<>(MatterCategory.class)).merge(g.category(), f, PetitionFigures::plus);
        }
        for (StatisticsRepository.CaseGroup g : repository.caseGroups(filter)) {
            PetitionFigures f = PetitionFigures.of(g.counts());
            total = total.plus(f);
            byCategory.merge(g.category(), f, PetitionFigures::plus);
            byField.merge(g.field(), f, PetitionFigures::plus);
            Long row = rows.rowOfPath(g.unitPath());
            rows.add(row, f);
            byUnitAndCategory.computeIfAbsent(row, r -> new EnumMap<>(MatterCategory.class)).merge(g.category(), f, PetitionFigures::plus);
        }

        Scope receptionScope = receptions.scopeOf(user);
        Long receptionUnit = unit == null ? null : unit.id();
        ReceptionFigures reception = receptionStatistics.figures(receptionScope,
                new StatisticsQuery(period.from(), period.to(), receptionUnit, null, null));
        total = total.plus(visits(reception.total()));
        reception.byCategory().forEach((category, counts) -> byCategory.merge(category, visits(counts), PetitionFigures::plus));
        reception.byField().forEach((field, counts) -> byField.merge(field, visits(counts), PetitionFigures::plus));
        reception.byUnit().forEach((covering, counts) -> rows.add(rows.rowOfUnit(covering), visits(counts)));
        for (MatterCategory category : MatterCategory.values()) {
            if (!reception.byCategory().containsKey(category)) {
                continue;
            }
            ReceptionFigures ofCategory = receptionStatistics.figures(receptionScope,
                    new StatisticsQuery(period.from(), period.to(), receptionUnit, category, null));
            ofCategory.byUnit().forEach((covering, counts) -> byUnitAndCategory
                    .computeIfAbsent(rows.rowOfUnit(covering), r -> new EnumMap<>(MatterCategory.class))
                    .merge(category, visits(counts), PetitionFigures::plus));
        }
        return new Report(period, asOf, unit, scopeName(unit), total, rows.list(), byCategory, byField, byChannel, byUnitAndCategory);
    }

    private static PetitionFigures visits(ReceptionFigures.Counts counts) {
        return PetitionFigures.of(Map.of(StatisticsFigure.VISITS, counts.visits(), StatisticsFigure.CITIZENS, counts.citizens(),
                StatisticsFigure.CROWD_DELEGATIONS, counts.crowdDelegations()));
    }

    private static String scopeName(AdministrativeUnit unit) {
        if (unit == null) {
            return "trong toàn hệ thống";
        }
        String name = unitName(unit);
        return "trên địa bàn " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** "Xã Tân Cương": the catalogue's name, with its kind when the name does not already carry it. */
    public static String unitName(AdministrativeUnit unit) {
        String label = unit.kind().label();
        return VietnameseText.fold(unit.name()).startsWith(VietnameseText.fold(label) + " ") ? unit.name() : label + " " + unit.name();
    }

    /** The rows by unit: the unit directly below the chosen one on a record's roll-up path, or the chosen unit itself. */
    private final class Rows {

        private final AdministrativeUnit unit;
        private final int depth;
        private final Map<Long, PetitionFigures> figures = new LinkedHashMap<>();
        private final Map<Long, Optional<AdministrativeUnit>> units = new HashMap<>();

        Rows(AdministrativeUnit unit, int depth) {
            this.unit = unit;
            this.depth = depth;
        }

        Long rowOfPath(String path) {
            List<Long> ids = pathIds(path);
            if (ids.size() > depth) {
                return ids.get(depth);
            }
            return unit == null ? (ids.isEmpty() ? null : ids.get(0)) : unit.id();
        }

        Long rowOfUnit(Long coveringUnitId) {
            if (coveringUnitId == null || coveringUnitId == 0L) {
                return unit == null ? null : unit.id();
            }
            return find(coveringUnitId).map(u -> rowOfPath(u.rollupPath())).orElse(unit == null ? null : unit.id());
        }

        void add(Long row, PetitionFigures f) {
            figures.merge(row, f, PetitionFigures::plus);
        }

        private Optional<AdministrativeUnit> find(long id) {
            return units.computeIfAbsent(id, map::find);
        }

        /** The chosen unit's own row first, then the units below in Vietnamese order. */
        List<UnitRow> list() {
            List<UnitRow> rows = new ArrayList<>();
            figures.forEach((id, f) -> {
                boolean own = unit != null && id != null && id == unit.id();
                String name = id == null ? "Chưa xác định địa bàn" : find(id).map(PetitionStatistics::unitName).orElse("#" + id);
                rows.add(new UnitRow(id, own ? name + " (cấp " + levelName(unit) + ")" : name, own, f));
            });
            rows.sort(Comparator.comparing((UnitRow r) -> !r.own()).thenComparing(UnitRow::name, VietnameseText.order()));
            return rows;
        }
    }

    private static String levelName(AdministrativeUnit unit) {
        return switch (unit.level()) {
            case PROVINCE -> "tỉnh";
            case DISTRICT -> "huyện";
            case COMMUNE -> "xã";
        };
    }

    // --- the records behind a figure

    /**
     * Which figure of which row: the period, the chosen unit of the page, the row's unit (null: all rows), and the
     * category, field or channel of the row when the figure comes from those tables.
     */
    public record Drill(StatisticsPeriod period, Long unitId, Long rowUnitId, MatterCategory category, MatterField field, Channel channel,
                        StatisticsFigure figure) {
    }

    @Transactional(readOnly = true)
    public Paged<PetitionLine> petitions(DanVanUser user, Drill drill, PageQuery page) {
        requireSource(drill, StatisticsFigure.Source.PETITION);
        return repository.petitions(filter(user, drill), drill.figure(), page);
    }

    @Transactional(readOnly = true)
    public Paged<CaseLine> cases(DanVanUser user, Drill drill, PageQuery page) {
        requireSource(drill, StatisticsFigure.Source.CASE);
        return repository.cases(filter(user, drill), drill.figure(), page);
    }

    /**
     * The visits behind a reception figure, through the reception module's own list (its scope and roll-up). For the
     * chosen unit's own row, the visits of the units below it are left out, as in the aggregate.
     */
    @Transactional(readOnly = true)
    public Paged<Visit> visits(DanVanUser user, Drill drill, PageQuery page) {
        requireSource(drill, StatisticsFigure.Source.RECEPTION);
        AdministrativeUnit unit = chosenUnit(user, drill.unitId());
        AdministrativeUnit row = rowUnit(unit, drill.rowUnitId());
        boolean crowd = drill.figure() == StatisticsFigure.CROWD_DELEGATIONS;
        Long within = row != null ? row.id() : unit == null ? null : unit.id();
        VisitSearch search = new VisitSearch(null, drill.period().from(), drill.period().to(), null, within, drill.category(),
                drill.field(), null, crowd, false);
        Scope scope = receptions.scopeOf(user);
        if (row == null || unit == null || row.id() != unit.id()) {
            return receptions.visits(scope, search, page);
        }
        int depth = pathIds(unit.path()).size();
        Map<Long, Optional<AdministrativeUnit>> units = new HashMap<>();
        List<Visit> own = new ArrayList<>();
        for (int p = 0; ; p++) {
            Paged<Visit> chunk = receptions.visits(scope, search, new PageQuery(p, PageQuery.MAX_SIZE, "", false));
            for (Visit v : chunk.items()) {
                boolean below = v.unitId() != null && units.computeIfAbsent(v.unitId(), map::find)
                        .map(u -> pathIds(u.rollupPath()).size() > depth).orElse(false);
                if (!below) {
                    own.add(v);
                }
            }
            if (!chunk.hasNext()) {
                break;
            }
        }
        int fromIndex = (int) Math.min(own.size(), page.offset());
        return new Paged<>(own.subList(fromIndex, Math.min(own.size(), fromIndex + page.size())), page.page(), page.size(), own.size());
    }

    private static void requireSource(Drill drill, StatisticsFigure.Source source) {
        if (drill.figure() == null || drill.figure().source() != source) {
            throw new NotFoundException("petition.stats.figure.unknown");
        }
    }

    private Filter filter(DanVanUser user, Drill drill) {
        AdministrativeUnit unit = chosenUnit(user, drill.unitId());
        AdministrativeUnit row = rowUnit(unit, drill.rowUnitId());
        String path = row != null ? row.path() : unit == null ? null : unit.path();
        boolean exact = row != null && unit != null && row.id() == unit.id();
        return new Filter(Visibility.of(user), drill.period().from(), drill.period().to(), drill.period().asOf(today()), path, exact,
                drill.category(), drill.field(), drill.figure().source() == StatisticsFigure.Source.PETITION ? drill.channel() : null);
    }

    /** A row's unit must be the chosen unit or lie below it; otherwise 404. */
    private AdministrativeUnit rowUnit(AdministrativeUnit unit, Long rowUnitId) {
        if (rowUnitId == null) {
            return null;
        }
        AdministrativeUnit row = map.find(rowUnitId).orElseThrow(() -> new NotFoundException("unit.notFound"));
        if (unit != null && !row.path().startsWith(unit.path())) {
            throw new NotFoundException("unit.notFound");
        }
        return row;
    }

    /**
     * The unit whose figures are asked: the given one when the caller's scope covers it (else 404, whether it exists
     * or not), else the caller's own unit; null for the administrator without a choice. A former unit stands for the
     * unit in force that covers it, where its records are counted.
     */
    public AdministrativeUnit chosenUnit(DanVanUser user, Long unitId) {
        Scope scope = user.scope();
        AdministrativeUnit unit;
        if (unitId != null) {
            unit = map.get(unitId, scope);
        } else if (scope.isAll()) {
            return null;
        } else {
            List<Long> ids = pathIdsOrEmpty(scope.unitPath());
            if (ids.isEmpty()) {
                throw new NotFoundException("unit.notFound");
            }
            unit = map.find(ids.get(ids.size() - 1)).orElseThrow(() -> new NotFoundException("unit.notFound"));
        }
        if (!unit.isCurrent()) {
            List<Long> ids = pathIds(unit.rollupPath());
            unit = map.find(ids.get(ids.size() - 1)).orElse(unit);
        }
        return unit;
    }

    /** The units a caller may choose on the page: their unit (or the provinces, for the administrator) and the units below. */
    @Transactional(readOnly = true)
    public List<AdministrativeUnit> choosableUnits(DanVanUser user) {
        List<AdministrativeUnit> units = new ArrayList<>();
        map.currentUnitsByProvince(user.scope()).forEach(p -> {
            if (p.provinceSelectable()) {
                units.add(p.province());
            }
            units.addAll(p.communes());
        });
        return units;
    }

    static List<Long> pathIds(String path) {
        return path == null ? List.of() : Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    private static List<Long> pathIdsOrEmpty(String path) {
        try {
            return pathIds(path);
        } catch (NumberFormatException e) {
            return List.of();
        }
    }
}
