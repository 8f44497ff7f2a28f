package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Rules of what a user sees (Scope): the administrator everything; a province-level coordinator or leader the
 * whole province, including the former units that roll up into it (Nghị quyết 202/2025/QH15 merged Bắc Kạn into
 * Thái Nguyên); a commune officer only their organization and the bodies under it.
 */
class ScopeTest {

    private static final LocalDate MERGER = LocalDate.of(2025, 6, 12);

    // units: Thái Nguyên (1) with two communes, Cao Bằng (4), former Bắc Kạn (10) rolled up into Thái Nguyên
    private final AdministrativeUnit thaiNguyen = unit(1, "19", "Tỉnh Thái Nguyên", null, "/1/", "/1/", MERGER, null);
    private final AdministrativeUnit tanCuong = unit(2, "05503", "Xã Tân Cương", 1L, "/1/2/", "/1/2/", null, null);
    private final AdministrativeUnit baBe = unit(3, "01906", "Xã Ba Bể", 1L, "/1/3/", "/1/3/", null, null);
    private final AdministrativeUnit caoBang = unit(4, "04", "Tỉnh Cao Bằng", null, "/4/", "/4/", null, null);
    private final AdministrativeUnit caoBangCommune = unit(5, "01273", "Xã Hòa An", 4L, "/4/5/", "/4/5/", null, null);
    private final AdministrativeUnit formerBacKan = unit(10, "06", "Tỉnh Bắc Kạn", null, "/10/", "/1/", null, MERGER.minusDays(1));
    private final AdministrativeUnit formerBacKanCity = unit(11, "058", "Thành phố Bắc Kạn", 10L, "/10/11/", "/1/", null, LocalDate.of(2025, 6, 30));
    // a unit whose id starts like Thái Nguyên's: "/12/" must not count as under "/1/"
    private final AdministrativeUnit lookalike = unit(12, "12", "Tỉnh Lai Châu", null, "/12/", "/12/", null, null);

    // organizations: Tỉnh ủy (100) > Ban TG&DV (101); UBND tỉnh (200) > UBND xã Tân Cương (201), UBND xã Ba Bể (202);
    // UBND xã Tân Cương > a body under it (203); UBND tỉnh Cao Bằng (300)
    private final Organization tinhUy = org(100, "Tỉnh ủy Thái Nguyên", Sector.PARTY, OrganizationKind.PARTY_COMMITTEE, 1, null, "/100/");
    private final Organization btgdv = org(101, "Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên", Sector.PARTY,
            OrganizationKind.MASS_MOBILIZATION_COMMISSION, 1, 100L, "/100/101/");
    private final Organization ubndTinh = org(200, "Ủy ban nhân dân tỉnh Thái Nguyên", Sector.STATE, OrganizationKind.PEOPLES_COMMITTEE, 1, null, "/200/");
    private final Organization ubndTanCuong = org(201, "Ủy ban nhân dân xã Tân Cương", Sector.STATE, OrganizationKind.PEOPLES_COMMITTEE, 2, 200L, "/200/201/");
    private final Organization ubndBaBe = org(202, "Ủy ban nhân dân xã Ba Bể", Sector.STATE, OrganizationKind.PEOPLES_COMMITTEE, 3, 200L, "/200/202/");
    private final Organization underTanCuong = org(203, "Văn phòng UBND xã Tân Cương", Sector.STATE, OrganizationKind.OFFICE, 2, 201L, "/200/201/203/");
    private final Organization idLookalike = org(2010, "Ủy ban nhân dân xã Khác", Sector.STATE, OrganizationKind.PEOPLES_COMMITTEE, 3, 200L, "/200/2010/");
    private final Organization ubndCaoBang = org(300, "Ủy ban nhân dân tỉnh Cao Bằng", Sector.STATE, OrganizationKind.PEOPLES_COMMITTEE, 4, null, "/300/");
    private final Organization formerBdvBacKan = org(110, "Ban Dân vận Tỉnh ủy Bắc Kạn", Sector.PARTY,
            OrganizationKind.MASS_MOBILIZATION_COMMISSION, 10, null, "/110/");

    private static AdministrativeUnit unit(long id, String code, String name, Long parentId, String path, String rollupPath,
                                           LocalDate from, LocalDate to) {
        UnitKind kind = code.length() == 2 ? UnitKind.PROVINCE : code.length() == 3 ? UnitKind.PROVINCIAL_CITY : UnitKind.COMMUNE;
        return new AdministrativeUnit(id, code, name, kind.level(), kind, parentId, path, rollupPath, from, to, 0);
    }

    private static Organization org(long id, String name, Sector sector, OrganizationKind kind, long unitId, Long parentId, String path) {
        return new Organization(id, null, name, null, sector, kind, unitId, parentId, path, null, null, 0);
    }

    private AdministrativeUnit unitOf(Organization organization) {
        return java.util.stream.Stream.of(thaiNguyen, tanCuong, baBe, caoBang, caoBangCommune, formerBacKan, formerBacKanCity, lookalike)
                .filter(u -> u.id() == organization.unitId()).findFirst().orElseThrow();
    }

    private boolean covers(Scope scope, Organization organization) {
        return scope.covers(organization, unitOf(organization));
    }

    @Test
    void allCoversEverything() {
        Scope all = Scope.of(Role.ADMIN, ubndTinh, thaiNguyen);
        assertThat(all).isEqualTo(Scope.all());
        assertThat(all.isAll()).isTrue();
        for (AdministrativeUnit unit : new AdministrativeUnit[] {thaiNguyen, tanCuong, caoBang, caoBangCommune, formerBacKan, lookalike}) {
            assertThat(all.covers(unit)).as(unit.name()).isTrue();
        }
        for (Organization organization : new Organization[] {tinhUy, ubndBaBe, ubndCaoBang, formerBdvBacKan}) {
            assertThat(covers(all, organization)).as(organization.name()).isTrue();
        }
    }

    @Test
    void theUnitScopeOfAProvinceCoversItsCommunes() {
        Scope province = Scope.of(Role.COORDINATOR, btgdv, thaiNguyen);
        assertThat(province.breadth()).isEqualTo(Scope.Breadth.UNIT);
        assertThat(province.covers(thaiNguyen)).isTrue();
        assertThat(province.covers(tanCuong)).isTrue();
        assertThat(province.covers(baBe)).isTrue();
        assertThat(covers(province, ubndBaBe)).isTrue();
        assertThat(covers(province, ubndTinh)).as("UNIT breadth is not limited to the user's own organization tree").isTrue();
    }

    @Test
    void theUnitScopeOfAProvinceCoversTheFormerUnitsThatRollUpIntoIt_NQ202_2025_QH15() {
        Scope province = Scope.of(Role.LEADER, ubndTinh, thaiNguyen);
        assertThat(province.covers(formerBacKan)).isTrue();
        assertThat(province.covers(formerBacKanCity)).isTrue();
        assertThat(covers(province, formerBdvBacKan)).isTrue();
    }

    @Test
    void theUnitScopeOfAProvinceDoesNotCoverAnotherProvince() {
        Scope province = Scope.of(Role.COORDINATOR, btgdv, thaiNguyen);
        assertThat(province.covers(caoBang)).isFalse();
        assertThat(province.covers(caoBangCommune)).isFalse();
        assertThat(covers(province, ubndCaoBang)).isFalse();
        assertThat(province.covers(lookalike)).as("path /12/ is not under /1/").isFalse();
    }

    @Test
    void theOrganizationScopeCoversTheOrganizationsSubtreeOnly() {
        Scope commune = Scope.of(Role.UNIT_OFFICER, ubndTanCuong, tanCuong);
        assertThat(commune.breadth()).isEqualTo(Scope.Breadth.ORGANIZATION);
        assertThat(covers(commune, ubndTanCuong)).isTrue();
        assertThat(covers(commune, underTanCuong)).isTrue();
        assertThat(covers(commune, ubndBaBe)).as("the sibling commune's UBND").isFalse();
        assertThat(covers(commune, idLookalike)).as("path /200/2010/ is not under /200/201/").isFalse();
        assertThat(covers(commune, ubndTinh)).as("the parent body").isFalse();
        assertThat(covers(commune, tinhUy)).isFalse();
    }

    @Test
    void theOrganizationScopeSeesItsOwnUnitsSubtreeOnInTheMap() {
        Scope commune = Scope.of(Role.CASE_HANDLER, ubndTanCuong, tanCuong);
        assertThat(commune.covers(tanCuong)).isTrue();
        assertThat(commune.covers(baBe)).isFalse();
        assertThat(commune.covers(thaiNguyen)).isFalse();
    }

    @Test
    void noneCoversNothing() {
        Scope none = Scope.none();
        assertThat(none.covers(thaiNguyen)).isFalse();
        assertThat(covers(none, ubndTanCuong)).isFalse();
        assertThat(covers(none, tinhUy)).isFalse();
    }
}
