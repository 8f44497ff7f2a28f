package vn.danvan.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditSearch;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.VietnameseText;

/** SQL of the audit log: inserts and reads only. */
@Repository
public class AuditRepository {

    private final JdbcClient jdbc;

    public AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(OffsetDateTime at, String actor, String action, String entityType, String entityId,
                       String summary, String remoteAddress) {
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, summary, remote_addr)
                VALUES (:at, :actor, :action, :type, :entityId, :summary, :addr)""")
                .param("at", at).param("actor", actor).param("action", action).param("type", entityType)
                .param("entityId", entityId).param("summary", summary).param("addr", remoteAddress)
                .update();
    }

    public Paged<AuditEvent> search(AuditSearch search, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (search.actor() != null && !search.actor().isBlank()) {
            where.append(" AND actor = :actor");
            params.put("actor", VietnameseText.normalize(search.actor()).toLowerCase(Locale.ROOT));
        }
        if (search.action() != null && !search.action().isBlank()) {
            where.append(" AND action = :action");
            params.put("action", search.action());
        }
        if (search.entityType() != null && !search.entityType().isBlank()) {
            where.append(" AND entity_type = :type");
            params.put("type", search.entityType());
        }
        if (search.entityId() != null && !search.entityId().isBlank()) {
            where.append(" AND entity_id = :entityId");
            params.put("entityId", search.entityId());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_event" + where).params(params).query(Long.class).single();
        List<AuditEvent> items = jdbc.sql("SELECT * FROM audit_event" + where
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(AuditRepository::map).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    /** The distinct values of a column among recorded events, for filter lists. */
    public List<String> distinctActions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_event ORDER BY action").query(String.class).list();
    }

    public List<String> distinctEntityTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM audit_event ORDER BY entity_type").query(String.class).list();
    }

    private static AuditEvent map(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("summary"), rs.getString("remote_addr"));
    }
}
