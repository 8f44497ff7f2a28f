package vn.danvan.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.ImportReport.Message;
import vn.danvan.org.ImportReport.Row;
import vn.danvan.org.ImportReport.Severity;
import vn.danvan.org.ImportReport.Status;
import vn.danvan.org.UnitKind;
import vn.danvan.org.UnitLevel;

/** The rules each row of the commune catalogue must follow (no Spring, no database). */
class CatalogueRulesTests {

    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
    private static final AdministrativeUnit HA_NOI = province(1, "01", "Thành phố Hà Nội", UnitKind.CENTRAL_CITY);
    private static final AdministrativeUnit THAI_NGUYEN = province(19, "19", "Tỉnh Thái Nguyên", UnitKind.PROVINCE);
    private static final AdministrativeUnit TAN_CUONG = new AdministrativeUnit(500, "05503", "Xã Tân Cương",
            UnitLevel.COMMUNE, UnitKind.COMMUNE, 19L, "/19/500/", "/19/500/", JULY_2025, null, 3);

    private final CatalogueRules rules = new CatalogueRules(List.of(HA_NOI, THAI_NGUYEN), List.of(TAN_CUONG));

    private static AdministrativeUnit province(long id, String code, String name, UnitKind kind) {
        return new AdministrativeUnit(id, code, name, UnitLevel.PROVINCE, kind, null, "/" + id + "/", "/" + id + "/",
                null, null, 0);
    }

    private static CatalogueLine line(int number, String code, String name, String level, String province,
                                      String provinceName) {
        return new CatalogueLine(number, code, name, level, province, provinceName);
    }

    private Row only(CatalogueLine line) {
        return rules.check(List.of(line)).rows().get(0);
    }

    private static List<String> keys(Row row) {
        return row.messages().stream().map(Message::key).toList();
    }

    @Test
    void aNewCodeUnderAProvinceInForceIsANewCommune() {
        CatalogueRules.Check check = rules.check(List.of(line(2, "00070", "Phường Hoàn Kiếm", "Phường", "01", "Thành phố Hà Nội")));
        assertThat(check.rows().get(0).status()).isEqualTo(Status.NEW);
        assertThat(check.rows().get(0).messages()).isEmpty();
        assertThat(check.additions()).singleElement().satisfies(added -> {
            assertThat(added.code().value()).isEqualTo("00070");
            assertThat(added.kind()).isEqualTo(UnitKind.WARD);
            assertThat(added.province()).isEqualTo(HA_NOI);
        });
    }

    @Test
    void aCommuneAlreadyInForceWithTheSameNameKindAndProvinceIsUnchanged() {
        CatalogueRules.Check check = rules.check(List.of(line(2, "05503", "Xã Tân Cương", "Xã", "19", "Thái Nguyên")));
        assertThat(check.rows().get(0).status()).isEqualTo(Status.UNCHANGED);
        assertThat(check.additions()).isEmpty();
        assertThat(check.renamings()).isEmpty();
    }

    @Test
    void aRenamedCommuneIsAnUpdateThatNamesItsFormerName() {
        CatalogueRules.Check check = rules.check(List.of(line(2, "05503", "Phường Tân Cương", "Phường", "19", "")));
        Row row = check.rows().get(0);
        assertThat(row.status()).isEqualTo(Status.UPDATED);
        assertThat(row.messages()).singleElement().satisfies(m -> {
            assertThat(m.severity()).isEqualTo(Severity.INFO);
            assertThat(m.arguments()).containsExactly("Xã Tân Cương", "Xã");
        });
        assertThat(check.renamings()).singleElement().satisfies(r -> {
            assertThat(r.unit()).isEqualTo(TAN_CUONG);
            assertThat(r.kind()).isEqualTo(UnitKind.WARD);
        });
    }

    @Test
    void aCommuneCannotMoveToAnotherProvinceSilently() {
        Row row = only(line(2, "05503", "Xã Tân Cương", "Xã", "01", ""));
        assertThat(row.status()).isEqualTo(Status.ERROR);
        assertThat(row.messages()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("catalogue.row.movesProvince");
            assertThat(m.arguments()).containsExactly("05503", "Tỉnh Thái Nguyên", "Thành phố Hà Nội");
        });
    }

    @Test
    void aCommuneCodeMustHaveFiveDigits() {
        assertThat(CatalogueRules.communeCodeProblem("00070")).isEmpty();
        assertThat(CatalogueRules.communeCodeProblem("70")).get().extracting(Message::key).isEqualTo("catalogue.row.communeCode.length");
        assertThat(CatalogueRules.communeCodeProblem("000700")).get().extracting(Message::arguments)
                .isEqualTo(List.of("000700", 6));
        assertThat(CatalogueRules.communeCodeProblem("0007A")).get().extracting(Message::key).isEqualTo("catalogue.row.communeCode.notDigits");
        assertThat(CatalogueRules.communeCodeProblem("")).get().extracting(Message::key).isEqualTo("catalogue.row.communeCode.empty");
        assertThat(only(line(2, "4", "Phường Ba Đình", "Phường", "01", "")).status()).isEqualTo(Status.ERROR);
    }

    @Test
    void aDuplicateCodeInTheFileIsReportedOnBothRows() {
        List<Row> rows = rules.check(List.of(
                line(2, "00070", "Phường Hoàn Kiếm", "Phường", "01", ""),
                line(3, "00082", "Phường Cửa Nam", "Phường", "01", ""),
                line(4, "00070", "Phường Hoàn Kiếm", "Phường", "01", ""))).rows();
        assertThat(rows.get(0).status()).isEqualTo(Status.ERROR);
        assertThat(rows.get(0).messages()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("catalogue.row.duplicate");
            assertThat(m.arguments()).containsExactly("00070", "4");
        });
        assertThat(rows.get(1).status()).isEqualTo(Status.NEW);
        assertThat(rows.get(2).messages()).singleElement().extracting(Message::arguments).isEqualTo(List.of("00070", "2"));
    }

    @Test
    void aRowNeedsAName() {
        assertThat(keys(only(line(2, "00070", "", "Phường", "01", "")))).containsExactly("catalogue.row.name.empty");
        assertThat(CatalogueRules.nameProblem("x".repeat(201))).get().extracting(Message::key).isEqualTo("catalogue.row.name.tooLong");
    }

    @Test
    void theLevelIsXaPhuongOrDacKhuWithOrWithoutDiacritics() {
        assertThat(CatalogueRules.levelProblem("Đặc khu")).isEmpty();
        assertThat(CatalogueRules.levelProblem("phuong")).isEmpty();
        assertThat(CatalogueRules.levelProblem("XÃ")).isEmpty();
        assertThat(CatalogueRules.levelProblem("Huyện")).get().extracting(Message::key).isEqualTo("catalogue.row.level.unknown");
        assertThat(CatalogueRules.levelProblem("")).get().extracting(Message::key).isEqualTo("catalogue.row.level.empty");
        assertThat(only(line(2, "00070", "Phường Hoàn Kiếm", "Quận", "01", "")).status()).isEqualTo(Status.ERROR);
    }

    @Test
    void theProvinceMustBeOneInForceWithATwoDigitCode() {
        assertThat(keys(only(line(2, "00070", "Phường Hoàn Kiếm", "Phường", "1", "")))).containsExactly("catalogue.row.provinceCode.length");
        assertThat(keys(only(line(2, "00070", "Phường Hoàn Kiếm", "Phường", "", "")))).containsExactly("catalogue.row.provinceCode.empty");
        // 06 was Bắc Kạn, merged into Thái Nguyên on 12 June 2025: no longer a province in force
        assertThat(keys(only(line(2, "01840", "Phường Đức Xuân", "Phường", "06", "Bắc Kạn")))).containsExactly("catalogue.row.provinceCode.unknown");
    }

    @Test
    void aProvinceNameThatDoesNotMatchTheCodeIsOnlyAWarning() {
        Row row = only(line(2, "00070", "Phường Hoàn Kiếm", "Phường", "01", "Thái Nguyên"));
        assertThat(row.status()).isEqualTo(Status.NEW);
        assertThat(row.messages()).singleElement().satisfies(m -> {
            assertThat(m.severity()).isEqualTo(Severity.WARNING);
            assertThat(m.key()).isEqualTo("catalogue.row.provinceName.mismatch");
        });
        assertThat(row.hasWarning()).isTrue();
    }

    @Test
    void provinceNamesMatchWithoutPrefixCaseOrDiacritics() {
        assertThat(CatalogueRules.provinceNameMismatch("Thái Nguyên", THAI_NGUYEN)).isEmpty();
        assertThat(CatalogueRules.provinceNameMismatch("TỈNH THÁI NGUYÊN", THAI_NGUYEN)).isEmpty();
        assertThat(CatalogueRules.provinceNameMismatch("thai nguyen", THAI_NGUYEN)).isEmpty();
        assertThat(CatalogueRules.provinceNameMismatch("TP. Hà Nội", HA_NOI)).isEmpty();
        assertThat(CatalogueRules.provinceNameMismatch("Hà Nội", HA_NOI)).isEmpty();
        assertThat(CatalogueRules.provinceNameMismatch("", HA_NOI)).isEmpty();
        assertThat(CatalogueRules.provinceNameMismatch("Hà Nam", HA_NOI)).isPresent();
    }

    @Test
    void everyProblemOfARowIsReportedAtOnce() {
        Row row = only(line(7, "12", "", "Huyện", "99", ""));
        assertThat(row.number()).isEqualTo(7);
        assertThat(keys(row)).containsExactly("catalogue.row.communeCode.length", "catalogue.row.name.empty",
                "catalogue.row.level.unknown", "catalogue.row.provinceCode.unknown");
    }

    @Test
    void nothingIsPlannedForARowInError() {
        CatalogueRules.Check check = rules.check(List.of(
                line(2, "00070", "Phường Hoàn Kiếm", "Phường", "01", ""),
                line(3, "05503", "Xã Tân Cương Mới", "Xã", "19", ""),
                line(4, "00082", "", "Phường", "01", "")));
        assertThat(check.rows()).extracting(Row::status).containsExactly(Status.NEW, Status.UPDATED, Status.ERROR);
        assertThat(check.additions()).hasSize(1);
        assertThat(check.renamings()).hasSize(1);
    }
}
