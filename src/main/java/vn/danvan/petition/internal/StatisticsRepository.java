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

    public List<PetitionGroup> petitionGroups(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params, "p", PETITION_PERIOD, "p.receiving_org_path", true);
        List<StatisticsFigure> figures = new ArrayList<>(PETITION_CONDITIONS.keySet());
        String sql = "SELECT p.unit_path, p.category, p.field, p.channel" + sums(figures, PETITION_CONDITIONS)
                + " FROM petition p" + where + " GROUP BY p.unit_path, p.category, p.field, p.channel";
        return jdbc.sql(sql).params(params).query((rs, n) -> new PetitionGroup(rs.getString(1), MatterCategory.valueOf(rs.getString(2)),
                MatterField.valueOf(rs.getString(3)), Channel.valueOf(rs.getString(4)), counts(rs, figures, 5))).list();
    }

    public List<CaseGroup> caseGroups(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params, "c", CASE_PERIOD, "c.handling_org_path", false);
        params.put("asOf", filter.asOf());
        List<StatisticsFigure> figures = new ArrayList<>(CASE_CONDITIONS.keySet());
        String sql = "SELECT c.unit_path, c.category, c.field" + sums(figures, CASE_CONDITIONS)
                + " FROM petition_case c" + where + " GROUP BY c.unit_path, c.category, c.field";
        return jdbc.sql(sql).params(params).query((rs, n) -> new CaseGroup(rs.getString(1), MatterCategory.valueOf(rs.getString(2)),
                MatterField.valueOf(rs.getString(3)), counts(rs, figures, 4))).list();
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
        String where = where(filter, params, "p", PETITION_PERIOD, "p.receiving_org_path", true)
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
        String where = where(filter, params, "c", CASE_PERIOD, "c.handling_org_path", false) + " AND " + CASE_CONDITIONS.get(figure);
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
    private static String where(Filter f, Map<String, Object> params, String alias, String period, String orgColumn, boolean withChannel) {
        StringBuilder where = new StringBuilder(" WHERE ").append(period);
        params.put("from", f.from());
        params.put("to", f.to());
        Visibility v = f.visibility();
        if (!v.all()) {
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
