package vn.danvan.document.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.danvan.document.Attachment;
import vn.danvan.document.Document;
import vn.danvan.document.DocumentSearch;
import vn.danvan.document.DocumentStatus;
import vn.danvan.document.DocumentStyle;
import vn.danvan.document.DocumentType;
import vn.danvan.document.RelationKind;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.TextQuery;
import vn.danvan.system.VietnameseText;

/** SQL of the document registry. */
@Repository
public class DocumentRepository {

    private static final String COLUMNS = "d.id, d.type_code, d.type_label, d.number, d.symbol, d.style, d.year_in_number,"
            + " d.issue_year, d.party_term, d.issuer_organization_id, d.issuer_name, d.issue_date, d.title, d.status, d.version";
    private static final Map<String, String> SORTS = Map.of(
            "date", "d.issue_date",
            "number", "d.number_key",
            "title", "d.sort_key",
            "type", "d.type_code",
            "year", "d.issue_year");

    private final JdbcClient jdbc;

    public DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The derived columns of a row. */
    public record Derived(String identityKey, String numberKey, String searchText, String issuerText, String sortKey) {
    }

    public long insert(Document d, Derived derived, OffsetDateTime now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO document (type_code, type_label, number, symbol, style, year_in_number, issue_year, party_term,
                    issuer_organization_id, issuer_name, issue_date, title, status, identity_key, number_key,
                    search_text, issuer_text, sort_key, created_at, created_by)
                VALUES (:type, :label, :number, :symbol, :style, :yin, :year, :term, :org, :issuer, :date, :title,
                    :status, :identity, :numberKey, :searchText, :issuerText, :sortKey, :now, :actor)""")
                .params(params(d, derived)).param("now", now).param("actor", actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Updates when the version is unchanged; false when someone else saved it first. */
    public boolean update(long id, int version, Document d, Derived derived) {
        return jdbc.sql("""
                UPDATE document SET type_code = :type, type_label = :label, number = :number, symbol = :symbol,
                    style = :style, year_in_number = :yin, issue_year = :year, party_term = :term,
                    issuer_organization_id = :org, issuer_name = :issuer, issue_date = :date, title = :title,
                    status = :status, identity_key = :identity, number_key = :numberKey, search_text = :searchText,
                    issuer_text = :issuerText, sort_key = :sortKey, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(params(d, derived)).param("id", id).param("version", version).update() == 1;
    }

    private static Map<String, Object> params(Document d, Derived derived) {
        Map<String, Object> p = new HashMap<>();
        p.put("type", d.type().name());
        p.put("label", d.typeLabel());
        p.put("number", d.number());
        p.put("symbol", d.symbol());
        p.put("style", d.style().name());
        p.put("yin", d.yearInNumber());
        p.put("year", d.year());
        p.put("term", d.partyTerm());
        p.put("org", d.issuerOrganizationId());
        p.put("issuer", d.issuerName());
        p.put("date", d.issueDate());
        p.put("title", d.title());
        p.put("status", d.status().name());
        p.put("identity", derived.identityKey());
        p.put("numberKey", derived.numberKey());
        p.put("searchText", derived.searchText());
        p.put("issuerText", derived.issuerText());
        p.put("sortKey", derived.sortKey());
        return p;
    }

    public void setStatus(long id, DocumentStatus status) {
        jdbc.sql("UPDATE document SET status = :status, version = version + 1 WHERE id = :id")
                .param("status", status.name()).param("id", id).update();
    }

    public Optional<Document> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document d WHERE d.id = :id")
                .param("id", id).query(DocumentRepository::map).optional();
    }

    public List<Document> findByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM document d WHERE d.id IN (:ids)")
                .param("ids", ids).query(DocumentRepository::map).list();
    }

    public Optional<Document> findByIdentity(String identityKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document d WHERE d.identity_key = :key")
                .param("key", identityKey).query(DocumentRepository::map).optional();
    }

    public List<Document> findByNumberKey(String numberKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document d WHERE d.number_key = :key ORDER BY d.issue_date DESC NULLS LAST, d.id")
                .param("key", numberKey).query(DocumentRepository::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
    }

    public Paged<Document> search(DocumentSearch search, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        TextQuery.appendTo(where, params, "d.search_text", search.text(), "text");
        TextQuery.appendTo(where, params, "d.issuer_text", search.issuer(), "issuer");
        if (search.type() != null) {
            where.append(" AND d.type_code = :type");
            params.put("type", search.type().name());
        }
        if (search.issuerOrganizationId() != null) {
            where.append(" AND d.issuer_organization_id = :org");
            params.put("org", search.issuerOrganizationId());
        }
        if (search.year() != null) {
            where.append(" AND d.issue_year = :year");
            params.put("year", search.year());
        }
        if (search.status() != null) {
            where.append(" AND d.status = :status");
            params.put("status", search.status().name());
        }
        if (search.tag() != null && !search.tag().isBlank()) {
            where.append(" AND d.id IN (SELECT t.document_id FROM document_tag t WHERE t.tag = :tag)");
            params.put("tag", search.tag().strip());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM document d" + where).params(params).query(Long.class).single();
        String column = SORTS.getOrDefault(page.sort(), "d.issue_date");
        boolean descending = SORTS.containsKey(page.sort()) ? page.descending() : true;
        String order = column + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST");
        List<Document> items = jdbc.sql("SELECT " + COLUMNS + " FROM document d" + where
                        + " ORDER BY " + order + ", d.number_key, d.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(DocumentRepository::map).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    /** Documents for a picker: words over number, symbol and title, newest first. */
    public List<Document> pick(String text, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        TextQuery.appendTo(where, params, "d.search_text", text, "text");
        return jdbc.sql("SELECT " + COLUMNS + " FROM document d" + where
                        + " ORDER BY d.issue_date DESC NULLS LAST, d.id LIMIT :limit")
                .params(params).param("limit", limit).query(DocumentRepository::map).list();
    }

    // relations

    public boolean relationExists(long fromId, long toId, RelationKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM document_relation WHERE from_id = :f AND to_id = :t AND kind = :k")
                .param("f", fromId).param("t", toId).param("k", kind.name()).query(Long.class).single() > 0;
    }

    public void insertRelation(long fromId, long toId, RelationKind kind, OffsetDateTime now, String actor) {
        jdbc.sql("INSERT INTO document_relation (from_id, to_id, kind, created_at, created_by) VALUES (:f, :t, :k, :now, :actor)")
                .param("f", fromId).param("t", toId).param("k", kind.name()).param("now", now).param("actor", actor).update();
    }

    public boolean deleteRelation(long fromId, long toId, RelationKind kind) {
        return jdbc.sql("DELETE FROM document_relation WHERE from_id = :f AND to_id = :t AND kind = :k")
                .param("f", fromId).param("t", toId).param("k", kind.name()).update() == 1;
    }

    /** Relations touching a document: {from, to, kind}. */
    public List<Object[]> relationsOf(long id) {
        return jdbc.sql("SELECT from_id, to_id, kind FROM document_relation WHERE from_id = :id OR to_id = :id"
                        + " ORDER BY created_at, from_id, to_id")
                .param("id", id)
                .query((rs, row) -> new Object[] {rs.getLong("from_id"), rs.getLong("to_id"), RelationKind.valueOf(rs.getString("kind"))})
                .list();
    }

    /** Ids of the documents this one relates to by a kind, oldest relation first. */
    public List<Long> targets(long fromId, RelationKind kind) {
        return jdbc.sql("SELECT to_id FROM document_relation WHERE from_id = :id AND kind = :k ORDER BY created_at, to_id")
                .param("id", fromId).param("k", kind.name()).query(Long.class).list();
    }

    /** Ids of the documents relating to this one by a kind. */
    public List<Long> sources(long toId, RelationKind kind) {
        return jdbc.sql("SELECT r.from_id FROM document_relation r JOIN document d ON d.id = r.from_id"
                        + " WHERE r.to_id = :id AND r.kind = :k ORDER BY d.issue_date NULLS LAST, r.from_id")
                .param("id", toId).param("k", kind.name()).query(Long.class).list();
    }

    // tags

    public List<String> tags(long documentId) {
        return jdbc.sql("SELECT tag FROM document_tag WHERE document_id = :id ORDER BY tag")
                .param("id", documentId).query(String.class).list();
    }

    public void replaceTags(long documentId, List<String> tags) {
        jdbc.sql("DELETE FROM document_tag WHERE document_id = :id").param("id", documentId).update();
        for (String tag : tags) {
            jdbc.sql("INSERT INTO document_tag (document_id, tag) VALUES (:id, :tag)")
                    .param("id", documentId).param("tag", tag).update();
        }
    }

    // attachments

    public long insertAttachment(long documentId, String fileName, String contentType, long size, String sha256,
                                 String storageKey, OffsetDateTime now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO document_attachment (document_id, file_name, content_type, size_bytes, sha256, storage_key,
                    uploaded_at, uploaded_by)
                VALUES (:doc, :name, :type, :size, :sha, :key, :now, :actor)""")
                .param("doc", documentId).param("name", fileName).param("type", contentType).param("size", size)
                .param("sha", sha256).param("key", storageKey).param("now", now).param("actor", actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void deleteAttachment(long documentId, long attachmentId) {
        jdbc.sql("DELETE FROM document_attachment WHERE document_id = :doc AND id = :id")
                .param("doc", documentId).param("id", attachmentId).update();
    }

    public List<Attachment> attachments(long documentId) {
        return jdbc.sql("SELECT * FROM document_attachment WHERE document_id = :id ORDER BY uploaded_at, id")
                .param("id", documentId).query(DocumentRepository::mapAttachment).list();
    }

    public Optional<Attachment> attachment(long documentId, long attachmentId) {
        return jdbc.sql("SELECT * FROM document_attachment WHERE document_id = :doc AND id = :id")
                .param("doc", documentId).param("id", attachmentId).query(DocumentRepository::mapAttachment).optional();
    }

    private static Attachment mapAttachment(ResultSet rs, int row) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("document_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("storage_key"), rs.getObject("uploaded_at", OffsetDateTime.class), rs.getString("uploaded_by"));
    }

    private static Document map(ResultSet rs, int row) throws SQLException {
        return new Document(rs.getLong("id"), DocumentType.valueOf(rs.getString("type_code")), rs.getString("type_label"),
                rs.getString("number"), rs.getString("symbol"), DocumentStyle.valueOf(rs.getString("style")),
                rs.getBoolean("year_in_number"), (Integer) rs.getObject("issue_year", Integer.class), rs.getString("party_term"),
                (Long) rs.getObject("issuer_organization_id", Long.class), rs.getString("issuer_name"),
                rs.getObject("issue_date", LocalDate.class), rs.getString("title"),
                DocumentStatus.valueOf(rs.getString("status")), rs.getInt("version"));
    }

    /** Folded text for "chi thi 16": type names, "type number", number-symbol, symbol, title, issuer, tags. */
    public static String searchText(Document d, List<String> tags) {
        String numberSymbol = d.numberSymbol();
        return VietnameseText.searchText(d.typeName(), d.type().nameFor(d.style()), d.type().abbreviation(),
                d.number() == null ? null : d.typeName() + " " + d.number(), numberSymbol, d.symbol(), d.title(),
                d.issuerName(), d.partyTerm(), String.join(" ", tags));
    }
}
