package vn.danvan.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.DanVanUser;
import vn.danvan.org.Organization;
import vn.danvan.org.OrganizationSearch;
import vn.danvan.org.Organizations;
import vn.danvan.org.Sector;
import vn.danvan.org.UnitLevel;
import vn.danvan.org.UnitSearch;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;

/** REST API of the administrative map and organizations; everything limited to the caller's scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tổ chức", description = "Đơn vị hành chính, cơ quan, đơn vị và tài khoản đang đăng nhập")
class OrgApi {

    private final AdministrativeMap map;
    private final Organizations organizations;

    OrgApi(AdministrativeMap map, Organizations organizations) {
        this.map = map;
        this.organizations = organizations;
    }

    @GetMapping("/me")
    @Operation(summary = "Tài khoản đang đăng nhập, vai trò và phạm vi")
    Me me(@AuthenticationPrincipal DanVanUser user) {
        return new Me(user.getUsername(), user.fullName(), user.role().name(), user.organizationId(),
                user.scope().breadth().name());
    }

    @GetMapping("/units")
    @Operation(summary = "Tìm đơn vị hành chính (không phân biệt dấu), phân trang")
    Paged<UnitDto> units(@AuthenticationPrincipal DanVanUser user,
                         @RequestParam(required = false) String q,
                         @RequestParam(required = false) UnitLevel level,
                         @RequestParam(defaultValue = "false") boolean former,
                         @RequestParam(required = false) Integer page,
                         @RequestParam(required = false) Integer size,
                         @RequestParam(required = false) String sort,
                         @RequestParam(required = false) String dir) {
        return map.search(user.scope(), new UnitSearch(q, level, null, former), PageQuery.of(page, size, sort, dir))
                .map(UnitDto::of);
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "Một đơn vị hành chính, kèm đơn vị đang bao trùm nó (nếu đã giải thể/sáp nhập)")
    UnitDetail unit(@AuthenticationPrincipal DanVanUser user, @PathVariable long id) {
        AdministrativeUnit unit = map.get(id, user.scope());
        return new UnitDetail(UnitDto.of(unit), unit.isCurrent() ? null : UnitDto.of(map.coveringUnit(id)),
                map.children(id, user.scope()).stream().map(UnitDto::of).toList());
    }

    @GetMapping("/organizations")
    @Operation(summary = "Tìm cơ quan, đơn vị trong phạm vi, phân trang")
    Paged<OrganizationDto> organizations(@AuthenticationPrincipal DanVanUser user,
                                         @RequestParam(required = false) String q,
                                         @RequestParam(required = false) Sector sector,
                                         @RequestParam(required = false) Long unitId,
                                         @RequestParam(defaultValue = "false") boolean former,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size,
                                         @RequestParam(required = false) String sort,
                                         @RequestParam(required = false) String dir) {
        return organizations.search(user.scope(), new OrganizationSearch(q, sector, unitId, former),
                PageQuery.of(page, size, sort, dir)).map(OrganizationDto::of);
    }

    @GetMapping("/organizations/{id}")
    @Operation(summary = "Một cơ quan, đơn vị; với tổ chức cũ, các cơ quan hiện đang kế thừa")
    OrganizationDetail organization(@AuthenticationPrincipal DanVanUser user, @PathVariable long id) {
        Organization organization = organizations.get(id, user.scope());
        return new OrganizationDetail(OrganizationDto.of(organization),
                organization.isCurrent() ? List.of() : organizations.currentResponsible(id).stream().map(OrganizationDto::of).toList());
    }

    record Me(String username, String fullName, String role, Long organizationId, String scope) {
    }

    record UnitDto(long id, String code, String name, String level, String kind, Long parentId,
                   LocalDate validFrom, LocalDate validTo, boolean current) {
        static UnitDto of(AdministrativeUnit unit) {
            return new UnitDto(unit.id(), unit.code(), unit.name(), unit.level().name(), unit.kind().name(),
                    unit.parentId(), unit.validFrom(), unit.validTo(), unit.isCurrent());
        }
    }

    record UnitDetail(UnitDto unit, UnitDto coveredToday, List<UnitDto> children) {
    }

    record OrganizationDto(long id, String code, String name, String shortName, String sector, String kind,
                           long unitId, Long parentId, LocalDate validFrom, LocalDate validTo, boolean current) {
        static OrganizationDto of(Organization o) {
            return new OrganizationDto(o.id(), o.code(), o.name(), o.shortName(), o.sector().name(), o.kind().name(),
                    o.unitId(), o.parentId(), o.validFrom(), o.validTo(), o.isCurrent());
        }
    }

    record OrganizationDetail(OrganizationDto organization, List<OrganizationDto> currentlyResponsible) {
    }
}
