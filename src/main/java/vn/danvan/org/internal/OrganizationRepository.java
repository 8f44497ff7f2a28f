package vn.danvan.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.danvan.org.Organization;
import vn.danvan.org.OrganizationKind;
import vn.danvan.org.OrganizationSearch;
import vn.danvan.org.OrganizationSuccession;
import vn.danvan.org.Scope;
import vn.danvan.org.Sector;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.TextQuery;
import vn.danvan.system.VietnameseText;

/** SQL of organizations. */
@Repository
public class OrganizationRepository {

    private static final String COLUMNS = "o.id, o.code, o.name, o.short_name, o.sector, o.kind, o.unit_id, o.parent_id,"
            + " o.path, o.valid_from, o.valid_to, o.version";
    private static final Map<String, String> SORTS = Map.of(
            "name", "o.sort_key",
            "sector", "o.sector",
            "code", "o.code");

    private final JdbcClient jdbc;

    public OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String code, String name, String shortName, OrganizationKind kind, long unitId, Long parentId,
                       LocalDate validFrom, LocalDate validTo) {
        String parentPath = parentId == null ? "/" : findById(parentId).orElseThrow().path();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO organization (code, name, short_name, sector, kind, unit_id, parent_id, path,
                                          valid_from, valid_to, search_text, sort_key)
                VALUES (:code, :name, :shortName, :sector, :kind, :unitId, :parentId, '/', :validFrom, :validTo,
                        :searchText, :sortKey)""")
                .param("code", code).param("name", name).param("shortName", shortName)
                .param("sector", kind.sector().name()).param("kind", kind.name())
                .param("unitId", unitId).param("parentId", parentId)
                .param("validFrom", validFrom).param("validTo", validTo)
                .param("searchText", VietnameseText.searchText(name, shortName, code))
                .param("sortKey", VietnameseText.sortKey(name))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("UPDATE organization SET path = :path WHERE id = :id")
                .param("path", parentPath + id + "/").param("id", id).update();
        return id;
    }

    public Optional<Organization> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.id = :id")
                .param("id", id).query(OrganizationRepository::map).optional();
    }

    public Optional<Organization> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.code = :code")
                .param("code", code).query(OrganizationRepository::map).optional();
    }

    public Optional<Organization> findInScope(long id, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.id = :id AND " + ScopeSql.organizations("o"))
                .params(ScopeSql.parameters(scope)).param("id", id)
                .query(OrganizationRepository::map).optional();
    }

    public List<Organization> findChildren(long parentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.parent_id = :id"
                        + " ORDER BY o.valid_to DESC NULLS FIRST, o.sort_key")
                .param("id", parentId).query(OrganizationRepository::map).list();
    }

    /** Every organization in scope and in force, in Vietnamese order: for pickers. */
    public List<Organization> findAllCurrentInScope(Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.valid_to IS NULL AND "
                        + ScopeSql.organizations("o") + " ORDER BY o.sort_key")
                .params(ScopeSql.parameters(scope)).query(OrganizationRepository::map).list();
    }

    /** Every organization in scope, in force or not: those in force first, then the former ones, each in Vietnamese order. */
    public List<Organization> findAllInScope(Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE " + ScopeSql.organizations("o")
                        + " ORDER BY o.valid_to DESC NULLS FIRST, o.sort_key")
                .params(ScopeSql.parameters(scope)).query(OrganizationRepository::map).list();
    }

    public Paged<Organization> search(Scope scope, OrganizationSearch search, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE " + ScopeSql.organizations("o"));
        Map<String, Object> params = new HashMap<>(ScopeSql.parameters(scope));
        TextQuery.appendTo(where, params, "o.search_text", search.text(), "text");
        if (search.sector() != null) {
            where.append(" AND o.sector = :sector");
            params.put("sector", search.sector().name());
        }
        if (search.unitId() != null) {
            where.append(" AND o.unit_id IN (SELECT wu.id FROM admin_unit wu, admin_unit pu"
                    + " WHERE pu.id = :unitId AND (wu.path LIKE pu.path || '%' OR wu.rollup_path LIKE pu.path || '%'))");
            params.put("unitId", search.unitId());
        }
        if (!search.includeFormer()) {
            where.append(" AND o.valid_to IS NULL");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM organization o" + where).params(params).query(Long.class).single();
        String order = SORTS.getOrDefault(page.sort(), "o.sort_key") + (page.descending() ? " DESC" : " ASC");
        List<Organization> items = jdbc.sql("SELECT " + COLUMNS + " FROM organization o" + where
                        + " ORDER BY " + order + ", o.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(OrganizationRepository::map).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    public long countInScope(Scope scope) {
        return jdbc.sql("SELECT COUNT(*) FROM organization o WHERE o.valid_to IS NULL AND " + ScopeSql.organizations("o"))
                .params(ScopeSql.parameters(scope)).query(Long.class).single();
    }

    public void insertSuccession(OrganizationSuccession succession) {
        jdbc.sql("""
                INSERT INTO organization_succession (predecessor_id, successor_id, effective_date, legal_basis)
                VALUES (:p, :s, :date, :basis)""")
                .param("p", succession.predecessorId()).param("s", succession.successorId())
                .param("date", succession.effectiveDate()).param("basis", succession.legalBasis())
                .update();
    }

    public List<OrganizationSuccession> findSuccessorsOf(long id) {
        return jdbc.sql("SELECT * FROM organization_succession WHERE predecessor_id = :id")
                .param("id", id).query(OrganizationRepository::mapSuccession).list();
    }

    public List<OrganizationSuccession> findPredecessorsOf(long id) {
        return jdbc.sql("SELECT * FROM organization_succession WHERE successor_id = :id")
                .param("id", id).query(OrganizationRepository::mapSuccession).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM organization").query(Long.class).single();
    }

    private static OrganizationSuccession mapSuccession(ResultSet rs, int row) throws SQLException {
        return new OrganizationSuccession(rs.getLong("predecessor_id"), rs.getLong("successor_id"),
                rs.getObject("effective_date", LocalDate.class), rs.getString("legal_basis"));
    }

    static Organization map(ResultSet rs, int row) throws SQLException {
        return new Organization(
                rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                Sector.valueOf(rs.getString("sector")), OrganizationKind.valueOf(rs.getString("kind")),
                rs.getLong("unit_id"), rs.getObject("parent_id", Long.class), rs.getString("path"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getInt("version"));
    }
}
