package vn.danvan.org;

/** What an organization is; its sector follows from it. */
public enum OrganizationKind {
    PARTY_COMMITTEE(Sector.PARTY),
    PARTY_COMMISSION(Sector.PARTY),
    MASS_MOBILIZATION_COMMISSION(Sector.PARTY),
    PARTY_DELEGATION(Sector.PARTY),
    PEOPLES_COUNCIL(Sector.STATE),
    PEOPLES_COMMITTEE(Sector.STATE),
    DEPARTMENT(Sector.STATE),
    OFFICE(Sector.STATE),
    FATHERLAND_FRONT(Sector.FRONT),
    FARMERS_UNION(Sector.FRONT),
    WOMENS_UNION(Sector.FRONT),
    YOUTH_UNION(Sector.FRONT),
    VETERANS_ASSOCIATION(Sector.FRONT),
    TRADE_UNION(Sector.FRONT),
    OTHER(Sector.STATE);

    private final Sector sector;

    OrganizationKind(Sector sector) {
        this.sector = sector;
    }

    public Sector sector() {
        return sector;
    }
}
