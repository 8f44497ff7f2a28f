package vn.danvan.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.danvan.org.Role;
import vn.danvan.org.Scope;
import vn.danvan.org.UserAccount;
import vn.danvan.org.UserSearch;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.TextQuery;
import vn.danvan.system.VietnameseText;

/** SQL of user accounts. */
@Repository
public class UserRepository {

    private static final String COLUMNS = "a.id, a.username, a.full_name, a.email, a.phone, a.position_title, a.role,"
            + " a.organization_id, a.enabled, a.failed_attempts, a.locked_until, a.must_change_password,"
            + " a.last_login_at, a.created_at, a.version";
    private static final Map<String, String> SORTS = Map.of(
            "name", "a.sort_key",
            "username", "a.username",
            "role", "a.role",
            "lastLogin", "a.last_login_at");

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String username, String fullName, String email, String phone, String positionTitle,
                       String passwordHash, Role role, Long organizationId, boolean mustChangePassword,
                       OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_user (username, full_name, email, phone, position_title, password_hash, role,
                                      organization_id, enabled, must_change_password, password_changed_at,
                                      created_at, search_text, sort_key)
                VALUES (:username, :fullName, :email, :phone, :position, :hash, :role, :org, TRUE, :mustChange,
                        :now, :now, :searchText, :sortKey)""")
                .param("username", username).param("fullName", fullName).param("email", email)
                .param("phone", phone).param("position", positionTitle).param("hash", passwordHash)
                .param("role", role.name()).param("org", organizationId).param("mustChange", mustChangePassword)
                .param("now", now)
                .param("searchText", VietnameseText.searchText(username, fullName, email))
                .param("sortKey", VietnameseText.sortKey(fullName))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean updateProfile(long id, String fullName, String email, String phone, String positionTitle,
                                 Role role, Long organizationId, int expectedVersion) {
        return jdbc.sql("""
                UPDATE app_user SET full_name = :fullName, email = :email, phone = :phone, position_title = :position,
                       role = :role, organization_id = :org, search_text = :searchText, sort_key = :sortKey,
                       version = version + 1
                WHERE id = :id AND version = :version""")
                .param("fullName", fullName).param("email", email).param("phone", phone)
                .param("position", positionTitle).param("role", role.name()).param("org", organizationId)
                .param("searchText", VietnameseText.searchText(findById(id).orElseThrow().username(), fullName, email))
                .param("sortKey", VietnameseText.sortKey(fullName))
                .param("id", id).param("version", expectedVersion)
                .update() == 1;
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = :enabled, failed_attempts = 0, locked_until = NULL,"
                        + " version = version + 1 WHERE id = :id")
                .param("enabled", enabled).param("id", id).update();
    }

    public void setPassword(long id, String hash, boolean mustChange, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE app_user SET password_hash = :hash, must_change_password = :mustChange,
                       password_changed_at = :now, failed_attempts = 0, locked_until = NULL, version = version + 1
                WHERE id = :id""")
                .param("hash", hash).param("mustChange", mustChange).param("now", now).param("id", id).update();
    }

    public Optional<String> findPasswordHash(long id) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    /** Counts a failed sign-in and locks the account when the limit is reached; returns the new count. */
    public void recordFailedLogin(String username, int maxFailures, OffsetDateTime lockUntil) {
        jdbc.sql("UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE username = :username")
                .param("username", username).update();
        jdbc.sql("UPDATE app_user SET locked_until = :until, failed_attempts = 0"
                        + " WHERE username = :username AND failed_attempts >= :max")
                .param("until", lockUntil).param("username", username).param("max", maxFailures).update();
    }

    public void recordSuccessfulLogin(String username, OffsetDateTime now) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL, last_login_at = :now"
                        + " WHERE username = :username")
                .param("now", now).param("username", username).update();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user a WHERE a.username = :username")
                .param("username", username).query(UserRepository::map).optional();
    }

    public Optional<UserAccount> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user a WHERE a.id = :id")
                .param("id", id).query(UserRepository::map).optional();
    }

    public Optional<UserAccount> findInScope(long id, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user a WHERE a.id = :id AND " + inScope())
                .params(ScopeSql.parameters(scope)).param("id", id).query(UserRepository::map).optional();
    }

    public Paged<UserAccount> search(Scope scope, UserSearch search, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE " + inScope());
        Map<String, Object> params = new HashMap<>(ScopeSql.parameters(scope));
        TextQuery.appendTo(where, params, "a.search_text", search.text(), "text");
        if (search.role() != null) {
            where.append(" AND a.role = :role");
            params.put("role", search.role().name());
        }
        if (search.enabled() != null) {
            where.append(" AND a.enabled = :enabled");
            params.put("enabled", search.enabled());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM app_user a" + where).params(params).query(Long.class).single();
        String order = SORTS.getOrDefault(page.sort(), "a.sort_key") + (page.descending() ? " DESC" : " ASC");
        List<UserAccount> items = jdbc.sql("SELECT " + COLUMNS + " FROM app_user a" + where
                        + " ORDER BY " + order + ", a.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(UserRepository::map).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    public long countInScope(Scope scope) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user a WHERE a.enabled = TRUE AND " + inScope())
                .params(ScopeSql.parameters(scope)).query(Long.class).single();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    private static String inScope() {
        return "(:scopeAll = TRUE OR a.organization_id IN (SELECT o.id FROM organization o WHERE "
                + ScopeSql.organizations("o") + "))";
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), rs.getString("email"),
                rs.getString("phone"), rs.getString("position_title"), Role.valueOf(rs.getString("role")),
                rs.getObject("organization_id", Long.class), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                rs.getObject("locked_until", OffsetDateTime.class), rs.getBoolean("must_change_password"),
                rs.getObject("last_login_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}
