package vn.danvan.org;

/** Filters of the organization browser. */
public record OrganizationSearch(String text, Sector sector, Long unitId, boolean includeFormer) {

    public static OrganizationSearch current(String text) {
        return new OrganizationSearch(text, null, null, false);
    }
}
