package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.support.ReferenceData;
import vn.danvan.support.TestDatabases;
import vn.danvan.support.WebSession;

/**
 * Imports the real national catalogue (3,321 commune-level units in force since 1 July 2025, Công văn
 * 1027/CTK-CSCL) through the API and prints how long it took. It runs against a database of its own, so that
 * the other integration tests keep seeing only the demo province's communes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NationalCatalogueImportIT {

    private static final String FILE = "communes-2025.csv";
    private static final int COMMUNES = 3321;
    private static final int DEMO_COMMUNES = 15;
    private static final int THAI_NGUYEN_COMMUNES = 92;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void requireDatabaseAndFile() {
        TestDatabases.requireAvailable();
        if (ReferenceData.find(FILE).isEmpty()) {
            Assumptions.abort("shared/data/" + FILE + " not present; see shared/data/README.md");
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "national", true);
    }

    private long currentCommunes() {
        return jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE level = 'COMMUNE' AND valid_to IS NULL")
                .query(Long.class).single();
    }

    @Test
    void theNationalCatalogueImportsWholeAndImportingItAgainChangesNothing() throws IOException {
        Path file = ReferenceData.find(FILE).orElseThrow();
        WebSession admin = new WebSession("http://localhost:" + port).withBasicAuth("admin", "demo");
        assertThat(currentCommunes()).isEqualTo(DEMO_COMMUNES);

        JsonNode first = timedImport(admin, file, "");
        assertThat(first.get("ok").asBoolean()).isTrue();
        JsonNode counts = first.get("counts");
        assertThat(counts.get("rows").asInt()).isEqualTo(COMMUNES);
        assertThat(counts.get("created").asInt()).isEqualTo(COMMUNES - DEMO_COMMUNES);
        // the demo province's communes were loaded with the same codes, names and kinds
        assertThat(counts.get("unchanged").asInt()).isEqualTo(DEMO_COMMUNES);
        assertThat(counts.get("updated").asInt()).isZero();
        assertThat(counts.get("warnings").asInt()).isZero();
        assertThat(currentCommunes()).isEqualTo(COMMUNES);
        assertThat(JSON.readTree(admin.getJson("/api/v1/units?level=COMMUNE&size=1").body()).get("total").asInt())
                .isEqualTo(COMMUNES);

        // every new commune hangs under its province, and rolls up to itself
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
                WHERE c.level = 'COMMUNE' AND c.valid_to IS NULL
                  AND (c.path <> p.path || CAST(c.id AS VARCHAR(20)) || '/' OR c.rollup_path <> c.path
                       OR p.level <> 'PROVINCE' OR p.valid_to IS NOT NULL)""").query(Long.class).single()).isZero();
        // the province coordinator of Thái Nguyên sees its 92 communes and no other
        WebSession coordinator = new WebSession("http://localhost:" + port).withBasicAuth("bdv", "demo");
        assertThat(JSON.readTree(coordinator.getJson("/api/v1/units?level=COMMUNE&size=1").body()).get("total").asInt())
                .isEqualTo(THAI_NGUYEN_COMMUNES);
        assertThat(JSON.readTree(admin.getJson("/api/v1/units?q=dac+khu+con+dao").body()).get("total").asInt()).isEqualTo(1);

        JsonNode again = timedImport(admin, file, " (again)");
        assertThat(again.get("counts").get("unchanged").asInt()).isEqualTo(COMMUNES);
        assertThat(again.get("counts").get("created").asInt()).isZero();
        assertThat(again.get("counts").get("updated").asInt()).isZero();
        assertThat(currentCommunes()).isEqualTo(COMMUNES);
    }

    private JsonNode timedImport(WebSession admin, Path file, String label) throws IOException {
        long start = System.nanoTime();
        WebSession.Response response = admin.postFile("/api/v1/admin/catalogue/import", "file", file, Map.of());
        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(response.status()).as(response.body().substring(0, Math.min(2000, response.body().length())))
                .isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        System.out.printf("National catalogue import (%s)%s: %d rows in %d ms (server: %d ms)%n",
                TestDatabases.vendor(), label, report.get("counts").get("rows").asInt(), wall,
                report.get("elapsedMs").asLong());
        // a loose guard against a per-row round trip creeping back in; the target is well under 10 s
        assertThat(wall).isLessThan(60_000);
        return report;
    }
}
