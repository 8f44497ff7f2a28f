package vn.danvan.petition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.petition.CaseStatus;
import vn.danvan.petition.Channel;
import vn.danvan.petition.PetitionStatus;
import vn.danvan.petition.Satisfaction;
import vn.danvan.petition.StatisticsFigure;
import vn.danvan.petition.Visibility;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;

/**
 * The SQL of the petition statistics: one aggregate per source (GROUP BY with CASE sums, one pass over the rows of
 * the period), and the lists behind each figure. Both use the same condition text per figure, so a figure and
 * its list cannot disagree.
 */
@Repository
public class StatisticsRepository {

    /** Petitions received in the period. */
    private static final String PETITION_PERIOD = "p.received_on BETWEEN :from AND :to";
    /** Cases to be resolved in the period: accepted by its end, not concluded before its start. */
    private static final String CASE_PERIOD = "c.accepted_on <= :to AND (c.concluded_on IS NULL OR c.concluded_on >= :from)";
    private static final String RESOLVED = "c.concluded_on BETWEEN :from AND :to";
    private static final String PENDING = "(c.concluded_on IS NULL OR c.concluded_on > :asOf)";

    /** Within the petitions of the period. */
    static final Map<StatisticsFigure, String> PETITION_CONDITIONS = new EnumMap<>(Map.ofEntries(
            Map.entry(StatisticsFigure.RECEIVED, "1 = 1"),
            Map.entry(StatisticsFigure.CLASSIFIED, "p.status <> 'RECEIVED'"),
            Map.entry(StatisticsFigure.UNCLASSIFIED, "p.status = 'RECEIVED'"),
            Map.entry(StatisticsFigure.ELIGIBLE, "p.status IN ('ACCEPTED', 'ATTACHED', 'TRANSFERRED', 'GUIDED')"),
            Map.entry(StatisticsFigure.ACCEPTED, "p.status = 'ACCEPTED'"),
            Map.entry(StatisticsFigure.ATTACHED, "p.status = 'ATTACHED'"),
            Map.entry(StatisticsFigure.TRANSFERRED, "p.status = 'TRANSFERRED'"),
            Map.entry(StatisticsFigure.GUIDED, "p.status = 'GUIDED'"),
            Map.entry(StatisticsFigure.ARCHIVED, "p.status = 'ARCHIVED'"),
            Map.entry(StatisticsFigure.CROWD_PETITIONS, "p.crowd = TRUE")));

    /** Within the cases of the period. */
    static final Map<StatisticsFigure, String> CASE_CONDITIONS = new EnumMap<>(Map.ofEntries(
            Map.entry(StatisticsFigure.CASES_CARRIED_OVER, "c.accepted_on < :from"),
            Map.entry(StatisticsFigure.CASES_ACCEPTED, "c.accepted_on >= :from"),
            Map.entry(StatisticsFigure.CASES, "1 = 1"),
            Map.entry(StatisticsFigure.RESOLVED, RESOLVED),
            Map.entry(StatisticsFigure.RESOLVED_ON_TIME, RESOLVED + " AND (c.due_date IS NULL OR c.concluded_on <= c.due_date)"),
            Map.entry(StatisticsFigure.RESOLVED_LATE, RESOLVED + " AND c.due_date IS NOT NULL AND c.concluded_on > c.due_date"),
            Map.entry(StatisticsFigure.PENDING, PENDING),
            // PetitionCase.overdueOn: a suspended case's clock does not run
            Map.entry(StatisticsFigure.OVERDUE, PENDING + " AND c.status <> 'SUSPENDED' AND c.due_date < :asOf"),
            Map.entry(StatisticsFigure.SATISFACTION_RATED, RESOLVED + " AND c.satisfaction IS NOT NULL"),
            Map.entry(StatisticsFigure.SATISFIED, RESOLVED + " AND c.satisfaction = 'SATISFIED'")));

    private final JdbcClient jdbc;

    public StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What the figures are asked for. {@code unitPath}: the unit (and, unless {@code exactUnit}, its subtree) where
     * the matter arises, by the roll-up path stored with the record; null for every unit in view.
     */
    public record Filter(Visibility visibility, LocalDate from, LocalDate to, LocalDate asOf, String unitPath, boolean exactUnit,
                         MatterCategory category, MatterField field, Channel channel) {
    }

    public record PetitionGroup(String unitPath, MatterCategory category, MatterField field, Channel channel,
                                Map<StatisticsFigure, Long> counts) {
    }

    public record CaseGroup(String unitPath, MatterCategory category, MatterField field, Map<StatisticsFigure, Long> counts) {
    }

    /**
     * The petition figures of the filter by unit, category, field and channel. The matters in view by their unit (the
     * whole view of a leader or the administrator) are summed from the running totals ({@link FigureTally}); those
     * seen only because the caller's organization received them are counted from the records.
     */
    public List<PetitionGroup> petitionGroups(Filter filter) {
        Map<List<Object>, Map<StatisticsFigure, Long>> groups = new LinkedHashMap<>();
        Visibility v = filter.visibility();
        if (v.all() || v.unitPrefix() != null) {
            Map<String, Object> params = new HashMap<>();
            String where = tallyWhere(filter, params, true);
            List<String> branches = new ArrayList<>();
            for (TallyRanges.DateRange range : TallyRanges.of(filter.from(), filter.to())) {
                int i = branches.size();
                params.put("s" + i, range.start());
                params.put("e" + i, range.end());
                branches.add("SELECT t.unit_path, t.category, t.field, t.channel, " + String.join(", ", prefixed(FigureTally.PETITION_COUNTS))
                        + " FROM petition_tally t WHERE t.grain = '" + range.grain() + "' AND t.period_start >= :s" + i
                        + " AND t.period_start < :e" + i + where);
            }
            String sql = "SELECT x.unit_path, x.category, x.field, x.channel, "
                    + String.join(", ", FigureTally.PETITION_COUNTS.stream().map(c -> "SUM(x." + c + ")").toList())
                    + " FROM (" + String.join(" UNION ALL ", branches) + ") x GROUP BY x.unit_path, x.category, x.field, x.channel";
            jdbc.sql(sql).params(params).query(rs -> {
                long received = rs.getLong(5), unclassified = rs.getLong(6), accepted = rs.getLong(7), attached = rs.getLong(8);
                long transferred = rs.getLong(9), guided = rs.getLong(10), archived = rs.getLong(11), crowd = rs.getLong(12);
                Map<StatisticsFigure, Long> counts = new EnumMap<>(StatisticsFigure.class);
                counts.put(StatisticsFigure.RECEIVED, received);
                counts.put(StatisticsFigure.CLASSIFIED, received - unclassified);
                counts.put(StatisticsFigure.UNCLASSIFIED, unclassified);
                counts.put(StatisticsFigure.ELIGIBLE, accepted + attached + transferred + guided);
                counts.put(StatisticsFigure.ACCEPTED, accepted);
                counts.put(StatisticsFigure.ATTACHED, attached);
                counts.put(StatisticsFigure.TRANSFERRED, transferred);
                counts.put(StatisticsFigure.GUIDED, guided);
                counts.put(StatisticsFigure.ARCHIVED, archived);
                counts.put(StatisticsFigure.CROWD_PETITIONS, crowd);
                merge(groups, List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), counts);
            });
        }
        if (seenByOrganizationOnly(filter)) {
            Map<String, Object> params = new HashMap<>();
            String where = where(filter, params, "p", PETITION_PERIOD, "p.receiving_org_path", true, true);
            List<StatisticsFigure> figures = new ArrayList<>(PETITION_CONDITIONS.keySet());
            String sql = "SELECT p.unit_path, p.category, p.field, p.channel" + sums(figures, PETITION_CONDITIONS)
                    + " FROM petition p" + where + " GROUP BY p.unit_path, p.category, p.field, p.channel";
            jdbc.sql(sql).params(params).query(rs -> {
                merge(groups, List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), counts(rs, figures, 5));
            });
        }
        List<PetitionGroup> result = new ArrayList<>();
        groups.forEach((key, counts) -> {
            if (counts.values().stream().anyMatch(n -> n != 0)) {
                result.add(new PetitionGroup((String) key.get(0), MatterCategory.valueOf((String) key.get(1)),
                        MatterField.valueOf((String) key.get(2)), Channel.valueOf((String) key.get(3)), counts));
            }
        });
        return result;
    }

    /**
     * The case figures of the filter by unit, category and field. From the running totals for the matters in view by
     * their unit: each figure is a difference of counts up to a day (accepted before the period's first day, minus
     * concluded before it, are the cases carried over; a case is concluded on or after its acceptance day). Overdue
     * depends on each case's due date and status on the as-of day, and is counted from the records, as are the cases
     * seen only because the caller's organization handles them.
     */
    public List<CaseGroup> caseGroups(Filter filter) {
        Map<List<Object>, Map<StatisticsFigure, Long>> groups = new LinkedHashMap<>();
        Visibility v = filter.visibility();
        if (v.all() || v.unitPrefix() != null) {
            caseTally(filter, groups);
        }
        if (seenByOrganizationOnly(filter)) {
            Map<String, Object> params = new HashMap<>();
            String where = where(filter, params, "c", CASE_PERIOD, "c.handling_org_path", false, true);
            params.put("asOf", filter.asOf());
            Map<StatisticsFigure, String> conditions = new EnumMap<>(CASE_CONDITIONS);
            conditions.remove(StatisticsFigure.OVERDUE);
            List<StatisticsFigure> figures = new ArrayList<>(conditions.keySet());
            String sql = "SELECT c.unit_path, c.category, c.field" + sums(figures, conditions)
                    + " FROM petition_case c" + where + " GROUP BY c.unit_path, c.category, c.field";
            jdbc.sql(sql).params(params).query(rs -> {
                merge(groups, List.of(rs.getString(1), rs.getString(2), rs.getString(3)), counts(rs, figures, 4));
            });
        }
        // overdue, in the whole view, from the records: the cases not concluded and those concluded after the as-of day
        // (none when it is today), each part a range of ix_case_pending
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params, "c", CASE_PERIOD, "c.handling_org_path", false, false)
                + " AND " + CASE_CONDITIONS.get(StatisticsFigure.OVERDUE);
        params.put("asOf", filter.asOf());
        String part = "SELECT c.unit_path, c.category, c.field FROM petition_case c" + where;
        jdbc.sql("SELECT x.unit_path, x.category, x.field, COUNT(*) FROM (" + part + " AND c.concluded_on IS NULL UNION ALL " + part
                        + " AND c.concluded_on > :asOf) x GROUP BY x.unit_path, x.category, x.field")
                .params(params)
                .query(rs -> {
                    merge(groups, List.of(rs.getString(1), rs.getString(2), rs.getString(3)), Map.of(StatisticsFigure.OVERDUE, rs.getLong(4)));
                });
        List<CaseGroup> result = new ArrayList<>();
        groups.forEach((key, counts) -> {
            if (counts.values().stream().anyMatch(n -> n != 0)) {
                for (StatisticsFigure figure : CASE_CONDITIONS.keySet()) {
                    counts.putIfAbsent(figure, 0L);
                }
                result.add(new CaseGroup((String) key.get(0), MatterCategory.valueOf((String) key.get(1)),
                        MatterField.valueOf((String) key.get(2)), counts));
            }
        });
        return result;
    }

    /**
     * The case figures from {@code case_tally}: for each group, the counts of cases accepted and concluded before three
     * days — the period's first day, the day after its last, and the day after the as-of day (not before the first) —
     * each read from the whole months before that day's month and the days of its month before it.
     */
    private void caseTally(Filter filter, Map<List<Object>, Map<StatisticsFigure, Long>> groups) {
        LocalDate first = filter.from();
        LocalDate afterLast = filter.to().plusDays(1);
        LocalDate afterAsOf = filter.asOf().plusDays(1).isAfter(first) ? filter.asOf().plusDays(1) : first;
        List<LocalDate> days = List.of(first, afterLast, afterAsOf);
        Map<String, Object> params = new HashMap<>();
        String where = tallyWhere(filter, params, false);
        LocalDate lastMonth = days.stream().map(d -> d.withDayOfMonth(1)).max(LocalDate::compareTo).orElseThrow();
        params.put("monthsBefore", lastMonth);
        List<String> branches = new ArrayList<>();
        String columns = "t.grain, t.period_start, t.unit_path, t.category, t.field, " + String.join(", ", prefixed(FigureTally.CASE_COUNTS));
        branches.add("SELECT " + columns + " FROM case_tally t WHERE t.grain = 'M' AND t.period_start < :monthsBefore" + where);
        // the days of each month that holds one of the days, up to the last of them in that month (one branch per month)
        Map<LocalDate, LocalDate> dayRanges = new TreeMap<>();
        for (LocalDate day : days) {
            if (day.getDayOfMonth() != 1) {
                dayRanges.merge(day.withDayOfMonth(1), day, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        dayRanges.forEach((monthStart, until) -> {
            int i = branches.size();
            params.put("s" + i, monthStart);
            params.put("e" + i, until);
            branches.add("SELECT " + columns + " FROM case_tally t WHERE t.grain = 'D' AND t.period_start >= :s" + i
                    + " AND t.period_start < :e" + i + where);
        });
        // SUM(CASE …) of a count over the rows before a day: whole months before its month, days of its month before it
        List<String> sums = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            params.put("b" + d, days.get(d));
            params.put("bm" + d, days.get(d).withDayOfMonth(1));
            String before = "((x.grain = 'M' AND x.period_start < :bm" + d + ") OR (x.grain = 'D' AND x.period_start >= :bm" + d
                    + " AND x.period_start < :b" + d + "))";
            for (String count : FigureTally.CASE_COUNTS) {
                sums.add("SUM(CASE WHEN " + before + " THEN x." + count + " ELSE 0 END)");
            }
        }
        String sql = "SELECT x.unit_path, x.category, x.field, " + String.join(", ", sums) + " FROM (" + String.join(" UNION ALL ", branches)
                + ") x GROUP BY x.unit_path, x.category, x.field";
        int n = FigureTally.CASE_COUNTS.size();
        jdbc.sql(sql).params(params).query(rs -> {
            long[][] before = new long[days.size()][n];
            for (int d = 0; d < days.size(); d++) {
                for (int c = 0; c < n; c++) {
                    before[d][c] = rs.getLong(4 + d * n + c);
                }
            }
            // columns of CASE_COUNTS: accepted, resolved, resolved_on_time, resolved_late, satisfaction_rated, satisfied
            long[] atFirst = before[0], afterPeriod = before[1], afterAsOfDay = before[2];
            Map<StatisticsFigure, Long> counts = new EnumMap<>(StatisticsFigure.class);
            counts.put(StatisticsFigure.CASES_CARRIED_OVER, atFirst[0] - atFirst[1]);
            counts.put(StatisticsFigure.CASES_ACCEPTED, afterPeriod[0] - atFirst[0]);
            counts.put(StatisticsFigure.CASES, afterPeriod[0] - atFirst[1]);
            counts.put(StatisticsFigure.RESOLVED, afterPeriod[1] - atFirst[1]);
            counts.put(StatisticsFigure.RESOLVED_ON_TIME, afterPeriod[2] - atFirst[2]);
            counts.put(StatisticsFigure.RESOLVED_LATE, afterPeriod[3] - atFirst[3]);
            counts.put(StatisticsFigure.PENDING, afterPeriod[0] - afterAsOfDay[1]);
            counts.put(StatisticsFigure.SATISFACTION_RATED, afterPeriod[4] - atFirst[4]);
            counts.put(StatisticsFigure.SATISFIED, afterPeriod[5] - atFirst[5]);
            merge(groups, List.of(rs.getString(1), rs.getString(2), rs.getString(3)), counts);
        });
    }

    /**
     * Whether records may be in view only through the caller's organization: not when the chosen unit lies inside the
     * unit the caller sees whole (every record of that unit is already in the totals, any other is outside the unit).
     */
    private static boolean seenByOrganizationOnly(Filter filter) {
        Visibility v = filter.visibility();
        if (v.all() || v.organizationPrefix() == null) {
            return false;
        }
        return v.unitPrefix() == null || filter.unitPath() == null || !filter.unitPath().startsWith(v.unitPrefix());
    }

    private static List<String> prefixed(List<String> columns) {
        return columns.stream().map(c -> "t." + c).toList();
    }

    private static void merge(Map<List<Object>, Map<StatisticsFigure, Long>> groups, List<Object> key, Map<StatisticsFigure, Long> counts) {
        Map<StatisticsFigure, Long> sum = groups.computeIfAbsent(key, k -> new EnumMap<>(StatisticsFigure.class));
        counts.forEach((figure, n) -> sum.merge(figure, n, Long::sum));
    }

    /** The conditions of the running totals: the caller's view by unit, the chosen unit, the dimensions. */
    private static String tallyWhere(Filter f, Map<String, Object> params, boolean withChannel) {
        StringBuilder where = new StringBuilder();
        Visibility v = f.visibility();
        if (!v.all()) {
            where.append(" AND t.unit_path LIKE :vUnit");
            params.put("vUnit", v.unitPrefix() + "%");
        }
        if (f.unitPath() != null) {
            where.append(f.exactUnit() ? " AND t.unit_path = :unitPath" : " AND t.unit_path LIKE :unitPath");
            params.put("unitPath", f.exactUnit() ? f.unitPath() : f.unitPath() + "%");
        }
        if (f.category() != null) {
            where.append(" AND t.category = :category");
            params.put("category", f.category().name());
        }
        if (f.field() != null) {
            where.append(" AND t.field = :field");
            params.put("field", f.field().name());
        }
        if (withChannel && f.channel() != null) {
            where.append(" AND t.channel = :channel");
            params.put("channel", f.channel().name());
        }
        return where.toString();
    }

    /** A petition behind a figure: no petitioner's name, so a denouncer's identity never reaches a statistics list. */
    public record PetitionLine(long id, String trackingCode, LocalDate receivedOn, MatterCategory category, MatterField field,
                               Channel channel, PetitionStatus status, boolean crowd, LocalDate classifiedOn, Long caseId,
                               Long unitId, String respondent) {
    }

    public record CaseLine(long id, String title, MatterCategory category, MatterField field, int instance, LocalDate acceptedOn,
                           LocalDate dueDate, LocalDate concludedOn, CaseStatus status, Satisfaction satisfaction, Long unitId,
                           int petitionCount) {
    }

    public Paged<PetitionLine> petitions(Filter filter, StatisticsFigure figure, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params, "p", PETITION_PERIOD, "p.receiving_org_path", true, false)
                + " AND " + PETITION_CONDITIONS.get(figure);
        long total = jdbc.sql("SELECT COUNT(*) FROM petition p" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<PetitionLine> items = jdbc.sql("""
                        SELECT p.id, p.tracking_code, p.received_on, p.category, p.field, p.channel, p.status, p.crowd, p.classified_on,
                            p.case_id, p.unit_id, p.respondent FROM petition p""" + where
                        + " ORDER BY p.received_on DESC, p.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new PetitionLine(rs.getLong("id"), rs.getString("tracking_code"), rs.getObject("received_on", LocalDate.class),
                        MatterCategory.valueOf(rs.getString("category")), MatterField.valueOf(rs.getString("field")),
                        Channel.valueOf(rs.getString("channel")), PetitionStatus.valueOf(rs.getString("status")), rs.getBoolean("crowd"),
                        rs.getObject("classified_on", LocalDate.class), rs.getObject("case_id", Long.class),
                        rs.getObject("unit_id", Long.class), rs.getString("respondent")))
                .list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    public Paged<CaseLine> cases(Filter filter, StatisticsFigure figure, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params, "c", CASE_PERIOD, "c.handling_org_path", false, false) + " AND " + CASE_CONDITIONS.get(figure);
        params.put("asOf", filter.asOf());
        long total = jdbc.sql("SELECT COUNT(*) FROM petition_case c" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<CaseLine> items = jdbc.sql("""
                        SELECT c.id, c.title, c.category, c.field, c.instance_no, c.accepted_on, c.due_date, c.concluded_on, c.status,
                            c.satisfaction, c.unit_id, c.petition_count FROM petition_case c""" + where
                        + " ORDER BY c.accepted_on DESC, c.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new CaseLine(rs.getLong("id"), rs.getString("title"), MatterCategory.valueOf(rs.getString("category")),
                        MatterField.valueOf(rs.getString("field")), rs.getInt("instance_no"), rs.getObject("accepted_on", LocalDate.class),
                        rs.getObject("due_date", LocalDate.class), rs.getObject("concluded_on", LocalDate.class),
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getString("satisfaction") == null ? null : Satisfaction.valueOf(rs.getString("satisfaction")),
                        rs.getObject("unit_id", Long.class), rs.getInt("petition_count")))
                .list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    // --- SQL pieces

    private static String sums(List<StatisticsFigure> figures, Map<StatisticsFigure, String> conditions) {
        StringBuilder sql = new StringBuilder();
        for (StatisticsFigure figure : figures) {
            String condition = conditions.get(figure);
            sql.append(", ").append("1 = 1".equals(condition) ? "COUNT(*)" : "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)");
        }
        return sql.toString();
    }

    private static Map<StatisticsFigure, Long> counts(ResultSet rs, List<StatisticsFigure> figures, int firstColumn) throws SQLException {
        Map<StatisticsFigure, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            counts.put(figures.get(i), rs.getLong(firstColumn + i));
        }
        return counts;
    }

    /**
     * The period, the caller's view (built conditionally: PostgreSQL refuses an untyped null in "(:p IS NULL OR …)"),
     * the unit and the dimensions. {@link Visibility}: the administrator all; otherwise matters arising in the unit
     * prefix or received/handled by the organization subtree.
     */
    private static String where(Filter f, Map<String, Object> params, String alias, String period, String orgColumn, boolean withChannel,
                                boolean onlyByOrganization) {
        StringBuilder where = new StringBuilder(" WHERE ").append(period);
        params.put("from", f.from());
        params.put("to", f.to());
        Visibility v = f.visibility();
        if (onlyByOrganization) {
            // the records the caller sees through their organization and not already through their unit
            where.append(" AND ").append(orgColumn).append(" LIKE :vOrg");
            params.put("vOrg", v.organizationPrefix() + "%");
            if (v.unitPrefix() != null) {
                where.append(" AND ").append(alias).append(".unit_path NOT LIKE :vUnit");
                params.put("vUnit", v.unitPrefix() + "%");
            }
        } else if (!v.all()) {
            List<String> any = new ArrayList<>();
            if (v.unitPrefix() != null) {
                any.add(alias + ".unit_path LIKE :vUnit");
                params.put("vUnit", v.unitPrefix() + "%");
            }
            if (v.organizationPrefix() != null) {
                any.add(orgColumn + " LIKE :vOrg");
                params.put("vOrg", v.organizationPrefix() + "%");
            }
            where.append(" AND ").append(any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")");
        }
        if (f.unitPath() != null) {
            where.append(" AND ").append(alias).append(f.exactUnit() ? ".unit_path = :unitPath" : ".unit_path LIKE :unitPath");
            params.put("unitPath", f.exactUnit() ? f.unitPath() : f.unitPath() + "%");
        }
        if (f.category() != null) {
            where.append(" AND ").append(alias).append(".category = :category");
            params.put("category", f.category().name());
        }
        if (f.field() != null) {
            where.append(" AND ").append(alias).append(".field = :field");
            params.put("field", f.field().name());
        }
        if (withChannel && f.channel() != null) {
            where.append(" AND ").append(alias).append(".channel = :channel");
            params.put("channel", f.channel().name());
        }
        return where.toString();
    }
}
