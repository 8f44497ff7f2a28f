package vn.danvan.petition.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The running totals as rows to compare with their rebuild (FigureTally): the rows that add nothing left out. */
final class TallyRows {

    private TallyRows() {
    }

    /** Every row of both tables that adds something (a change may bring a row back to zero), as both databases give them. */
    static List<Map<String, Object>> all(JdbcClient jdbc) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("""
                SELECT 'P' AS t, grain, period_start, unit_path, category, field, channel, received, unclassified, accepted, attached,
                    transferred, guided, archived, crowd FROM petition_tally
                WHERE received <> 0 OR unclassified <> 0 OR accepted <> 0 OR attached <> 0 OR transferred <> 0 OR guided <> 0
                    OR archived <> 0 OR crowd <> 0
                ORDER BY grain, period_start, unit_path, category, field, channel""").query().listOfRows());
        rows.addAll(jdbc.sql("""
                SELECT 'C' AS t, grain, period_start, unit_path, category, field, accepted, resolved, resolved_on_time, resolved_late,
                    satisfaction_rated, satisfied FROM case_tally
                WHERE accepted <> 0 OR resolved <> 0 OR resolved_on_time <> 0 OR resolved_late <> 0 OR satisfaction_rated <> 0
                    OR satisfied <> 0
                ORDER BY grain, period_start, unit_path, category, field""").query().listOfRows());
        return rows.stream().map(TallyRows::normalized).toList();
    }

    /** Column names and number types as both databases give them. */
    private static Map<String, Object> normalized(Map<String, Object> row) {
        Map<String, Object> n = new TreeMap<>();
        row.forEach((k, v) -> n.put(k.toLowerCase(), v instanceof Number number ? (Object) number.longValue()
                : v instanceof java.sql.Date date ? date.toLocalDate() : v == null ? "" : v.toString().trim()));
        return n;
    }
}
