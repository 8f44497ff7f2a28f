package vn.danvan.org;

import java.time.LocalDate;

/** A body that owns work (cơ quan, đơn vị), located in an administrative unit, possibly under a parent body. */
public record Organization(
        long id,
        String code,
        String name,
        String shortName,
        Sector sector,
        OrganizationKind kind,
        long unitId,
        Long parentId,
        String path,
        LocalDate validFrom,
        LocalDate validTo,
        int version) {

    public boolean isCurrent() {
        return validTo == null;
    }

    /** This organization or one of its descendants in the organization tree. */
    public boolean isWithin(Organization ancestor) {
        return path.startsWith(ancestor.path());
    }
}
