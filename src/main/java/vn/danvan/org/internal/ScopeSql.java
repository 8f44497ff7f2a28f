package vn.danvan.org.internal;

import java.util.Map;
import vn.danvan.org.Scope;

/** The scope as SQL predicates: the one place where "what may this user see" becomes a WHERE clause. */
final class ScopeSql {

    private ScopeSql() {
    }

    /** Predicate on an admin_unit aliased {@code u}. */
    static String units(String alias) {
        return "(:scopeAll = TRUE OR " + alias + ".rollup_path LIKE :scopeUnit OR " + alias + ".path LIKE :scopeUnit)";
    }

    /** Predicate on an organization aliased {@code o}. */
    static String organizations(String alias) {
        return "(:scopeAll = TRUE"
                + " OR (:scopeBreadth = 'ORGANIZATION' AND " + alias + ".path LIKE :scopeOrg)"
                + " OR (:scopeBreadth = 'UNIT' AND " + alias + ".unit_id IN (SELECT su.id FROM admin_unit su"
                + " WHERE su.rollup_path LIKE :scopeUnit OR su.path LIKE :scopeUnit)))";
    }

    static Map<String, Object> parameters(Scope scope) {
        return Map.of(
                "scopeAll", scope.isAll(),
                "scopeBreadth", scope.breadth().name(),
                "scopeUnit", scope.unitPath() + "%",
                "scopeOrg", scope.organizationPath() + "%");
    }
}
