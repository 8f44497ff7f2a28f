package vn.danvan.org.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.danvan.system.VietnameseText;

/**
 * Ships the provinces: the 34 in force since 12 June 2025 and the 63 before, with their succession
 * (Nghị quyết 202/2025/QH15; a merged province keeps the code of the province of its seat, Quyết định
 * 19/2025/QĐ-TTg). A province that did not merge is one unit throughout; every merged province is a new unit
 * from 12/6/2025 and each of the provinces that formed it ends on 11/6/2025 with a FULL succession into it.
 *
 * <p>Written in Java because every row carries its Vietnamese search text and collation key.
 */
@Component
public class V4__Reference_provinces extends BaseJavaMigration {

    static final LocalDate MERGER_DAY = LocalDate.of(2025, 6, 12);
    static final String LEGAL_BASIS = "Nghị quyết 202/2025/QH15";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, String> newNames = new LinkedHashMap<>();
        Map<String, List<String[]>> formedFrom = new LinkedHashMap<>();
        for (String[] row : readRows()) {
            newNames.put(row[2], row[3]);
            formedFrom.computeIfAbsent(row[2], code -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, String> province : newNames.entrySet()) {
            List<String[]> sources = formedFrom.get(province.getKey());
            boolean unchanged = sources.size() == 1 && sources.get(0)[0].equals(province.getKey());
            if (unchanged) {
                insert(connection, province.getKey(), province.getValue(), null, null, null);
                continue;
            }
            long newId = insert(connection, province.getKey(), province.getValue(), MERGER_DAY, null, null);
            for (String[] source : sources) {
                long oldId = insert(connection, source[0], source[1], null, MERGER_DAY.minusDays(1), "/" + newId + "/");
                try (PreparedStatement succession = connection.prepareStatement(
                        "INSERT INTO admin_unit_succession (predecessor_id, successor_id, share, primary_successor,"
                                + " effective_date, legal_basis) VALUES (?, ?, 'FULL', TRUE, ?, ?)")) {
                    succession.setLong(1, oldId);
                    succession.setLong(2, newId);
                    succession.setDate(3, Date.valueOf(MERGER_DAY));
                    succession.setString(4, LEGAL_BASIS);
                    succession.executeUpdate();
                }
            }
        }
    }

    private long insert(Connection connection, String code, String shortName, LocalDate validFrom, LocalDate validTo,
                        String rollupPath) throws Exception {
        boolean city = shortName.startsWith("Thành phố");
        String name = city ? shortName : "Tỉnh " + shortName;
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO admin_unit (code, current_code, name, level, kind, path, rollup_path, valid_from, valid_to,"
                        + " search_text, sort_key) VALUES (?, ?, ?, 'PROVINCE', ?, '/', '/', ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, code);
            insert.setString(2, validTo == null ? code : null);
            insert.setString(3, name);
            insert.setString(4, city ? "CENTRAL_CITY" : "PROVINCE");
            insert.setDate(5, validFrom == null ? null : Date.valueOf(validFrom));
            insert.setDate(6, validTo == null ? null : Date.valueOf(validTo));
            insert.setString(7, VietnameseText.searchText(code, name));
            insert.setString(8, VietnameseText.sortKey(name));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement path = connection.prepareStatement(
                "UPDATE admin_unit SET path = ?, rollup_path = ? WHERE id = ?")) {
            path.setString(1, "/" + id + "/");
            path.setString(2, rollupPath == null ? "/" + id + "/" : rollupPath);
            path.setLong(3, id);
            path.executeUpdate();
        }
        return id;
    }

    private static List<String[]> readRows() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("db/reference/provinces-2025.csv").getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
        }
        return rows;
    }
}
