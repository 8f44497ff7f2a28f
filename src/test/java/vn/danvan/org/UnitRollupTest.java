package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.org.UnitSuccession.Share;

/**
 * Rules of the roll-up of former units into the units in force, after the 2025 reorganisation: provinces by
 * Nghị quyết 202/2025/QH15 (from 12/6/2025), communes by the Standing Committee's resolutions and the end of the
 * district level by Luật Tổ chức chính quyền địa phương 72/2025/QH15 (from 1/7/2025).
 */
class UnitRollupTest {

    private static final LocalDate PROVINCE_MERGER = LocalDate.of(2025, 6, 12);
    private static final LocalDate COMMUNE_REFORM = LocalDate.of(2025, 7, 1);
    private static final String NQ_202 = "Nghị quyết 202/2025/QH15";

    private final List<AdministrativeUnit> units = new ArrayList<>();
    private final List<UnitSuccession> successions = new ArrayList<>();

    // today's map
    private final AdministrativeUnit thaiNguyen = unit(1, "19", "Tỉnh Thái Nguyên", UnitKind.PROVINCE, null, PROVINCE_MERGER, null);
    private final AdministrativeUnit tanCuong = unit(2, "05503", "Xã Tân Cương", UnitKind.COMMUNE, 1L, COMMUNE_REFORM, null);
    private final AdministrativeUnit phanDinhPhung = unit(3, "05443", "Phường Phan Đình Phùng", UnitKind.WARD, 1L, COMMUNE_REFORM, null);
    // the map before 2025
    private final AdministrativeUnit formerBacKan = unit(10, "06", "Tỉnh Bắc Kạn", UnitKind.PROVINCE, null, null, PROVINCE_MERGER.minusDays(1));
    private final AdministrativeUnit formerThaiNguyen = unit(11, "19", "Tỉnh Thái Nguyên", UnitKind.PROVINCE, null, null, PROVINCE_MERGER.minusDays(1));
    private final AdministrativeUnit cityBacKan = unit(20, "058", "Thành phố Bắc Kạn", UnitKind.PROVINCIAL_CITY, 10L, null, COMMUNE_REFORM.minusDays(1));
    private final AdministrativeUnit cityThaiNguyen = unit(21, "164", "Thành phố Thái Nguyên", UnitKind.PROVINCIAL_CITY, 11L, null, COMMUNE_REFORM.minusDays(1));
    private final AdministrativeUnit thinhDuc = unit(30, "05497", "Xã Thịnh Đức", UnitKind.COMMUNE, 21L, null, COMMUNE_REFORM.minusDays(1));

    private AdministrativeUnit unit(long id, String code, String name, UnitKind kind, Long parentId, LocalDate from, LocalDate to) {
        String path = (parentId == null ? "/" : "/" + parentId + "/") + id + "/";
        AdministrativeUnit unit = new AdministrativeUnit(id, code, name, kind.level(), kind, parentId, path, path, from, to, 0);
        units.add(unit);
        return unit;
    }

    private void succession(AdministrativeUnit from, AdministrativeUnit to, Share share, boolean primary, LocalDate day) {
        successions.add(new UnitSuccession(from.id(), to.id(), share, primary, day, NQ_202));
    }

    private AdministrativeUnit covering(AdministrativeUnit unit) {
        return new UnitRollup(units, successions).coveringUnit(unit.id());
    }

    @Test
    void aUnitInForceCoversItself() {
        assertThat(covering(thaiNguyen)).isEqualTo(thaiNguyen);
        assertThat(covering(tanCuong)).isEqualTo(tanCuong);
    }

    @Test
    void aUnitInForceCoversItselfEvenWhenItHasASuccessionRecorded() {
        succession(tanCuong, phanDinhPhung, Share.PARTIAL, true, COMMUNE_REFORM);
        assertThat(covering(tanCuong)).isEqualTo(tanCuong);
    }

    @Test
    void aFormerProvinceMergedWhollyRollsUpIntoTheNewProvince_NQ202_2025_QH15() {
        succession(formerBacKan, thaiNguyen, Share.FULL, true, PROVINCE_MERGER);
        succession(formerThaiNguyen, thaiNguyen, Share.FULL, true, PROVINCE_MERGER);
        assertThat(covering(formerBacKan)).isEqualTo(thaiNguyen);
        assertThat(covering(formerThaiNguyen)).isEqualTo(thaiNguyen);
    }

    @Test
    void aChainOfTwoSuccessionsIsFollowedToTheUnitInForce() {
        AdministrativeUnit intermediate = unit(40, "05500", "Xã Trung Gian", UnitKind.COMMUNE, 21L, null, COMMUNE_REFORM.minusDays(1));
        succession(thinhDuc, intermediate, Share.FULL, true, LocalDate.of(2020, 1, 1));
        succession(intermediate, tanCuong, Share.FULL, true, COMMUNE_REFORM);
        assertThat(covering(thinhDuc)).isEqualTo(tanCuong);
    }

    @Test
    void aSplitUnitRollsUpIntoItsPrimarySuccessor() {
        // listed first on purpose: the order of the records must not decide
        succession(thinhDuc, phanDinhPhung, Share.PARTIAL, false, COMMUNE_REFORM);
        succession(thinhDuc, tanCuong, Share.PARTIAL, true, COMMUNE_REFORM);
        assertThat(covering(thinhDuc)).isEqualTo(tanCuong);
    }

    @Test
    void aUnitThatWentWhollyIntoOneSuccessorRollsUpThereEvenIfAnotherIsMarkedPrimary() {
        succession(thinhDuc, phanDinhPhung, Share.PARTIAL, true, COMMUNE_REFORM);
        succession(thinhDuc, tanCuong, Share.FULL, false, COMMUNE_REFORM);
        assertThat(covering(thinhDuc)).isEqualTo(tanCuong);
    }

    @Test
    void aUnitWithASingleSuccessorRollsUpThereWithoutAPrimaryMark() {
        succession(thinhDuc, tanCuong, Share.PARTIAL, false, COMMUNE_REFORM);
        assertThat(covering(thinhDuc)).isEqualTo(tanCuong);
    }

    @Test
    void aFormerDistrictWithoutSuccessorRollsUpThroughItsParent_Luat72_2025_QH15() {
        succession(formerBacKan, thaiNguyen, Share.FULL, true, PROVINCE_MERGER);
        succession(formerThaiNguyen, thaiNguyen, Share.FULL, true, PROVINCE_MERGER);
        assertThat(covering(cityBacKan)).isEqualTo(thaiNguyen);
        assertThat(covering(cityThaiNguyen)).isEqualTo(thaiNguyen);
    }

    @Test
    void aFormerCommuneWhoseSuccessionLeadsNowhereRollsUpThroughItsParents() {
        succession(formerThaiNguyen, thaiNguyen, Share.FULL, true, PROVINCE_MERGER);
        AdministrativeUnit dissolved = unit(41, "05501", "Xã Đã Giải Thể", UnitKind.COMMUNE, 21L, null, COMMUNE_REFORM.minusDays(1));
        succession(thinhDuc, dissolved, Share.FULL, true, COMMUNE_REFORM);
        // the dissolved commune has no successor itself, so it rolls up through its district and former province
        assertThat(covering(thinhDuc)).isEqualTo(thaiNguyen);
    }

    @Test
    void aFormerUnitWithNothingToRollUpIntoStaysItself() {
        AdministrativeUnit orphan = unit(50, "99", "Tỉnh Không Kế Thừa", UnitKind.PROVINCE, null, null, PROVINCE_MERGER.minusDays(1));
        assertThat(covering(orphan)).isEqualTo(orphan);
    }

    @Test
    void anUnknownUnitGivesNothing() {
        assertThat(new UnitRollup(units, successions).coveringUnit(999)).isNull();
    }

    @Test
    void aCycleOfSuccessionsDoesNotLoopForever() {
        AdministrativeUnit a = unit(60, "05601", "Xã A", UnitKind.COMMUNE, null, null, COMMUNE_REFORM.minusDays(1));
        AdministrativeUnit b = unit(61, "05602", "Xã B", UnitKind.COMMUNE, null, null, COMMUNE_REFORM.minusDays(1));
        succession(a, b, Share.FULL, true, COMMUNE_REFORM);
        succession(b, a, Share.FULL, true, COMMUNE_REFORM);
        AdministrativeUnit result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> covering(a));
        assertThat(result).isEqualTo(a);
    }

    @Test
    void aCycleThroughParentsDoesNotLoopForeverAndAnExitIsStillFound() {
        // a broken map: a former unit that is its own grandparent, with a way out through a succession
        AdministrativeUnit x = new AdministrativeUnit(70, "05701", "Xã X", UnitLevel.COMMUNE, UnitKind.COMMUNE, 71L,
                "/71/70/", "/71/70/", null, COMMUNE_REFORM.minusDays(1), 0);
        AdministrativeUnit y = new AdministrativeUnit(71, "171", "Huyện Y", UnitLevel.DISTRICT, UnitKind.DISTRICT, 70L,
                "/70/71/", "/70/71/", null, COMMUNE_REFORM.minusDays(1), 0);
        units.add(x);
        units.add(y);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> covering(x))).isEqualTo(x);
        succession(y, tanCuong, Share.FULL, true, COMMUNE_REFORM);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> covering(x))).isEqualTo(tanCuong);
    }
}
