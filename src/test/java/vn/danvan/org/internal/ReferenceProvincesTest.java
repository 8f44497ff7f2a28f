package vn.danvan.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The province reference data shipped in db/reference/provinces-2025.csv against the law: 63 provinces before and
 * 34 provinces and centrally-run cities since 12/6/2025 (Nghị quyết 202/2025/QH15); a merged province keeps the
 * code of the province of its seat (Quyết định 19/2025/QĐ-TTg).
 */
class ReferenceProvincesTest {

    record Row(String oldCode, String oldName, String newCode, String newName) {
    }

    static List<Row> rows;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ReferenceProvincesTest.class.getClassLoader().getResourceAsStream("db/reference/provinces-2025.csv")) {
            assertThat(in).as("db/reference/provinces-2025.csv on the classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertThat(reader.readLine()).isEqualTo("old_code,old_name,new_code,new_name");
            rows = reader.lines().filter(line -> !line.isBlank()).map(line -> {
                String[] cells = line.split(",", -1);
                assertThat(cells).as(line).hasSize(4);
                return new Row(cells[0], cells[1], cells[2], cells[3]);
            }).toList();
        }
    }

    private static Map<String, List<Row>> byNewCode() {
        return rows.stream().collect(Collectors.groupingBy(Row::newCode));
    }

    @Test
    void thereWere63ProvincesBefore12June2025_NQ202_2025_QH15() {
        assertThat(rows).hasSize(63);
        assertThat(rows.stream().map(Row::oldCode).distinct()).hasSize(63);
        assertThat(rows).allSatisfy(row -> assertThat(row.oldCode()).matches("\\d{2}"));
    }

    @Test
    void thereAre34ProvincesAndCitiesSince12June2025_NQ202_2025_QH15() {
        assertThat(byNewCode()).hasSize(34);
        Map<String, Set<String>> namesPerCode = rows.stream()
                .collect(Collectors.groupingBy(Row::newCode, Collectors.mapping(Row::newName, Collectors.toSet())));
        assertThat(namesPerCode).allSatisfy((code, names) -> assertThat(names).as(code).hasSize(1));
        long cities = namesPerCode.values().stream().filter(names -> names.iterator().next().startsWith("Thành phố")).count();
        assertThat(cities).as("6 centrally-run cities, 28 provinces").isEqualTo(6);
    }

    @Test
    void aMergedProvinceKeepsTheCodeOfOneOfItsFormerProvinces_QD19_2025_QD_TTg() {
        Set<String> oldCodes = rows.stream().map(Row::oldCode).collect(Collectors.toSet());
        assertThat(byNewCode()).allSatisfy((newCode, sources) -> {
            assertThat(oldCodes).as("new code " + newCode).contains(newCode);
            assertThat(sources).as("the province of the seat is one of those merged into " + newCode)
                    .anySatisfy(source -> assertThat(source.oldCode()).isEqualTo(newCode));
        });
    }

    @Test
    void exactly11ProvincesWereNotMerged() {
        List<String> unchanged = byNewCode().values().stream().filter(sources -> sources.size() == 1)
                .map(sources -> sources.get(0)).peek(row -> {
                    assertThat(row.oldCode()).isEqualTo(row.newCode());
                    assertThat(row.oldName()).isEqualTo(row.newName());
                }).map(Row::oldName).sorted().toList();
        assertThat(unchanged).hasSize(11).containsExactlyInAnyOrder("Thành phố Hà Nội", "Cao Bằng", "Điện Biên", "Lai Châu",
                "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Thành phố Huế");
        assertThat(rows.size() - unchanged.size()).as("52 provinces went into 23 new ones").isEqualTo(52);
    }

    @Test
    void bacKanAndThaiNguyenBecameThaiNguyen19() {
        assertThat(row("06")).isEqualTo(new Row("06", "Bắc Kạn", "19", "Thái Nguyên"));
        assertThat(row("19")).isEqualTo(new Row("19", "Thái Nguyên", "19", "Thái Nguyên"));
        assertThat(byNewCode().get("19")).extracting(Row::oldCode).containsExactlyInAnyOrder("06", "19");
    }

    @Test
    void theOtherMergersOfTheSeedReportsAreThere() {
        assertThat(byNewCode().get("56")).extracting(Row::oldName).containsExactlyInAnyOrder("Khánh Hòa", "Ninh Thuận");
        assertThat(byNewCode().get("75")).extracting(Row::oldName).containsExactlyInAnyOrder("Đồng Nai", "Bình Phước");
    }

    @Test
    void theMigrationEndsTheFormerProvincesOnTheDayBeforeTheMerger() {
        assertThat(V4__Reference_provinces.MERGER_DAY).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(V4__Reference_provinces.LEGAL_BASIS).isEqualTo("Nghị quyết 202/2025/QH15");
    }

    private static Row row(String oldCode) {
        return rows.stream().filter(r -> r.oldCode().equals(oldCode)).findFirst().orElseThrow();
    }
}
