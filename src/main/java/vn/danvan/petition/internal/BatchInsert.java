package vn.danvan.petition.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Many rows of one table in multi-row {@code INSERT … VALUES (…), (…)} statements through {@link JdbcClient}: one
 * round trip per chunk instead of one per row, on H2 and PostgreSQL alike. The generated ids come back in the order
 * of the rows. Used by the demo year, where thousands of rows are written at first start.
 */
final class BatchInsert {

    private static final int MAX_PARAMETERS = 6000;

    private final JdbcClient jdbc;
    private final String table;
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    BatchInsert(JdbcClient jdbc, String table, String... columns) {
        this.jdbc = jdbc;
        this.table = table;
        this.columns = List.of(columns);
    }

    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size() + " columns");
        }
        rows.add(values);
    }

    int size() {
        return rows.size();
    }

    /** Inserts the rows; answers nothing. */
    void insert() {
        run(false);
    }

    /** Inserts the rows; answers the generated ids in the order of the rows. */
    List<Long> insertReturningIds() {
        return run(true);
    }

    private List<Long> run(boolean keys) {
        List<Long> ids = new ArrayList<>(rows.size());
        int chunk = Math.max(1, MAX_PARAMETERS / columns.size());
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        String tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            String sql = head + String.join(", ", Collections.nCopies(part.size(), tuple));
            List<Object> params = new ArrayList<>(part.size() * columns.size());
            for (Object[] row : part) {
                Collections.addAll(params, row);
            }
            if (keys) {
                GeneratedKeyHolder holder = new GeneratedKeyHolder();
                jdbc.sql(sql).params(params).update(holder, "id");
                List<Map<String, Object>> generated = holder.getKeyList();
                if (generated.size() != part.size()) {
                    throw new IllegalStateException(table + ": " + generated.size() + " ids for " + part.size() + " rows");
                }
                for (Map<String, Object> key : generated) {
                    ids.add(((Number) key.values().iterator().next()).longValue());
                }
            } else {
                jdbc.sql(sql).params(params).update();
            }
        }
        rows.clear();
        return ids;
    }
}
