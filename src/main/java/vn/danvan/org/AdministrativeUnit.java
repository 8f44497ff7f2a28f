package vn.danvan.org;

import java.time.LocalDate;

/** A province, a former district or a commune, with the period it was in force. */
public record AdministrativeUnit(
        long id,
        String code,
        String name,
        UnitLevel level,
        UnitKind kind,
        Long parentId,
        String path,
        String rollupPath,
        LocalDate validFrom,
        LocalDate validTo,
        int version) {

    /** In force today: no end date. */
    public boolean isCurrent() {
        return validTo == null;
    }

    public boolean isInForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** True when this unit lies in (or is) the subtree rooted at {@code ancestorPath}, or rolls up into it. */
    public boolean rollsUpInto(String ancestorPath) {
        return rollupPath.startsWith(ancestorPath) || path.startsWith(ancestorPath);
    }
}
