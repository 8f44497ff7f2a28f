package vn.danvan.activity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.danvan.activity.Activity;
import vn.danvan.activity.ActivityKind;
import vn.danvan.activity.ActivitySearch;
import vn.danvan.activity.Conclusion;
import vn.danvan.activity.Official;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.TextQuery;

/** SQL of events, their participants, officials, documents, conclusions and follow-up tasks. */
@Repository
public class ActivityRepository {

    private static final String COLUMNS = "e.id, e.kind, e.title, e.held_on, e.ends_on, e.place, e.organizer_id, e.minutes, e.version";
    private static final Map<String, String> SORTS = Map.of(
            "date", "e.held_on",
            "title", "e.sort_key",
            "kind", "e.kind");
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    public ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The columns of an event that its form changes. */
    public record Fields(ActivityKind kind, String title, LocalDate heldOn, LocalDate endsOn, String place, long organizerId,
                         String minutes) {
    }

    public long insert(Fields f, String sortKey, OffsetDateTime now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO event (kind, title, held_on, ends_on, event_year, place, organizer_id, minutes, search_text, sort_key,
                    created_at, created_by)
                VALUES (:kind, :title, :heldOn, :endsOn, :y, :place, :organizer, :minutes, '', :sortKey, :now, :actor)""")
                .params(params(f)).param("sortKey", sortKey).param("now", now).param("actor", actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Changes an event if nobody else did since the version was read; false when the version is stale. */
    public boolean update(long id, int version, Fields f, String sortKey) {
        return jdbc.sql("""
                UPDATE event SET kind = :kind, title = :title, held_on = :heldOn, ends_on = :endsOn, event_year = :y,
                    place = :place, organizer_id = :organizer, minutes = :minutes, sort_key = :sortKey, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(params(f)).param("sortKey", sortKey).param("id", id).param("version", version)
                .update() == 1;
    }

    private static Map<String, Object> params(Fields f) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", f.kind().name());
        p.put("title", f.title());
        p.put("heldOn", f.heldOn());
        p.put("endsOn", f.endsOn());
        p.put("y", f.heldOn().getYear());
        p.put("place", f.place());
        p.put("organizer", f.organizerId());
        p.put("minutes", f.minutes());
        return p;
    }

    public void updateSearchText(long id, String searchText) {
        jdbc.sql("UPDATE event SET search_text = :text WHERE id = :id").param("text", searchText).param("id", id).update();
    }

    public void replaceParticipants(long id, List<Long> organizationIds) {
        jdbc.sql("DELETE FROM event_participant_org WHERE event_id = :id").param("id", id).update();
        for (int i = 0; i < organizationIds.size(); i++) {
            jdbc.sql("INSERT INTO event_participant_org (event_id, organization_id, ordinal) VALUES (:e, :o, :n)")
                    .param("e", id).param("o", organizationIds.get(i)).param("n", i + 1).update();
        }
    }

    public void replaceOfficials(long id, List<Official> officials) {
        jdbc.sql("DELETE FROM event_official WHERE event_id = :id").param("id", id).update();
        for (int i = 0; i < officials.size(); i++) {
            Official o = officials.get(i);
            jdbc.sql("""
                    INSERT INTO event_official (event_id, ordinal, full_name, position_title, organization_id, organization_name,
                        official_role)
                    VALUES (:e, :n, :name, :title, :org, :orgName, :role)""")
                    .param("e", id).param("n", i + 1).param("name", o.fullName()).param("title", o.positionTitle())
                    .param("org", o.organizationId()).param("orgName", o.organizationName()).param("role", o.role().name())
                    .update();
        }
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM event").query(Long.class).single();
    }

    public Optional<Activity> findById(long id) {
        return complete(jdbc.sql("SELECT " + COLUMNS + " FROM event e WHERE e.id = :id").param("id", id)
                .query(ActivityRepository::map).list()).stream().findFirst();
    }

    /**
     * One page of events matching the filters.
     *
     * @param scopeOrganizations the organizations (in force or former) in the caller's scope; null for no limit
     */
    public Paged<Activity> search(ActivitySearch search, Collection<Long> scopeOrganizations, PageQuery page) {
        if (scopeOrganizations != null && scopeOrganizations.isEmpty()) {
            return new Paged<>(List.of(), page.page(), page.size(), 0);
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (scopeOrganizations != null) {
            where.append(" AND (e.organizer_id IN (:scope) OR e.id IN (SELECT sp.event_id FROM event_participant_org sp"
                    + " WHERE sp.organization_id IN (:scope)))");
            params.put("scope", List.copyOf(scopeOrganizations));
        }
        TextQuery.appendTo(where, params, "e.search_text", search.text(), "text");
        if (search.kind() != null) {
            where.append(" AND e.kind = :kind");
            params.put("kind", search.kind().name());
        }
        if (search.year() != null) {
            where.append(" AND e.event_year = :y");
            params.put("y", search.year());
        }
        if (search.organizationId() != null) {
            where.append(" AND (e.organizer_id = :org OR e.id IN (SELECT fp.event_id FROM event_participant_org fp"
                    + " WHERE fp.organization_id = :org))");
            params.put("org", search.organizationId());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM event e" + where).params(params).query(Long.class).single();
        String column = SORTS.getOrDefault(page.sort(), "e.held_on");
        boolean descending = SORTS.containsKey(page.sort()) ? page.descending() : true;
        List<Activity> items = jdbc.sql("SELECT " + COLUMNS + " FROM event e" + where + " ORDER BY " + column
                        + (descending ? " DESC" : " ASC") + ", e.held_on DESC, e.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(ActivityRepository::map).list();
        return new Paged<>(complete(items), page.page(), page.size(), total);
    }

    private static Activity map(ResultSet rs, int row) throws SQLException {
        return new Activity(rs.getLong("id"), ActivityKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getObject("held_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("place"),
                rs.getLong("organizer_id"), rs.getString("minutes"), List.of(), List.of(), List.of(), rs.getInt("version"));
    }

    /** Fills in participants, officials and documents with one query each per chunk of events. */
    private List<Activity> complete(List<Activity> events) {
        if (events.isEmpty()) {
            return events;
        }
        Map<Long, List<Long>> participants = new HashMap<>();
        Map<Long, List<Official>> officials = new HashMap<>();
        Map<Long, List<Long>> documents = new HashMap<>();
        List<Long> ids = events.stream().map(Activity::id).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.sql("SELECT event_id, organization_id FROM event_participant_org WHERE event_id IN (:ids) ORDER BY event_id, ordinal")
                    .param("ids", chunk)
                    .query((ResultSet rs) -> {
                        participants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
            jdbc.sql("""
                    SELECT event_id, full_name, position_title, organization_id, organization_name, official_role
                    FROM event_official WHERE event_id IN (:ids) ORDER BY event_id, ordinal""")
                    .param("ids", chunk)
                    .query((ResultSet rs) -> {
                        officials.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Official(rs.getString(2),
                                rs.getString(3), rs.getObject(4, Long.class), rs.getString(5), Official.Role.valueOf(rs.getString(6))));
                    });
            jdbc.sql("SELECT event_id, document_id FROM event_document WHERE event_id IN (:ids) ORDER BY event_id, linked_at, document_id")
                    .param("ids", chunk)
                    .query((ResultSet rs) -> {
                        documents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
        }
        return events.stream().map(e -> new Activity(e.id(), e.kind(), e.title(), e.heldOn(), e.endsOn(), e.place(), e.organizerId(),
                e.minutes(), List.copyOf(participants.getOrDefault(e.id(), List.of())),
                List.copyOf(officials.getOrDefault(e.id(), List.of())), List.copyOf(documents.getOrDefault(e.id(), List.of())),
                e.version())).toList();
    }

    // --- documents

    public boolean documentLinked(long id, long documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM event_document WHERE event_id = :e AND document_id = :d")
                .param("e", id).param("d", documentId).query(Long.class).single() > 0;
    }

    public void linkDocument(long id, long documentId, OffsetDateTime now, String actor) {
        jdbc.sql("INSERT INTO event_document (event_id, document_id, linked_at, linked_by) VALUES (:e, :d, :now, :actor)")
                .param("e", id).param("d", documentId).param("now", now).param("actor", actor).update();
    }

    public boolean unlinkDocument(long id, long documentId) {
        return jdbc.sql("DELETE FROM event_document WHERE event_id = :e AND document_id = :d")
                .param("e", id).param("d", documentId).update() == 1;
    }

    // --- conclusions and follow-ups

    public long insertConclusion(long id, String content, OffsetDateTime now, String actor) {
        int ordinal = jdbc.sql("SELECT COALESCE(MAX(ordinal), 0) + 1 FROM event_conclusion WHERE event_id = :e").param("e", id)
                .query(Integer.class).single();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO event_conclusion (event_id, ordinal, content, created_at, created_by) VALUES (:e, :n, :c, :now, :actor)")
                .param("e", id).param("n", ordinal).param("c", content).param("now", now).param("actor", actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean deleteConclusion(long conclusionId) {
        return jdbc.sql("DELETE FROM event_conclusion WHERE id = :c AND NOT EXISTS (SELECT 1 FROM event_follow_up f WHERE f.conclusion_id = :c)")
                .param("c", conclusionId).update() == 1;
    }

    public List<Conclusion> conclusions(long id) {
        Map<Long, List<Long>> tasks = new HashMap<>();
        jdbc.sql("""
                SELECT f.conclusion_id, f.task_id FROM event_follow_up f JOIN event_conclusion c ON c.id = f.conclusion_id
                WHERE c.event_id = :e ORDER BY f.created_at, f.task_id""")
                .param("e", id)
                .query((ResultSet rs) -> {
                    tasks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return jdbc.sql("SELECT id, event_id, ordinal, content FROM event_conclusion WHERE event_id = :e ORDER BY ordinal")
                .param("e", id)
                .query((rs, n) -> new Conclusion(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        List.copyOf(tasks.getOrDefault(rs.getLong(1), List.of()))))
                .list();
    }

    public void insertFollowUp(long taskId, long conclusionId, OffsetDateTime now, String actor) {
        jdbc.sql("INSERT INTO event_follow_up (task_id, conclusion_id, created_at, created_by) VALUES (:t, :c, :now, :actor)")
                .param("t", taskId).param("c", conclusionId).param("now", now).param("actor", actor).update();
    }

    /** The event and conclusion a task came from: {event id, conclusion ordinal}, at most one. */
    public Optional<long[]> originOf(long taskId) {
        return jdbc.sql("""
                SELECT c.event_id, c.ordinal FROM event_follow_up f JOIN event_conclusion c ON c.id = f.conclusion_id
                WHERE f.task_id = :t""")
                .param("t", taskId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
    }
}
