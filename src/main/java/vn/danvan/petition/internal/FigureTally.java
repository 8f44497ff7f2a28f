package vn.danvan.petition.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The running totals behind the petition statistics (tables {@code petition_tally} and {@code case_tally}, V61): what
 * each petition and each case adds to the figures, by day and by month, kept in the same transaction as the change
 * of the record. {@link PetitionRepository} calls it from every statement that writes a column the figures read, as
 * "what the record added before" minus "what it adds now", so the totals are always the sum over the records
 * ({@code FigureTallyIT} rebuilds and compares).
 *
 * <p>Concurrent writers add to the same row: an UPDATE adds in place (the row lock serializes them for the rest of
 * the transaction, always in the order day row, then month row); only the first record of a key inserts, inside a
 * savepoint, and retries as an UPDATE when another transaction inserted it first.
 */
@Repository
public class FigureTally {

    private static final Logger log = LoggerFactory.getLogger(FigureTally.class);

    static final String DAY = "D";
    static final String MONTH = "M";

    static final List<String> PETITION_COUNTS = List.of("received", "unclassified", "accepted", "attached", "transferred", "guided",
            "archived", "crowd");
    static final List<String> CASE_COUNTS = List.of("accepted", "resolved", "resolved_on_time", "resolved_late", "satisfaction_rated",
            "satisfied");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate savepoint;
    private final TransactionTemplate transaction;

    public FigureTally(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.transaction = new TransactionTemplate(transactions);
    }

    // --- what one record adds

    /** The columns of a petition that its figures depend on. */
    record PetitionShare(LocalDate receivedOn, String unitPath, String category, String field, String channel, String status,
                         boolean crowd) {

        long[] counts(int sign) {
            long[] c = new long[PETITION_COUNTS.size()];
            c[0] = sign;
            int statusColumn = switch (status) {
                case "RECEIVED" -> 1;
                case "ACCEPTED" -> 2;
                case "ATTACHED" -> 3;
                case "TRANSFERRED" -> 4;
                case "GUIDED" -> 5;
                case "ARCHIVED" -> 6;
                default -> throw new IllegalStateException("petition status " + status);
            };
            c[statusColumn] = sign;
            c[7] = crowd ? sign : 0;
            return c;
        }
    }

    /** The columns of a case that its figures depend on. */
    record CaseShare(LocalDate acceptedOn, LocalDate concludedOn, LocalDate dueDate, String satisfaction, String unitPath,
                     String category, String field) {

        /** On the acceptance day: accepted; on the conclusion day: resolved, on time or late, and the satisfaction. */
        void addTo(Deltas deltas, int sign) {
            long[] accepted = new long[CASE_COUNTS.size()];
            accepted[0] = sign;
            deltas.add(List.of(unitPath, category, field), acceptedOn, accepted);
            if (concludedOn != null) {
                boolean onTime = dueDate == null || !concludedOn.isAfter(dueDate);
                long[] resolved = new long[CASE_COUNTS.size()];
                resolved[1] = sign;
                resolved[2] = onTime ? sign : 0;
                resolved[3] = onTime ? 0 : sign;
                resolved[4] = satisfaction != null ? sign : 0;
                resolved[5] = "SATISFIED".equals(satisfaction) ? sign : 0;
                deltas.add(List.of(unitPath, category, field), concludedOn, resolved);
            }
        }
    }

    /** Additions per row key (dimensions, day), summed before they are written so that a change of status is one UPDATE. */
    static final class Deltas {

        private final Map<List<Object>, long[]> byKey = new LinkedHashMap<>();

        void add(List<String> dimensions, LocalDate day, long[] counts) {
            List<Object> key = new ArrayList<>(dimensions);
            key.add(day);
            long[] sum = byKey.computeIfAbsent(key, k -> new long[counts.length]);
            for (int i = 0; i < counts.length; i++) {
                sum[i] += counts[i];
            }
        }

        boolean isEmpty() {
            return byKey.values().stream().allMatch(FigureTally::allZero);
        }
    }

    // --- petitions

    Optional<PetitionShare> petitionShare(long id) {
        return jdbc.sql("SELECT received_on, unit_path, category, field, channel, status, crowd FROM petition WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new PetitionShare(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7)))
                .optional();
    }

    /** After a petition was inserted with these values (the intake knows them: no need to read the row back). */
    void petitionAdded(PetitionShare share) {
        writePetitions(deltas(null, share));
    }

    /** Runs a change of one petition and adds its difference to the totals. */
    <T> T petitionChange(long id, Supplier<T> change) {
        PetitionShare before = petitionShare(id).orElse(null);
        T result = change.get();
        PetitionShare after = petitionShare(id).orElse(null);
        if (!Objects.equals(before, after)) {
            writePetitions(deltas(before, after));
        }
        return result;
    }

    private static Deltas deltas(PetitionShare before, PetitionShare after) {
        Deltas deltas = new Deltas();
        if (before != null) {
            deltas.add(petitionDimensions(before), before.receivedOn(), before.counts(-1));
        }
        if (after != null) {
            deltas.add(petitionDimensions(after), after.receivedOn(), after.counts(1));
        }
        return deltas;
    }

    private static List<String> petitionDimensions(PetitionShare s) {
        return List.of(s.unitPath(), s.category(), s.field(), s.channel());
    }

    private void writePetitions(Deltas deltas) {
        write("petition_tally", List.of("unit_path", "category", "field", "channel"), PETITION_COUNTS, deltas);
    }

    // --- cases

    Optional<CaseShare> caseShare(long id) {
        return jdbc.sql("SELECT accepted_on, concluded_on, due_date, satisfaction, unit_path, category, field FROM petition_case WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new CaseShare(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .optional();
    }

    /** After a case was inserted. */
    void caseAdded(long id) {
        caseShare(id).ifPresent(share -> {
            Deltas deltas = new Deltas();
            share.addTo(deltas, 1);
            writeCases(deltas);
        });
    }

    /** Runs a change of one case and adds its difference to the totals. */
    <T> T caseChange(long id, Supplier<T> change) {
        CaseShare before = caseShare(id).orElse(null);
        T result = change.get();
        CaseShare after = caseShare(id).orElse(null);
        if (!Objects.equals(before, after)) {
            Deltas deltas = new Deltas();
            if (before != null) {
                before.addTo(deltas, -1);
            }
            if (after != null) {
                after.addTo(deltas, 1);
            }
            writeCases(deltas);
        }
        return result;
    }

    private void writeCases(Deltas deltas) {
        write("case_tally", List.of("unit_path", "category", "field"), CASE_COUNTS, deltas);
    }

    // --- writing

    private void write(String table, List<String> dimensions, List<String> counts, Deltas deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        String set = String.join(", ", counts.stream().map(c -> c + " = " + c + " + :" + c).toList());
        String match = String.join(" AND ", dimensions.stream().map(d -> d + " = :" + d).toList());
        String update = "UPDATE " + table + " SET " + set + " WHERE grain = :grain AND period_start = :start AND " + match;
        String insert = "INSERT INTO " + table + " (grain, period_start, " + String.join(", ", dimensions) + ", " + String.join(", ", counts)
                + ") VALUES (:grain, :start, " + String.join(", ", dimensions.stream().map(d -> ":" + d).toList()) + ", "
                + String.join(", ", counts.stream().map(c -> ":" + c).toList()) + ")";
        // every day row first, then every month row: two transactions never wait for each other's rows crosswise
        for (String grain : List.of(DAY, MONTH)) {
            Map<List<Object>, long[]> rows = new LinkedHashMap<>();
            deltas.byKey.forEach((key, sum) -> {
                LocalDate day = (LocalDate) key.get(key.size() - 1);
                List<Object> row = new ArrayList<>(key.subList(0, key.size() - 1));
                row.add(DAY.equals(grain) ? day : day.withDayOfMonth(1));
                long[] total = rows.computeIfAbsent(row, k -> new long[sum.length]);
                for (int i = 0; i < sum.length; i++) {
                    total[i] += sum[i];
                }
            });
            rows.entrySet().stream()
                    .filter(e -> !allZero(e.getValue()))
                    .sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
                    .forEach(e -> upsert(update, insert, grain, dimensions, counts, e.getKey(), e.getValue()));
        }
    }

    private void upsert(String update, String insert, String grain, List<String> dimensions, List<String> counts, List<Object> key,
                        long[] values) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("grain", grain);
        params.put("start", key.get(key.size() - 1));
        for (int i = 0; i < dimensions.size(); i++) {
            params.put(dimensions.get(i), key.get(i));
        }
        for (int i = 0; i < counts.size(); i++) {
            params.put(counts.get(i), values[i]);
        }
        if (jdbc.sql(update).params(params).update() == 1) {
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql(insert).params(params).update());
        } catch (DuplicateKeyException raced) {
            // another transaction inserted the row between our UPDATE and INSERT: add to it
            jdbc.sql(update).params(params).update();
        }
    }

    private static boolean allZero(long[] values) {
        for (long v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    // --- rebuilding from the records

    /**
     * Replaces the totals by the sums over the records, in one transaction. On PostgreSQL the record tables are locked
     * against writers meanwhile (SHARE mode: readers go on), so no change is counted twice or lost.
     */
    public Rebuilt rebuild() {
        long started = System.nanoTime();
        boolean postgreSql = isPostgreSql();
        Rebuilt rebuilt = transaction.execute(status -> {
            if (postgreSql) {
                jdbc.sql("LOCK TABLE petition, petition_case IN SHARE MODE").update();
            }
            jdbc.sql("DELETE FROM petition_tally").update();
            jdbc.sql("DELETE FROM case_tally").update();
            jdbc.sql("""
                    INSERT INTO petition_tally (grain, period_start, unit_path, category, field, channel, received, unclassified, accepted,
                        attached, transferred, guided, archived, crowd)
                    SELECT 'D', received_on, unit_path, category, field, channel, COUNT(*),
                        SUM(CASE WHEN status = 'RECEIVED' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'ACCEPTED' THEN 1 ELSE 0 END),
                        SUM(CASE WHEN status = 'ATTACHED' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'TRANSFERRED' THEN 1 ELSE 0 END),
                        SUM(CASE WHEN status = 'GUIDED' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'ARCHIVED' THEN 1 ELSE 0 END),
                        SUM(CASE WHEN crowd THEN 1 ELSE 0 END)
                    FROM petition GROUP BY received_on, unit_path, category, field, channel""").update();
            jdbc.sql("""
                    INSERT INTO case_tally (grain, period_start, unit_path, category, field, accepted, resolved, resolved_on_time, resolved_late,
                        satisfaction_rated, satisfied)
                    SELECT 'D', x.event_on, x.unit_path, x.category, x.field, SUM(x.a), SUM(x.r), SUM(x.t), SUM(x.l), SUM(x.rt), SUM(x.s)
                    FROM (SELECT accepted_on AS event_on, unit_path, category, field, 1 AS a, 0 AS r, 0 AS t, 0 AS l, 0 AS rt, 0 AS s
                          FROM petition_case
                          UNION ALL
                          SELECT concluded_on, unit_path, category, field, 0, 1,
                              CASE WHEN due_date IS NULL OR concluded_on <= due_date THEN 1 ELSE 0 END,
                              CASE WHEN due_date IS NOT NULL AND concluded_on > due_date THEN 1 ELSE 0 END,
                              CASE WHEN satisfaction IS NOT NULL THEN 1 ELSE 0 END,
                              CASE WHEN satisfaction = 'SATISFIED' THEN 1 ELSE 0 END
                          FROM petition_case WHERE concluded_on IS NOT NULL) x
                    GROUP BY x.event_on, x.unit_path, x.category, x.field""").update();
            monthsFromDays("petition_tally", List.of("unit_path", "category", "field", "channel"), PETITION_COUNTS);
            monthsFromDays("case_tally", List.of("unit_path", "category", "field"), CASE_COUNTS);
            if (postgreSql) {
                // the planner's statistics of tables whose every row was just replaced
                jdbc.sql("ANALYZE petition_tally").update();
                jdbc.sql("ANALYZE case_tally").update();
            }
            return new Rebuilt(jdbc.sql("SELECT COUNT(*) FROM petition_tally").query(Long.class).single(),
                    jdbc.sql("SELECT COUNT(*) FROM case_tally").query(Long.class).single(), 0);
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Petition figure totals rebuilt from the records in {} ms: {} petition rows, {} case rows", millis,
                rebuilt.petitionRows(), rebuilt.caseRows());
        return new Rebuilt(rebuilt.petitionRows(), rebuilt.caseRows(), millis);
    }

    /**
     * For a change of many records past the totals followed by {@link #rebuild()} in the same transaction: on PostgreSQL,
     * waits for the writers under way and holds new ones off until the end of the transaction. The mode conflicts with
     * itself and with the rebuild's, so two such changes take turns instead of deadlocking on the rebuild's lock.
     */
    void lockRecordsAgainstWriters() {
        if (isPostgreSql()) {
            jdbc.sql("LOCK TABLE petition, petition_case IN SHARE ROW EXCLUSIVE MODE").update();
        }
    }

    /** The rows of the totals after a rebuild (both grains), and how long it took. */
    public record Rebuilt(long petitionRows, long caseRows, long millis) {
    }

    private void monthsFromDays(String table, List<String> dimensions, List<String> counts) {
        String month = "CAST(DATE_TRUNC('MONTH', period_start) AS DATE)";
        String dims = String.join(", ", dimensions);
        jdbc.sql("INSERT INTO " + table + " (grain, period_start, " + dims + ", " + String.join(", ", counts) + ") SELECT 'M', " + month
                + ", " + dims + ", " + String.join(", ", counts.stream().map(c -> "SUM(" + c + ")").toList())
                + " FROM " + table + " WHERE grain = 'D' GROUP BY " + month + ", " + dims).update();
    }

    /** At start-up: totals for records written before the tables existed (the upgrade to V61). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void fillWhenEmpty() {
        boolean empty = !anyRow("petition_tally") && !anyRow("case_tally");
        if (empty && (anyRow("petition") || anyRow("petition_case"))) {
            rebuild();
        }
    }

    private boolean anyRow(String table) {
        return !jdbc.sql("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY").query(Integer.class).list().isEmpty();
    }

    private boolean isPostgreSql() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql");
        } catch (SQLException e) {
            return false;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
