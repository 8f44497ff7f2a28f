package vn.danvan.petition;

import vn.danvan.org.DanVanUser;
import vn.danvan.org.Role;
import vn.danvan.org.Scope;

/**
 * Which petitions and cases a user may see (decision 0008): the administrator all; a UNIT-wide role (leader,
 * coordinator) every matter arising in their administrative unit (the province, with the former units rolling up
 * into it); anyone else the matters received or handled by their organization's subtree — and a CASE_HANDLER also
 * every matter arising in their organization's unit, so that the province's citizen reception board
 * (Ban Tiếp công dân tỉnh) sees the whole province and a commune's handler that commune.
 *
 * @param unitPrefix         admin_unit path prefix, or null when the unit does not widen the view
 * @param organizationPrefix organization path prefix, or null
 */
public record Visibility(boolean all, String unitPrefix, String organizationPrefix) {

    public static Visibility of(DanVanUser user) {
        return of(user.role(), user.scope());
    }

    public static Visibility of(Role role, Scope scope) {
        return switch (scope.breadth()) {
            case ALL -> new Visibility(true, null, null);
            case UNIT -> new Visibility(false, scope.unitPath(), null);
            case ORGANIZATION -> new Visibility(false, role == Role.CASE_HANDLER ? scope.unitPath() : null, scope.organizationPath());
        };
    }

    public boolean covers(String unitPath, String organizationPath) {
        return all || (unitPrefix != null && unitPath != null && unitPath.startsWith(unitPrefix))
                || (organizationPrefix != null && organizationPath != null && organizationPath.startsWith(organizationPrefix));
    }
}
