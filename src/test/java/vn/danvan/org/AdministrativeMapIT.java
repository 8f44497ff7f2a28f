package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/**
 * The administrative map as the database holds it after the migrations and the demo data: 34 provinces in force
 * since 12/6/2025 and 63 the day before (Nghị quyết 202/2025/QH15), former provinces and former communes (ended
 * 30/6/2025 by the commune reorganisation) rolling up into the units in force, in the services and in the API.
 */
class AdministrativeMapIT extends IntegrationTest {

    private static final LocalDate DAY_BEFORE_MERGER = LocalDate.of(2025, 6, 11);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdministrativeMap map;

    private long countProvinces(String condition, Object... params) {
        var statement = jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE level = 'PROVINCE' AND " + condition);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }

    private long unitId(String code, boolean current) {
        return jdbc.sql("SELECT id FROM admin_unit WHERE code = ? AND " + (current ? "valid_to IS NULL" : "valid_to IS NOT NULL"))
                .param(code).query(Long.class).single();
    }

    @Test
    void thirtyFourProvincesAreInForce_NQ202_2025_QH15() {
        assertThat(countProvinces("valid_to IS NULL")).isEqualTo(34);
        assertThat(countProvinces("valid_from = ?", LocalDate.of(2025, 6, 12))).as("23 provinces formed by merger").isEqualTo(23);
    }

    @Test
    void sixtyThreeProvincesWereInForceOn11June2025() {
        assertThat(countProvinces("(valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?)",
                DAY_BEFORE_MERGER, DAY_BEFORE_MERGER)).isEqualTo(63);
    }

    /**
     * A CCCD opens with the code of the province of birth registration, one of the 63 (Thông tư 59/2021/TT-BCA): the
     * map gives exactly those, and today's 34 provinces kept codes of the 63 (codes are never reused).
     */
    @Test
    void theValidIdentityNumberPrefixesAreTheCodesOfThe63ProvincesBeforeTheMerger() {
        assertThat(map.citizenIdProvinceCodes()).isEqualTo(CitizenIdTest.FORMER_63);
        assertThat(jdbc.sql("SELECT DISTINCT code FROM admin_unit WHERE level = 'PROVINCE'").query(String.class).set())
                .isEqualTo(CitizenIdTest.FORMER_63);
    }

    @Test
    void theFormerBacKanIsCoveredByTodaysThaiNguyen() {
        long formerBacKan = unitId("06", false);
        assertThat(map.find(formerBacKan).orElseThrow().validTo()).isEqualTo(DAY_BEFORE_MERGER);
        AdministrativeUnit covering = map.coveringUnit(formerBacKan);
        assertThat(covering.code()).isEqualTo("19");
        assertThat(covering.name()).isEqualTo("Tỉnh Thái Nguyên");
        assertThat(covering.isCurrent()).isTrue();
        assertThat(covering.id()).isEqualTo(unitId("19", true));
        assertThat(map.coveringUnit(unitId("19", false))).as("the former Thái Nguyên too").isEqualTo(covering);
    }

    @Test
    void aFormerCommuneOfTheDemoRollsUpIntoTodaysCommune() {
        long thinhDuc = unitId("05497", false);
        AdministrativeUnit former = map.find(thinhDuc).orElseThrow();
        assertThat(former.name()).isEqualTo("Xã Thịnh Đức");
        assertThat(former.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        AdministrativeUnit covering = map.coveringUnit(thinhDuc);
        assertThat(covering.code()).isEqualTo("05503");
        assertThat(covering.name()).isEqualTo("Xã Tân Cương");
        assertThat(covering.isCurrent()).isTrue();
        assertThat(former.rollupPath()).as("the stored roll-up path agrees with the computed roll-up").isEqualTo(covering.path());
        assertThat(map.provinceOf(former).orElseThrow().code()).isEqualTo("19");
    }

    @Test
    void theApiTellsWhichUnitCoversAFormerCommuneToday() {
        long thinhDuc = unitId("05497", false);
        WebSession.Response response = session().withBasicAuth("bdv", "demo").getJson("/api/v1/units/" + thinhDuc);
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.path("unit").path("name").asString()).isEqualTo("Xã Thịnh Đức");
        assertThat(body.path("unit").path("current").asBoolean()).isFalse();
        assertThat(body.path("unit").path("validTo").asString()).isEqualTo("2025-06-30");
        assertThat(body.path("coveredToday").path("code").asString()).isEqualTo("05503");
        assertThat(body.path("coveredToday").path("name").asString()).isEqualTo("Xã Tân Cương");
        assertThat(body.path("coveredToday").path("current").asBoolean()).isTrue();
    }

    @Test
    void theApiGivesNoCoveringUnitForAUnitInForce() {
        long tanCuong = unitId("05503", true);
        WebSession.Response response = session().withBasicAuth("admin", "demo").getJson("/api/v1/units/" + tanCuong);
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.path("unit").path("current").asBoolean()).isTrue();
        assertThat(body.path("coveredToday").isNull() || body.path("coveredToday").isMissingNode()).isTrue();
    }
}
