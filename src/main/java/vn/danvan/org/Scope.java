package vn.danvan.org;

/**
 * What a user may see and change. Every query of every module is limited by it.
 *
 * <ul>
 *   <li>{@code ALL}: the administrator;</li>
 *   <li>{@code UNIT}: every organization and unit of the user's administrative unit — for province-level roles,
 *       the whole province, including the former units that roll up into it;</li>
 *   <li>{@code ORGANIZATION}: the user's organization and the organizations under it, and their unit's
 *       subtree for the administrative map.</li>
 * </ul>
 *
 * @param organizationPath path prefix of the organizations in scope (ORGANIZATION breadth)
 * @param unitPath         path prefix of the administrative units in scope (UNIT and ORGANIZATION breadth)
 */
public record Scope(Breadth breadth, String organizationPath, String unitPath) {

    public enum Breadth { ALL, UNIT, ORGANIZATION }

    public static Scope all() {
        return new Scope(Breadth.ALL, "/", "/");
    }

    /** Nothing at all: a user without organization who is not the administrator. */
    public static Scope none() {
        return new Scope(Breadth.ORGANIZATION, "/none/", "/none/");
    }

    public static Scope of(Role role, Organization organization, AdministrativeUnit unitOfOrganization) {
        return switch (role.scopeBreadth()) {
            case ALL -> all();
            case UNIT -> new Scope(Breadth.UNIT, "/", unitOfOrganization.rollupPath());
            case ORGANIZATION -> new Scope(Breadth.ORGANIZATION, organization.path(), unitOfOrganization.rollupPath());
        };
    }

    public boolean isAll() {
        return breadth == Breadth.ALL;
    }

    public boolean covers(AdministrativeUnit unit) {
        return isAll() || unit.rollsUpInto(unitPath);
    }

    /** An organization is in scope when it is under the user's organization (or, for UNIT breadth, in the unit). */
    public boolean covers(Organization organization, AdministrativeUnit unitOfOrganization) {
        return switch (breadth) {
            case ALL -> true;
            case UNIT -> unitOfOrganization.rollsUpInto(unitPath);
            case ORGANIZATION -> organization.path().startsWith(organizationPath);
        };
    }
}
