package vn.danvan.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.Scope;
import vn.danvan.org.UnitKind;
import vn.danvan.org.UnitLevel;
import vn.danvan.org.UnitSearch;
import vn.danvan.org.UnitSuccession;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.TextQuery;
import vn.danvan.system.VietnameseText;

/** SQL of the administrative map. */
@Repository
public class UnitRepository {

    private static final String COLUMNS = "u.id, u.code, u.name, u.level, u.kind, u.parent_id, u.path, u.rollup_path,"
            + " u.valid_from, u.valid_to, u.version";
    private static final Map<String, String> SORTS = Map.of(
            "name", "u.sort_key",
            "code", "u.code",
            "level", "u.level");

    private final JdbcClient jdbc;

    public UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String code, String name, UnitKind kind, Long parentId, LocalDate validFrom, LocalDate validTo) {
        String parentPath = parentId == null ? "/" : findById(parentId).orElseThrow().path();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO admin_unit (code, current_code, name, level, kind, parent_id, path, rollup_path,
                                        valid_from, valid_to, search_text, sort_key)
                VALUES (:code, :currentCode, :name, :level, :kind, :parentId, '/', '/', :validFrom, :validTo,
                        :searchText, :sortKey)""")
                .param("code", code)
                .param("currentCode", validTo == null ? code : null)
                .param("name", name)
                .param("level", kind.level().name())
                .param("kind", kind.name())
                .param("parentId", parentId)
                .param("validFrom", validFrom)
                .param("validTo", validTo)
                .param("searchText", VietnameseText.searchText(code, name))
                .param("sortKey", VietnameseText.sortKey(name))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String path = parentPath + id + "/";
        jdbc.sql("UPDATE admin_unit SET path = :path, rollup_path = :path WHERE id = :id")
                .param("path", path).param("id", id).update();
        return id;
    }

    /** Renames a unit or changes its kind; returns false when another user changed it first. */
    public boolean updateNameAndKind(long id, String name, UnitKind kind, int expectedVersion) {
        return jdbc.sql("""
                UPDATE admin_unit SET name = :name, kind = :kind, search_text = :searchText, sort_key = :sortKey,
                       version = version + 1
                WHERE id = :id AND version = :version""")
                .param("name", name).param("kind", kind.name())
                .param("searchText", VietnameseText.searchText(findById(id).orElseThrow().code(), name))
                .param("sortKey", VietnameseText.sortKey(name))
                .param("id", id).param("version", expectedVersion)
                .update() == 1;
    }

    public Optional<AdministrativeUnit> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit u WHERE u.id = :id")
                .param("id", id).query(UnitRepository::map).optional();
    }

    public Optional<AdministrativeUnit> findCurrentByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit u WHERE u.current_code = :code")
                .param("code", code).query(UnitRepository::map).optional();
    }

    public Map<String, AdministrativeUnit> findCurrentByLevel(UnitLevel level) {
        Map<String, AdministrativeUnit> byCode = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit u WHERE u.level = :level AND u.valid_to IS NULL")
                .param("level", level.name()).query(UnitRepository::map).list()
                .forEach(unit -> byCode.put(unit.code(), unit));
        return byCode;
    }

    public List<AdministrativeUnit> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit u").query(UnitRepository::map).list();
    }

    public List<AdministrativeUnit> findChildren(long parentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit u WHERE u.parent_id = :id ORDER BY u.valid_to DESC NULLS FIRST, u.sort_key")
                .param("id", parentId).query(UnitRepository::map).list();
    }

    public long countChildren(long parentId) {
        return jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE parent_id = :id").param("id", parentId)
                .query(Long.class).single();
    }

    /** Units whose path starts with the given ancestor path, the ancestor included. */
    public long countSubtree(String ancestorPath) {
        return jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE path LIKE :prefix")
                .param("prefix", ancestorPath + "%").query(Long.class).single();
    }

    public Paged<AdministrativeUnit> search(Scope scope, UnitSearch search, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE " + ScopeSql.units("u"));
        Map<String, Object> params = new HashMap<>(ScopeSql.parameters(scope));
        TextQuery.appendTo(where, params, "u.search_text", search.text(), "text");
        if (search.level() != null) {
            where.append(" AND u.level = :level");
            params.put("level", search.level().name());
        }
        if (search.withinPath() != null) {
            where.append(" AND u.path LIKE :within");
            params.put("within", search.withinPath() + "%");
        }
        if (!search.includeFormer()) {
            where.append(" AND u.valid_to IS NULL");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM admin_unit u" + where).params(params).query(Long.class).single();
        String order = SORTS.getOrDefault(page.sort(), "u.sort_key") + (page.descending() ? " DESC" : " ASC");
        List<AdministrativeUnit> items = jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit u" + where
                        + " ORDER BY " + order + ", u.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(UnitRepository::map).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    public long countInScope(Scope scope, boolean currentOnly) {
        return jdbc.sql("SELECT COUNT(*) FROM admin_unit u WHERE " + ScopeSql.units("u")
                        + (currentOnly ? " AND u.valid_to IS NULL" : ""))
                .params(ScopeSql.parameters(scope)).query(Long.class).single();
    }

    public void insertSuccession(UnitSuccession succession) {
        jdbc.sql("""
                INSERT INTO admin_unit_succession (predecessor_id, successor_id, share, primary_successor,
                                                   effective_date, legal_basis)
                VALUES (:p, :s, :share, :primary, :date, :basis)""")
                .param("p", succession.predecessorId()).param("s", succession.successorId())
                .param("share", succession.share().name()).param("primary", succession.primarySuccessor())
                .param("date", succession.effectiveDate()).param("basis", succession.legalBasis())
                .update();
    }

    public List<UnitSuccession> findSuccessions() {
        return jdbc.sql("SELECT * FROM admin_unit_succession").query(UnitRepository::mapSuccession).list();
    }

    public List<UnitSuccession> findSuccessionsOf(long unitId) {
        return jdbc.sql("SELECT * FROM admin_unit_succession WHERE predecessor_id = :id OR successor_id = :id")
                .param("id", unitId).query(UnitRepository::mapSuccession).list();
    }

    public void updateRollupPath(long id, String rollupPath) {
        jdbc.sql("UPDATE admin_unit SET rollup_path = :rp WHERE id = :id AND rollup_path <> :rp")
                .param("rp", rollupPath).param("id", id).update();
    }

    /** Provinces and communes in force within the scope, in Vietnamese order: for pickers. */
    public List<AdministrativeUnit> findCurrentProvincesAndCommunesInScope(Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit u WHERE u.valid_to IS NULL"
                        + " AND u.level IN ('PROVINCE', 'COMMUNE') AND " + ScopeSql.units("u") + " ORDER BY u.sort_key, u.id")
                .params(ScopeSql.parameters(scope)).query(UnitRepository::map).list();
    }

    private static UnitSuccession mapSuccession(ResultSet rs, int row) throws SQLException {
        return new UnitSuccession(rs.getLong("predecessor_id"), rs.getLong("successor_id"),
                UnitSuccession.Share.valueOf(rs.getString("share")), rs.getBoolean("primary_successor"),
                rs.getObject("effective_date", LocalDate.class), rs.getString("legal_basis"));
    }

    static AdministrativeUnit map(ResultSet rs, int row) throws SQLException {
        return new AdministrativeUnit(
                rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                UnitLevel.valueOf(rs.getString("level")), UnitKind.valueOf(rs.getString("kind")),
                rs.getObject("parent_id", Long.class), rs.getString("path"), rs.getString("rollup_path"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getInt("version"));
    }

    // --- catalogue import ---

    private static final int ROWS_PER_INSERT = 500;
    private static final int CODES_PER_UPDATE = 1000;

    /**
     * Adds units in force since {@code validFrom}, several hundred per statement (JdbcClient has no batch API;
     * a multi-row INSERT is as fast and runs on H2 and PostgreSQL alike), then sets every new unit's path from
     * its parent's in one statement per thousand units.
     */
    public void insertCurrentUnits(List<CatalogueRules.NewCommune> communes, LocalDate validFrom) {
        for (int start = 0; start < communes.size(); start += ROWS_PER_INSERT) {
            List<CatalogueRules.NewCommune> chunk = communes.subList(start, Math.min(start + ROWS_PER_INSERT, communes.size()));
            StringBuilder sql = new StringBuilder("""
                    INSERT INTO admin_unit (code, current_code, name, level, kind, parent_id, path, rollup_path,
                                            valid_from, valid_to, search_text, sort_key) VALUES\s""");
            List<Object> params = new ArrayList<>(chunk.size() * 9);
            for (CatalogueRules.NewCommune commune : chunk) {
                sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, '/', '/', ?, NULL, ?, ?)");
                String code = commune.code().value();
                params.addAll(List.of(code, code, commune.name(), commune.kind().level().name(), commune.kind().name(),
                        commune.province().id(), validFrom, VietnameseText.searchText(code, commune.name()),
                        VietnameseText.sortKey(commune.name())));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
        List<String> codes = communes.stream().map(commune -> commune.code().value()).toList();
        for (int start = 0; start < codes.size(); start += CODES_PER_UPDATE) {
            jdbc.sql("""
                    UPDATE admin_unit u
                    SET path = (SELECT p.path FROM admin_unit p WHERE p.id = u.parent_id) || CAST(u.id AS VARCHAR(20)) || '/',
                        rollup_path = (SELECT p.path FROM admin_unit p WHERE p.id = u.parent_id) || CAST(u.id AS VARCHAR(20)) || '/'
                    WHERE u.current_code IN (:codes)""")
                    .param("codes", codes.subList(start, Math.min(start + CODES_PER_UPDATE, codes.size())))
                    .update();
        }
    }

    /** Gives units the catalogue's name and kind; false when one of them was changed by someone else meanwhile. */
    public boolean renameAll(List<CatalogueRules.Renaming> renamings) {
        for (CatalogueRules.Renaming renaming : renamings) {
            AdministrativeUnit unit = renaming.unit();
            int updated = jdbc.sql("""
                    UPDATE admin_unit SET name = :name, kind = :kind, search_text = :searchText, sort_key = :sortKey,
                           version = version + 1
                    WHERE id = :id AND version = :version""")
                    .param("name", renaming.name()).param("kind", renaming.kind().name())
                    .param("searchText", VietnameseText.searchText(unit.code(), renaming.name()))
                    .param("sortKey", VietnameseText.sortKey(renaming.name()))
                    .param("id", unit.id()).param("version", unit.version())
                    .update();
            if (updated != 1) {
                return false;
            }
        }
        return true;
    }
}
