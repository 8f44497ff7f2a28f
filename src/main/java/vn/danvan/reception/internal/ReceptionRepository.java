package vn.danvan.reception.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.danvan.calendar.CountingMode;
import vn.danvan.org.UnitLevel;
import vn.danvan.reception.CrowdRule;
import vn.danvan.reception.DeadlineRule;
import vn.danvan.reception.IdentificationRule;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.reception.ReceivedBy;
import vn.danvan.reception.ReceptionRule;
import vn.danvan.reception.ReceptionSession;
import vn.danvan.reception.RuleHolder;
import vn.danvan.reception.SessionKind;
import vn.danvan.reception.VisitDueChange;
import vn.danvan.reception.VisitOutcome;
import vn.danvan.reception.VisitSearch;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.TextQuery;

/**
 * SQL of reception sessions, visits, citizens and the reception rules. Scope arrives as the ids of the receiving
 * organizations in scope ({@code null}: everything), and the unit filter as the ids of the units that roll up
 * into the chosen unit: the module never reads the org tables.
 */
@Repository
public class ReceptionRepository {

    private static final String SESSION_COLUMNS = "s.id, s.kind, s.organization_id, s.unit_id, s.planned_on, s.held, s.held_on, s.place,"
            + " s.head_name, s.head_title, s.received_by, s.deputy_name, s.deputy_title, s.note, s.version";
    private static final String VISIT_COLUMNS = "v.id, v.session_id, v.received_on, v.receiving_organization_id, v.unit_id, v.category,"
            + " v.field, v.content, v.citizens_count, v.crowd_delegation, v.outcome, v.transfer_target, v.petition_id, v.tracking_code,"
            + " v.answer_due, v.answered_on, v.answer_note, v.version";
    private static final Map<String, String> VISIT_SORTS = Map.of(
            "date", "v.received_on",
            "citizens", "v.sort_key",
            "count", "v.citizens_count",
            "category", "v.category",
            "field", "v.field",
            "outcome", "v.outcome",
            "due", "v.answer_due");

    private final JdbcClient jdbc;

    public ReceptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- rules

    public List<ReceptionRule> findRules() {
        return jdbc.sql("SELECT * FROM reception_rule ORDER BY holder, unit_level, valid_from, id").query(ReceptionRepository::rule).list();
    }

    public Optional<ReceptionRule> findRule(long id) {
        return jdbc.sql("SELECT * FROM reception_rule WHERE id = :id").param("id", id).query(ReceptionRepository::rule).optional();
    }

    public long insertRule(ReceptionRule r) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO reception_rule (holder, unit_level, min_days, period_kind, delegation_allowed, valid_from, valid_to, source)
                VALUES (:holder, :level, :days, :period, :delegation, :from, :to, :source)""")
                .param("holder", r.holder().name()).param("level", r.level().name()).param("days", r.minDays())
                .param("period", r.period().name()).param("delegation", r.delegationAllowed()).param("from", r.validFrom())
                .param("to", r.validTo()).param("source", r.source()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean updateRule(ReceptionRule r) {
        return jdbc.sql("""
                UPDATE reception_rule SET min_days = :days, period_kind = :period, delegation_allowed = :delegation,
                    valid_from = :from, valid_to = :to, source = :source, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("days", r.minDays()).param("period", r.period().name()).param("delegation", r.delegationAllowed())
                .param("from", r.validFrom()).param("to", r.validTo()).param("source", r.source())
                .param("id", r.id()).param("version", r.version()).update() == 1;
    }

    private static ReceptionRule rule(ResultSet rs, int n) throws SQLException {
        return new ReceptionRule(rs.getLong("id"), RuleHolder.valueOf(rs.getString("holder")), UnitLevel.valueOf(rs.getString("unit_level")),
                rs.getInt("min_days"), ReceptionRule.Period.valueOf(rs.getString("period_kind")), rs.getBoolean("delegation_allowed"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getString("source"),
                rs.getInt("version"));
    }

    public List<CrowdRule> findCrowdRules() {
        return jdbc.sql("SELECT * FROM reception_crowd_rule ORDER BY valid_from, min_people, id").query((rs, n) -> new CrowdRule(
                rs.getLong("id"), rs.getInt("min_people"), rs.getObject("max_people", Integer.class), rs.getInt("min_representatives"),
                rs.getInt("max_representatives"), rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getString("source"), rs.getInt("version"))).list();
    }

    public boolean updateCrowdRule(CrowdRule r) {
        return jdbc.sql("""
                UPDATE reception_crowd_rule SET min_people = :minP, max_people = :maxP, min_representatives = :minR,
                    max_representatives = :maxR, valid_from = :from, valid_to = :to, source = :source, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("minP", r.minPeople()).param("maxP", r.maxPeople()).param("minR", r.minRepresentatives())
                .param("maxR", r.maxRepresentatives()).param("from", r.validFrom()).param("to", r.validTo())
                .param("source", r.source()).param("id", r.id()).param("version", r.version()).update() == 1;
    }

    public List<DeadlineRule> findDeadlineRules() {
        return jdbc.sql("SELECT * FROM reception_deadline_rule ORDER BY code, valid_from, id").query((rs, n) -> new DeadlineRule(
                rs.getLong("id"), rs.getString("code"), rs.getInt("days"),
                "WORKING".equals(rs.getString("counting")) ? CountingMode.WORKING : CountingMode.CALENDAR,
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getString("source"),
                rs.getInt("version"))).list();
    }

    public boolean updateDeadlineRule(DeadlineRule r) {
        return jdbc.sql("""
                UPDATE reception_deadline_rule SET days = :days, counting = :counting, valid_from = :from, valid_to = :to,
                    source = :source, version = version + 1 WHERE id = :id AND version = :version""")
                .param("days", r.days()).param("counting", r.counting().name()).param("from", r.validFrom())
                .param("to", r.validTo()).param("source", r.source()).param("id", r.id()).param("version", r.version())
                .update() == 1;
    }

    public List<IdentificationRule> findIdentificationRules() {
        return jdbc.sql("SELECT * FROM reception_identification_rule ORDER BY valid_from, id").query((rs, n) -> new IdentificationRule(
                rs.getLong("id"), rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getString("source"), rs.getInt("version"))).list();
    }

    public boolean updateIdentificationRule(IdentificationRule r) {
        return jdbc.sql("""
                UPDATE reception_identification_rule SET valid_from = :from, valid_to = :to, source = :source, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("from", r.validFrom()).param("to", r.validTo()).param("source", r.source()).param("id", r.id())
                .param("version", r.version()).update() == 1;
    }

    // --- sessions

    public long insertSession(ReceptionSession s, OffsetDateTime now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO reception_session (kind, organization_id, unit_id, planned_on, held, held_on, place, head_name, head_title,
                    received_by, deputy_name, deputy_title, note, created_at, created_by)
                VALUES (:kind, :org, :unit, :planned, :held, :heldOn, :place, :headName, :headTitle, :receivedBy, :deputyName,
                    :deputyTitle, :note, :now, :actor)""")
                .params(sessionParams(s)).param("now", now).param("actor", actor).update(keys, "id");
        long id = keys.getKey().longValue();
        insertOfficials(id, s.officials());
        return id;
    }

    public boolean updateSession(ReceptionSession s) {
        int changed = jdbc.sql("""
                UPDATE reception_session SET kind = :kind, planned_on = :planned, held = :held, held_on = :heldOn, place = :place,
                    head_name = :headName, head_title = :headTitle, received_by = :receivedBy, deputy_name = :deputyName,
                    deputy_title = :deputyTitle, note = :note, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(sessionParams(s)).param("id", s.id()).param("version", s.version()).update();
        if (changed != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM reception_official WHERE session_id = :id").param("id", s.id()).update();
        insertOfficials(s.id(), s.officials());
        return true;
    }

    private void insertOfficials(long sessionId, List<ReceptionSession.Official> officials) {
        for (int i = 0; i < officials.size(); i++) {
            jdbc.sql("INSERT INTO reception_official (session_id, ordinal, full_name, job_title) VALUES (:s, :n, :name, :title)")
                    .param("s", sessionId).param("n", i + 1).param("name", officials.get(i).fullName())
                    .param("title", officials.get(i).jobTitle()).update();
        }
    }

    private static Map<String, Object> sessionParams(ReceptionSession s) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", s.kind().name());
        p.put("org", s.organizationId());
        p.put("unit", s.unitId());
        p.put("planned", s.plannedOn());
        p.put("held", s.held());
        p.put("heldOn", s.heldOn());
        p.put("place", s.place());
        p.put("headName", s.headName());
        p.put("headTitle", s.headTitle());
        p.put("receivedBy", s.receivedBy() == null ? null : s.receivedBy().name());
        p.put("deputyName", s.deputyName());
        p.put("deputyTitle", s.deputyTitle());
        p.put("note", s.note());
        return p;
    }

    public Optional<ReceptionSession> findSession(long id) {
        return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM reception_session s WHERE s.id = :id").param("id", id)
                .query((rs, n) -> session(rs, officials(rs.getLong("id")))).optional();
    }

    private List<ReceptionSession.Official> officials(long sessionId) {
        return jdbc.sql("SELECT full_name, job_title FROM reception_official WHERE session_id = :s ORDER BY ordinal")
                .param("s", sessionId).query((rs, n) -> new ReceptionSession.Official(rs.getString(1), rs.getString(2))).list();
    }

    private Map<Long, List<ReceptionSession.Official>> officials(Collection<Long> sessionIds) {
        Map<Long, List<ReceptionSession.Official>> found = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT session_id, full_name, job_title FROM reception_official WHERE session_id IN (:ids) ORDER BY session_id, ordinal")
                .param("ids", sessionIds)
                .query((ResultSet rs) -> {
                    found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ReceptionSession.Official(rs.getString(2), rs.getString(3)));
                });
        return found;
    }

    private static ReceptionSession session(ResultSet rs, List<ReceptionSession.Official> officials) throws SQLException {
        String receivedBy = rs.getString("received_by");
        return new ReceptionSession(rs.getLong("id"), SessionKind.valueOf(rs.getString("kind")), rs.getLong("organization_id"),
                rs.getLong("unit_id"), rs.getObject("planned_on", LocalDate.class), rs.getBoolean("held"),
                rs.getObject("held_on", LocalDate.class), rs.getString("place"), rs.getString("head_name"), rs.getString("head_title"),
                receivedBy == null ? null : ReceivedBy.valueOf(receivedBy), rs.getString("deputy_name"), rs.getString("deputy_title"),
                rs.getString("note"), officials, rs.getInt("version"));
    }

    /** Sessions of the organizations in scope ({@code null}: all) whose planned or held day lies between two days. */
    public Paged<ReceptionSession> findSessions(Collection<Long> organizationIds, Long organizationId, SessionKind kind,
                                                LocalDate from, LocalDate to, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        scope(where, params, "s.organization_id", organizationIds);
        if (organizationId != null) {
            where.append(" AND s.organization_id = :orgId");
            params.put("orgId", organizationId);
        }
        if (kind != null) {
            where.append(" AND s.kind = :kind");
            params.put("kind", kind.name());
        }
        if (from != null) {
            where.append(" AND (s.planned_on >= :from OR s.held_on >= :from)");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" AND (s.planned_on <= :to OR s.held_on <= :to)");
            params.put("to", to);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM reception_session s" + where).params(params).query(Long.class).single();
        String order = "date".equals(page.sort()) || page.sort().isEmpty()
                ? "s.planned_on " + (page.descending() || page.sort().isEmpty() ? "DESC" : "ASC")
                : "kind".equals(page.sort()) ? "s.kind " + (page.descending() ? "DESC" : "ASC") : "s.planned_on DESC";
        List<Long> ids = new ArrayList<>();
        List<ReceptionSession> rows = jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM reception_session s" + where + " ORDER BY " + order
                        + ", s.id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> session(rs, List.of())).list();
        rows.forEach(r -> ids.add(r.id()));
        Map<Long, List<ReceptionSession.Official>> officials = officials(ids);
        List<ReceptionSession> items = rows.stream().map(s -> withOfficials(s, officials.getOrDefault(s.id(), List.of()))).toList();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    /** Every session (any kind) planned or held between two days, of the organizations in scope. */
    public List<ReceptionSession> findSessionsBetween(Collection<Long> organizationIds, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder(" WHERE ((s.planned_on BETWEEN :from AND :to) OR (s.held_on BETWEEN :from AND :to))");
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        scope(where, params, "s.organization_id", organizationIds);
        return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM reception_session s" + where + " ORDER BY s.planned_on, s.id")
                .params(params).query((rs, n) -> session(rs, List.of())).list();
    }

    private static ReceptionSession withOfficials(ReceptionSession s, List<ReceptionSession.Official> officials) {
        return new ReceptionSession(s.id(), s.kind(), s.organizationId(), s.unitId(), s.plannedOn(), s.held(), s.heldOn(), s.place(),
                s.headName(), s.headTitle(), s.receivedBy(), s.deputyName(), s.deputyTitle(), s.note(), officials, s.version());
    }

    public long countSessions() {
        return jdbc.sql("SELECT COUNT(*) FROM reception_session").query(Long.class).single();
    }

    public long countVisitsOfSession(long sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM visit WHERE session_id = :s").param("s", sessionId).query(Long.class).single();
    }

    // --- visits

    /** A visit as stored, before its citizens are attached. */
    public record VisitRow(long id, Long sessionId, LocalDate receivedOn, long receivingOrganizationId, Long unitId,
                           MatterCategory category, MatterField field, String content, int citizensCount, boolean crowdDelegation,
                           VisitOutcome outcome, String transferTarget, Long petitionId, String trackingCode, LocalDate answerDue,
                           LocalDate answeredOn, String answerNote, int version) {
    }

    /** A citizen as stored: plain columns for others, ciphertexts for a denunciation. */
    public record CitizenRow(long visitId, int ordinal, String fullName, String address, String idNumber, String phone,
                             String fullNameEnc, String addressEnc, String idNumberEnc, String phoneEnc, String idNumberIndex,
                             boolean protectedIdentity, boolean representative) {
    }

    public long insertVisit(VisitRow v, String searchText, String sortKey, OffsetDateTime now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO visit (session_id, received_on, receiving_organization_id, unit_id, category, field, content, citizens_count,
                    crowd_delegation, outcome, transfer_target, answer_due, answered_on, answer_note, search_text, sort_key,
                    created_at, created_by)
                VALUES (:session, :received, :org, :unit, :category, :field, :content, :count, :crowd, :outcome, :transfer,
                    :due, :answered, :answerNote, :search, :sort, :now, :actor)""")
                .param("session", v.sessionId()).param("received", v.receivedOn()).param("org", v.receivingOrganizationId())
                .param("unit", v.unitId()).param("category", v.category().name()).param("field", v.field().name())
                .param("content", v.content()).param("count", v.citizensCount()).param("crowd", v.crowdDelegation())
                .param("outcome", v.outcome().name()).param("transfer", v.transferTarget()).param("due", v.answerDue())
                .param("answered", v.answeredOn()).param("answerNote", v.answerNote()).param("search", searchText)
                .param("sort", sortKey).param("now", now).param("actor", actor)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void insertCitizen(CitizenRow c) {
        jdbc.sql("""
                INSERT INTO visit_citizen (visit_id, ordinal, full_name, address, id_number, phone, full_name_enc, address_enc,
                    id_number_enc, phone_enc, id_number_index, protected, representative)
                VALUES (:visit, :n, :name, :address, :idNumber, :phone, :nameEnc, :addressEnc, :idEnc, :phoneEnc, :idIndex,
                    :protected, :rep)""")
                .param("visit", c.visitId()).param("n", c.ordinal()).param("name", c.fullName()).param("address", c.address())
                .param("idNumber", c.idNumber()).param("phone", c.phone()).param("nameEnc", c.fullNameEnc())
                .param("addressEnc", c.addressEnc()).param("idEnc", c.idNumberEnc()).param("phoneEnc", c.phoneEnc())
                .param("idIndex", c.idNumberIndex()).param("protected", c.protectedIdentity()).param("rep", c.representative())
                .update();
    }

    public Optional<VisitRow> findVisit(long id) {
        return jdbc.sql("SELECT " + VISIT_COLUMNS + " FROM visit v WHERE v.id = :id").param("id", id).query(ReceptionRepository::visit).optional();
    }

    public Map<Long, List<CitizenRow>> findCitizens(Collection<Long> visitIds) {
        Map<Long, List<CitizenRow>> found = new LinkedHashMap<>();
        if (visitIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT * FROM visit_citizen WHERE visit_id IN (:ids) ORDER BY visit_id, ordinal").param("ids", visitIds)
                .query((ResultSet rs) -> {
                    found.computeIfAbsent(rs.getLong("visit_id"), k -> new ArrayList<>()).add(new CitizenRow(rs.getLong("visit_id"),
                            rs.getInt("ordinal"), rs.getString("full_name"), rs.getString("address"), rs.getString("id_number"),
                            rs.getString("phone"), rs.getString("full_name_enc"), rs.getString("address_enc"),
                            rs.getString("id_number_enc"), rs.getString("phone_enc"), rs.getString("id_number_index"),
                            rs.getBoolean("protected"), rs.getBoolean("representative")));
                });
        return found;
    }

    private static VisitRow visit(ResultSet rs, int n) throws SQLException {
        return new VisitRow(rs.getLong("id"), rs.getObject("session_id", Long.class), rs.getObject("received_on", LocalDate.class),
                rs.getLong("receiving_organization_id"), rs.getObject("unit_id", Long.class),
                MatterCategory.valueOf(rs.getString("category")), MatterField.valueOf(rs.getString("field")), rs.getString("content"),
                rs.getInt("citizens_count"), rs.getBoolean("crowd_delegation"), VisitOutcome.valueOf(rs.getString("outcome")),
                rs.getString("transfer_target"), rs.getObject("petition_id", Long.class), rs.getString("tracking_code"),
                rs.getObject("answer_due", LocalDate.class), rs.getObject("answered_on", LocalDate.class), rs.getString("answer_note"),
                rs.getInt("version"));
    }

    public Paged<VisitRow> searchVisits(Collection<Long> organizationIds, Collection<Long> unitIds, VisitSearch search,
                                        LocalDate today, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        filter(where, params, organizationIds, unitIds, search, today);
        long total = jdbc.sql("SELECT COUNT(*) FROM visit v" + where).params(params).query(Long.class).single();
        String column = VISIT_SORTS.getOrDefault(page.sort(), "v.received_on");
        boolean descending = VISIT_SORTS.containsKey(page.sort()) ? page.descending() : true;
        String order = column + (descending ? " DESC" : " ASC") + ("v.answer_due".equals(column) ? " NULLS LAST" : "");
        List<VisitRow> items = jdbc.sql("SELECT " + VISIT_COLUMNS + " FROM visit v" + where + " ORDER BY " + order
                        + ", v.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(ReceptionRepository::visit).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    private static void filter(StringBuilder where, Map<String, Object> params, Collection<Long> organizationIds,
                               Collection<Long> unitIds, VisitSearch search, LocalDate today) {
        scope(where, params, "v.receiving_organization_id", organizationIds);
        if (unitIds != null) {
            if (unitIds.isEmpty()) {
                where.append(" AND 1 = 0");
            } else {
                where.append(" AND v.unit_id IN (:units)");
                params.put("units", unitIds);
            }
        }
        TextQuery.appendTo(where, params, "v.search_text", search.text(), "text");
        if (search.from() != null) {
            where.append(" AND v.received_on >= :from");
            params.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" AND v.received_on <= :to");
            params.put("to", search.to());
        }
        if (search.organizationId() != null) {
            where.append(" AND v.receiving_organization_id = :orgId");
            params.put("orgId", search.organizationId());
        }
        if (search.category() != null) {
            where.append(" AND v.category = :category");
            params.put("category", search.category().name());
        }
        if (search.field() != null) {
            where.append(" AND v.field = :field");
            params.put("field", search.field().name());
        }
        if (search.outcome() != null) {
            where.append(" AND v.outcome = :outcome");
            params.put("outcome", search.outcome().name());
        }
        if (search.crowdOnly()) {
            where.append(" AND v.crowd_delegation = TRUE");
        }
        if (search.overdueOnly()) {
            where.append(" AND v.answer_due IS NOT NULL AND v.answered_on IS NULL AND v.answer_due < :today");
            params.put("today", today);
        }
    }

    private static void scope(StringBuilder where, Map<String, Object> params, String column, Collection<Long> organizationIds) {
        if (organizationIds == null) {
            return;
        }
        if (organizationIds.isEmpty()) {
            where.append(" AND 1 = 0");
        } else {
            where.append(" AND ").append(column).append(" IN (:scopeOrgs)");
            params.put("scopeOrgs", organizationIds);
        }
    }

    public boolean updateAnswer(long id, int version, LocalDate answeredOn, String note) {
        return jdbc.sql("UPDATE visit SET answered_on = :on, answer_note = :note, version = version + 1 WHERE id = :id AND version = :version")
                .param("on", answeredOn).param("note", note).param("id", id).param("version", version).update() == 1;
    }

    /** Links the petition opened from a visit; the outcome becomes "petition received". */
    public void linkPetition(long id, long petitionId, String trackingCode, LocalDate answerDue) {
        jdbc.sql("""
                UPDATE visit SET petition_id = :petition, tracking_code = :code, outcome = 'PETITION_RECEIVED',
                    answer_due = COALESCE(answer_due, :due), version = version + 1 WHERE id = :id""")
                .param("petition", petitionId).param("code", trackingCode).param("due", answerDue).param("id", id).update();
    }

    /** A visit awaiting its answer: what recomputing its due day needs. */
    public record AwaitingAnswer(long id, LocalDate receivedOn, LocalDate answerDue) {
    }

    /** Unanswered visits with a due day: their due days move when the calendar or the time limit changes. */
    public List<AwaitingAnswer> findAwaitingAnswer() {
        return jdbc.sql("SELECT id, received_on, answer_due FROM visit WHERE answer_due IS NOT NULL AND answered_on IS NULL")
                .query((rs, n) -> new AwaitingAnswer(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /**
     * Moves a due day that is still the one read and still awaited; the version is left alone (nobody typed it, an
     * answer form open meanwhile must still save). False when an answer or another recomputation came first.
     */
    public boolean updateAnswerDue(long id, LocalDate oldDue, LocalDate newDue) {
        return jdbc.sql("UPDATE visit SET answer_due = :due WHERE id = :id AND answer_due = :old AND answered_on IS NULL")
                .param("due", newDue).param("id", id).param("old", oldDue).update() == 1;
    }

    public void insertDueChange(long visitId, LocalDate oldDue, LocalDate newDue, VisitDueChange.Cause cause, String detail,
                                OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO visit_due_change (visit_id, old_due, new_due, cause, detail, changed_at)
                VALUES (:visit, :old, :new, :cause, :detail, :now)""")
                .param("visit", visitId).param("old", oldDue).param("new", newDue).param("cause", cause.name())
                .param("detail", detail).param("now", now).update();
    }

    public List<VisitDueChange> findDueChanges(long visitId) {
        return jdbc.sql("SELECT * FROM visit_due_change WHERE visit_id = :id ORDER BY changed_at DESC, id DESC").param("id", visitId)
                .query((rs, n) -> new VisitDueChange(rs.getLong("id"), rs.getLong("visit_id"), rs.getObject("old_due", LocalDate.class),
                        rs.getObject("new_due", LocalDate.class), VisitDueChange.Cause.valueOf(rs.getString("cause")),
                        rs.getString("detail"), rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    public List<Long> distinctVisitUnitIds() {
        return jdbc.sql("SELECT DISTINCT unit_id FROM visit WHERE unit_id IS NOT NULL").query(Long.class).list();
    }

    public List<Long> distinctSessionUnitIds() {
        return jdbc.sql("SELECT DISTINCT unit_id FROM reception_session").query(Long.class).list();
    }

    public long countVisits() {
        return jdbc.sql("SELECT COUNT(*) FROM visit").query(Long.class).single();
    }

    // --- statistics

    /** One group of visits: how many visits, how many people, how many crowd delegations. */
    public record VisitGroup(MatterCategory category, MatterField field, Long unitId, boolean crowd, long visits, long citizens) {
    }

    public List<VisitGroup> visitGroups(Collection<Long> organizationIds, Collection<Long> unitIds, VisitSearch search, LocalDate today) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        filter(where, params, organizationIds, unitIds, search, today);
        return jdbc.sql("SELECT v.category, v.field, v.unit_id, v.crowd_delegation, COUNT(*), SUM(v.citizens_count) FROM visit v" + where
                        + " GROUP BY v.category, v.field, v.unit_id, v.crowd_delegation")
                .params(params)
                .query((rs, n) -> new VisitGroup(MatterCategory.valueOf(rs.getString(1)), MatterField.valueOf(rs.getString(2)),
                        rs.getObject(3, Long.class), rs.getBoolean(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    /** Sessions planned and held between two days (planned by planned day, held by held day), by kind. */
    public record SessionGroup(SessionKind kind, long planned, long held) {
    }

    public List<SessionGroup> sessionGroups(Collection<Long> organizationIds, Collection<Long> unitIds, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        scope(where, params, "s.organization_id", organizationIds);
        if (unitIds != null) {
            if (unitIds.isEmpty()) {
                where.append(" AND 1 = 0");
            } else {
                where.append(" AND s.unit_id IN (:units)");
                params.put("units", unitIds);
            }
        }
        params.put("from", from);
        params.put("to", to);
        return jdbc.sql("SELECT s.kind,"
                        + " SUM(CASE WHEN s.planned_on BETWEEN :from AND :to THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN s.held = TRUE AND s.held_on BETWEEN :from AND :to THEN 1 ELSE 0 END)"
                        + " FROM reception_session s" + where + " GROUP BY s.kind")
                .params(params)
                .query((rs, n) -> new SessionGroup(SessionKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
                .list();
    }
}
