package vn.danvan.petition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.danvan.calendar.CountingMode;
import vn.danvan.petition.ArchiveReason;
import vn.danvan.petition.CaseAction;
import vn.danvan.petition.CaseHistory;
import vn.danvan.petition.CaseSearch;
import vn.danvan.petition.CaseStatus;
import vn.danvan.petition.Channel;
import vn.danvan.petition.LegalRule;
import vn.danvan.petition.Petition;
import vn.danvan.petition.PetitionCase;
import vn.danvan.petition.PetitionRow;
import vn.danvan.petition.PetitionSearch;
import vn.danvan.petition.PetitionStatus;
import vn.danvan.petition.RuleStep;
import vn.danvan.petition.RuleVariant;
import vn.danvan.petition.Satisfaction;
import vn.danvan.petition.SlaClock;
import vn.danvan.petition.Visibility;
import vn.danvan.reception.MatterCategory;
import vn.danvan.reception.MatterField;
import vn.danvan.system.PageQuery;
import vn.danvan.system.Paged;
import vn.danvan.system.TextQuery;

/** SQL of the petition module: petitions, petitioners, cases, their append-only logs and the rule table. */
@Repository
public class PetitionRepository {

    private static final String OPEN = "('ACCEPTED', 'VERIFYING', 'SUSPENDED')";
    /** The due date of the step that runs: classification before acceptance, the case's resolution after. */
    private static final String RUNNING_DUE = "(CASE WHEN p.status = 'RECEIVED' THEN p.classify_due"
            + " WHEN c.status IN ('ACCEPTED', 'VERIFYING') THEN c.due_date END)";

    private final JdbcClient jdbc;
    private final FigureTally tally;

    public PetitionRepository(JdbcClient jdbc, FigureTally tally) {
        this.jdbc = jdbc;
        this.tally = tally;
    }

    // --- visibility as SQL

    private static String visible(String unitColumn, String orgColumn) {
        return "(:vAll = TRUE OR (:vUnitOn = TRUE AND " + unitColumn + " LIKE :vUnit) OR (:vOrgOn = TRUE AND " + orgColumn + " LIKE :vOrg))";
    }

    private static void visibility(Map<String, Object> params, Visibility v) {
        params.put("vAll", v.all());
        params.put("vUnitOn", v.unitPrefix() != null);
        params.put("vUnit", (v.unitPrefix() == null ? "/none/" : v.unitPrefix()) + "%");
        params.put("vOrgOn", v.organizationPrefix() != null);
        params.put("vOrg", (v.organizationPrefix() == null ? "/none/" : v.organizationPrefix()) + "%");
    }

    // --- legal rules

    public List<LegalRule> rules() {
        return jdbc.sql("SELECT * FROM legal_rule ORDER BY step, category, instance_no, variant, valid_from").query(PetitionRepository::rule).list();
    }

    public Optional<LegalRule> rule(long id) {
        return jdbc.sql("SELECT * FROM legal_rule WHERE id = :id").param("id", id).query(PetitionRepository::rule).optional();
    }

    public long insertRule(LegalRule r, OffsetDateTime now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO legal_rule (category, instance_no, step, variant, limit_days, counting_mode, max_extensions,
                    extension_days, suspension_excluded, valid_from, valid_to, legal_source, needs_verification, note, replaces_id,
                    created_at, created_by)
                VALUES (:category, :instance, :step, :variant, :limit, :mode, :maxExt, :extDays, :susp, :from, :to, :source,
                    :verify, :note, :replaces, :now, :actor)""")
                .param("category", r.category()).param("instance", r.instance()).param("step", r.step().name())
                .param("variant", r.variant().name()).param("limit", r.limitDays()).param("mode", r.countingMode().name())
                .param("maxExt", r.maxExtensions()).param("extDays", r.extensionDays()).param("susp", r.suspensionExcluded())
                .param("from", r.validFrom()).param("to", r.validTo()).param("source", r.legalSource())
                .param("verify", r.needsVerification()).param("note", r.note()).param("replaces", r.replacesId())
                .param("now", now).param("actor", actor).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void closeRule(long id, LocalDate validTo) {
        jdbc.sql("UPDATE legal_rule SET valid_to = :to WHERE id = :id").param("to", validTo).param("id", id).update();
    }

    private static LegalRule rule(ResultSet rs, int n) throws SQLException {
        return new LegalRule(rs.getLong("id"), rs.getString("category"), rs.getInt("instance_no"), RuleStep.valueOf(rs.getString("step")),
                RuleVariant.valueOf(rs.getString("variant")), rs.getInt("limit_days"), CountingMode.valueOf(rs.getString("counting_mode")),
                rs.getInt("max_extensions"), rs.getInt("extension_days"), rs.getBoolean("suspension_excluded"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getString("legal_source"),
                rs.getBoolean("needs_verification"), rs.getString("note"), rs.getObject("replaces_id", Long.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"));
    }

    // --- petitions

    public record NewPetitionRow(String trackingCode, Channel channel, String sourceAgency, MatterCategory category, MatterField field,
                                 LocalDate receivedOn, long receivingOrgId, String receivingOrgPath, Long unitId, String unitPath,
                                 String respondent, String respondentKey, String content, boolean crowd, int petitionerCount,
                                 boolean named, boolean protectedIdentity, Long visitId, Long classifyRuleId, LocalDate classifyDue,
                                 String searchText) {
    }

    public long insertPetition(NewPetitionRow p, OffsetDateTime now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO petition (tracking_code, channel, source_agency, category, field, received_on, receiving_org_id,
                    receiving_org_path, unit_id, unit_path, respondent, respondent_key, content, crowd, petitioner_count, named,
                    protected_identity, visit_id, status, classify_rule_id, classify_due, search_text, created_at, created_by)
                VALUES (:code, :channel, :source, :category, :field, :received, :org, :orgPath, :unit, :unitPath, :respondent,
                    :respondentKey, :content, :crowd, :count, :named, :protected, :visit, 'RECEIVED', :rule, :due, :search, :now, :actor)""")
                .param("code", p.trackingCode()).param("channel", p.channel().name()).param("source", p.sourceAgency())
                .param("category", p.category().name()).param("field", p.field().name()).param("received", p.receivedOn())
                .param("org", p.receivingOrgId()).param("orgPath", p.receivingOrgPath()).param("unit", p.unitId())
                .param("unitPath", p.unitPath()).param("respondent", p.respondent()).param("respondentKey", p.respondentKey())
                .param("content", p.content()).param("crowd", p.crowd()).param("count", p.petitionerCount()).param("named", p.named())
                .param("protected", p.protectedIdentity()).param("visit", p.visitId()).param("rule", p.classifyRuleId())
                .param("due", p.classifyDue()).param("search", p.searchText()).param("now", now).param("actor", actor)
                .update(keys, "id");
        tally.petitionAdded(new FigureTally.PetitionShare(p.receivedOn(), p.unitPath(), p.category().name(), p.field().name(),
                p.channel().name(), PetitionStatus.RECEIVED.name(), p.crowd()));
        return keys.getKey().longValue();
    }

    /** Stored petitioner: plaintext columns for ordinary petitions, only *_enc and the blind indexes for a denunciation. */
    public record StoredPetitioner(long id, long petitionId, int ordinal, String fullName, String address, String idNumber, String phone,
                                   boolean representative, String fullNameEnc, String addressEnc, String idNumberEnc, String phoneEnc,
                                   String nameIndex, String idIndex) {
    }

    public void insertPetitioners(List<StoredPetitioner> rows) {
        for (StoredPetitioner r : rows) {
            jdbc.sql("""
                    INSERT INTO petitioner (petition_id, ordinal, full_name, address, id_number, phone, representative,
                        full_name_enc, address_enc, id_number_enc, phone_enc, name_index, id_index)
                    VALUES (:p, :n, :name, :address, :idNumber, :phone, :rep, :nameEnc, :addressEnc, :idEnc, :phoneEnc, :nameIdx, :idIdx)""")
                    .param("p", r.petitionId()).param("n", r.ordinal()).param("name", r.fullName()).param("address", r.address())
                    .param("idNumber", r.idNumber()).param("phone", r.phone()).param("rep", r.representative())
                    .param("nameEnc", r.fullNameEnc()).param("addressEnc", r.addressEnc()).param("idEnc", r.idNumberEnc())
                    .param("phoneEnc", r.phoneEnc()).param("nameIdx", r.nameIndex()).param("idIdx", r.idIndex()).update();
        }
    }

    public List<StoredPetitioner> petitioners(long petitionId) {
        return jdbc.sql("SELECT * FROM petitioner WHERE petition_id = :p ORDER BY ordinal").param("p", petitionId)
                .query((rs, n) -> new StoredPetitioner(rs.getLong("id"), rs.getLong("petition_id"), rs.getInt("ordinal"),
                        rs.getString("full_name"), rs.getString("address"), rs.getString("id_number"), rs.getString("phone"),
                        rs.getBoolean("representative"), rs.getString("full_name_enc"), rs.getString("address_enc"),
                        rs.getString("id_number_enc"), rs.getString("phone_enc"), rs.getString("name_index"), rs.getString("id_index")))
                .list();
    }

    public record StoredAttachment(long id, long petitionId, String fileName, String fileNameEnc, String contentType, long size,
                                   boolean encrypted, boolean signature, OffsetDateTime createdAt, String createdBy) {
    }

    public long insertAttachment(long petitionId, String fileName, String fileNameEnc, String contentType, byte[] bytes,
                                 long size, boolean encrypted, boolean signature, OffsetDateTime now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO petition_attachment (petition_id, file_name, file_name_enc, content_type, size_bytes, encrypted, signature,
                    bytes, created_at, created_by)
                VALUES (:p, :name, :nameEnc, :type, :size, :enc, :sig, :bytes, :now, :actor)""")
                .param("p", petitionId).param("name", fileName).param("nameEnc", fileNameEnc).param("type", contentType)
                .param("size", size).param("enc", encrypted).param("sig", signature).param("bytes", bytes)
                .param("now", now).param("actor", actor).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<StoredAttachment> attachments(long petitionId) {
        return jdbc.sql("""
                SELECT id, petition_id, file_name, file_name_enc, content_type, size_bytes, encrypted, signature, created_at, created_by
                FROM petition_attachment WHERE petition_id = :p ORDER BY id""").param("p", petitionId)
                .query((rs, n) -> new StoredAttachment(rs.getLong("id"), rs.getLong("petition_id"), rs.getString("file_name"),
                        rs.getString("file_name_enc"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getBoolean("encrypted"),
                        rs.getBoolean("signature"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by")))
                .list();
    }

    public Optional<byte[]> attachmentBytes(long petitionId, long attachmentId) {
        return jdbc.sql("SELECT bytes FROM petition_attachment WHERE id = :id AND petition_id = :p")
                .param("id", attachmentId).param("p", petitionId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    public Optional<Petition> petition(long id) {
        return jdbc.sql("SELECT p.* FROM petition p WHERE p.id = :id").param("id", id).query(PetitionRepository::petition).optional();
    }

    public Optional<Petition> petitionVisible(long id, Visibility v) {
        Map<String, Object> params = new HashMap<>();
        visibility(params, v);
        params.put("id", id);
        return jdbc.sql("SELECT p.* FROM petition p WHERE p.id = :id AND " + visible("p.unit_path", "p.receiving_org_path"))
                .params(params).query(PetitionRepository::petition).optional();
    }

    public Optional<Petition> petitionByTrackingCode(String code) {
        return jdbc.sql("SELECT p.* FROM petition p WHERE p.tracking_code = :c").param("c", code).query(PetitionRepository::petition).optional();
    }

    public List<Petition> petitionsOfCase(long caseId) {
        return jdbc.sql("SELECT p.* FROM petition p WHERE p.case_id = :c ORDER BY p.received_on, p.id").param("c", caseId)
                .query(PetitionRepository::petition).list();
    }

    public List<Petition> petitionsByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT p.* FROM petition p WHERE p.id IN (:ids) ORDER BY p.received_on DESC, p.id DESC").param("ids", ids)
                .query(PetitionRepository::petition).list();
    }

    /** Petitions sharing a petitioner (by blind index of the identity number or the folded name). Indexed lookups. */
    public List<Long> petitionIdsByIndexes(List<String> idIndexes, List<String> nameIndexes, long excludeId, int limit) {
        List<Long> found = new ArrayList<>();
        if (!idIndexes.isEmpty()) {
            found.addAll(jdbc.sql("SELECT DISTINCT petition_id FROM petitioner WHERE id_index IN (:ix) AND petition_id <> :ex")
                    .param("ix", idIndexes).param("ex", excludeId).query(Long.class).list());
        }
        if (!nameIndexes.isEmpty()) {
            jdbc.sql("SELECT DISTINCT petition_id FROM petitioner WHERE name_index IN (:ix) AND petition_id <> :ex")
                    .param("ix", nameIndexes).param("ex", excludeId).query(Long.class).list()
                    .forEach(id -> { if (!found.contains(id)) { found.add(id); } });
        }
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** Petitions on the same respondent, unit and field: candidates for "the same matter from many people". */
    public List<Petition> petitionsOnMatter(Long unitId, MatterField field, String respondentKey, long excludeId, int limit) {
        if (unitId == null || respondentKey == null || respondentKey.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.* FROM petition p WHERE p.unit_id = :u AND p.field = :f AND p.respondent_key = :r AND p.id <> :ex
                ORDER BY p.received_on DESC, p.id DESC""")
                .param("u", unitId).param("f", field.name()).param("r", respondentKey).param("ex", excludeId)
                .query(PetitionRepository::petition).stream().limit(limit).toList();
    }

    public boolean updateClassification(long id, int version, PetitionStatus status, LocalDate classifiedOn, String actor,
                                        String reason, ArchiveReason archiveReason, Long transferOrgId, String transferOrgName,
                                        String slipNo, Long caseId, Long duplicateOfId) {
        return tally.petitionChange(id, () -> jdbc.sql("""
                UPDATE petition SET status = :status, classified_on = :on, classified_by = :actor, outcome_reason = :reason,
                    archive_reason = :archive, transfer_org_id = :tOrg, transfer_org_name = :tName, transfer_slip_no = :slip,
                    case_id = :caseId, duplicate_of_id = :dup, version = version + 1
                WHERE id = :id AND version = :version AND status = 'RECEIVED'""")
                .param("status", status.name()).param("on", classifiedOn).param("actor", actor).param("reason", reason)
                .param("archive", archiveReason == null ? null : archiveReason.name()).param("tOrg", transferOrgId)
                .param("tName", transferOrgName).param("slip", slipNo).param("caseId", caseId).param("dup", duplicateOfId)
                .param("id", id).param("version", version).update() == 1);
    }

    public void updateClassifyDue(long id, LocalDate due, Long ruleId) {
        jdbc.sql("UPDATE petition SET classify_due = :due, classify_rule_id = :rule WHERE id = :id")
                .param("due", due).param("rule", ruleId).param("id", id).update();
    }

    public List<Petition> unclassified() {
        return jdbc.sql("SELECT p.* FROM petition p WHERE p.status = 'RECEIVED'").query(PetitionRepository::petition).list();
    }

    public Paged<PetitionRow> search(Visibility v, PetitionSearch s, PageQuery page, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE ").append(visible("p.unit_path", "p.receiving_org_path"));
        visibility(params, v);
        if (s.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", s.status().name());
        }
        if (s.category() != null) {
            where.append(" AND p.category = :category");
            params.put("category", s.category().name());
        }
        if (s.field() != null) {
            where.append(" AND p.field = :field");
            params.put("field", s.field().name());
        }
        if (s.channel() != null) {
            where.append(" AND p.channel = :channel");
            params.put("channel", s.channel().name());
        }
        if (s.unitId() != null) {
            where.append(" AND p.unit_id = :unit");
            params.put("unit", s.unitId());
        }
        if ("overdue".equals(s.due())) {
            where.append(" AND ").append(RUNNING_DUE).append(" < :today");
            params.put("today", today);
        } else if ("soon".equals(s.due())) {
            where.append(" AND ").append(RUNNING_DUE).append(" BETWEEN :today AND :soon");
            params.put("today", today);
            params.put("soon", today.plusDays(vn.danvan.petition.Cases.DUE_SOON_DAYS));
        }
        TextQuery.appendTo(where, params, "p.search_text", s.text(), "q");
        String from = " FROM petition p LEFT JOIN petition_case c ON c.id = p.case_id";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        String order = switch (page.sort()) {
            case "code" -> "p.tracking_code";
            case "status" -> "p.status";
            case "category" -> "p.category";
            case "due" -> RUNNING_DUE;
            default -> "p.received_on";
        };
        boolean descending = page.sort().isEmpty() || page.descending();
        String direction = descending ? " DESC NULLS LAST" : " ASC NULLS LAST";
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<PetitionRow> items = jdbc.sql("SELECT p.*, c.status AS case_status, " + RUNNING_DUE + " AS running_due,"
                        + " (SELECT pe.full_name FROM petitioner pe WHERE pe.petition_id = p.id AND pe.ordinal = 1) AS first_name"
                        + from + where + " ORDER BY " + order + direction + ", p.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new PetitionRow(petition(rs, n), rs.getString("first_name"),
                        rs.getString("case_status") == null ? null : CaseStatus.valueOf(rs.getString("case_status")),
                        rs.getObject("running_due", LocalDate.class)))
                .list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    private static Petition petition(ResultSet rs, int n) throws SQLException {
        String archive = rs.getString("archive_reason");
        return new Petition(rs.getLong("id"), rs.getString("tracking_code"), Channel.valueOf(rs.getString("channel")),
                rs.getString("source_agency"), MatterCategory.valueOf(rs.getString("category")), MatterField.valueOf(rs.getString("field")),
                rs.getObject("received_on", LocalDate.class), rs.getLong("receiving_org_id"), rs.getObject("unit_id", Long.class),
                rs.getString("respondent"), rs.getString("content"), rs.getBoolean("crowd"), rs.getInt("petitioner_count"),
                rs.getBoolean("named"), rs.getBoolean("protected_identity"), rs.getObject("visit_id", Long.class),
                PetitionStatus.valueOf(rs.getString("status")), rs.getObject("classify_rule_id", Long.class),
                rs.getObject("classify_due", LocalDate.class), rs.getObject("classified_on", LocalDate.class),
                rs.getString("classified_by"), rs.getString("outcome_reason"), archive == null ? null : ArchiveReason.valueOf(archive),
                rs.getObject("transfer_org_id", Long.class), rs.getString("transfer_org_name"), rs.getString("transfer_slip_no"),
                rs.getObject("case_id", Long.class), rs.getObject("duplicate_of_id", Long.class), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"));
    }

    // --- cases

    public long insertCase(MatterCategory category, MatterField field, int instance, Long parentCaseId, RuleVariant variant, String title,
                           long handlingOrgId, String handlingOrgPath, Long unitId, String unitPath, Long leaderId, LocalDate acceptedOn,
                           String searchText, OffsetDateTime now, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO petition_case (category, field, instance_no, parent_case_id, variant, title, handling_org_id, handling_org_path,
                    unit_id, unit_path, responsible_leader_id, status, accepted_on, petition_count, search_text, created_at, created_by)
                VALUES (:category, :field, :instance, :parent, :variant, :title, :org, :orgPath, :unit, :unitPath, :leader, 'ACCEPTED',
                    :accepted, 0, :search, :now, :actor)""")
                .param("category", category.name()).param("field", field.name()).param("instance", instance).param("parent", parentCaseId)
                .param("variant", variant.name()).param("title", title).param("org", handlingOrgId).param("orgPath", handlingOrgPath)
                .param("unit", unitId).param("unitPath", unitPath).param("leader", leaderId).param("accepted", acceptedOn)
                .param("search", searchText).param("now", now).param("actor", actor).update(keys, "id");
        long id = keys.getKey().longValue();
        tally.caseAdded(id);
        return id;
    }

    public Optional<PetitionCase> caseById(long id) {
        return jdbc.sql("SELECT c.* FROM petition_case c WHERE c.id = :id").param("id", id).query(PetitionRepository::petitionCase).optional();
    }

    public Optional<PetitionCase> caseVisible(long id, Visibility v) {
        Map<String, Object> params = new HashMap<>();
        visibility(params, v);
        params.put("id", id);
        return jdbc.sql("SELECT c.* FROM petition_case c WHERE c.id = :id AND " + visible("c.unit_path", "c.handling_org_path"))
                .params(params).query(PetitionRepository::petitionCase).optional();
    }

    public List<PetitionCase> openCases() {
        return jdbc.sql("SELECT c.* FROM petition_case c WHERE c.status IN " + OPEN + " ORDER BY c.id").query(PetitionRepository::petitionCase).list();
    }

    public List<PetitionCase> childCases(long parentId) {
        return jdbc.sql("SELECT c.* FROM petition_case c WHERE c.parent_case_id = :p ORDER BY c.id").param("p", parentId)
                .query(PetitionRepository::petitionCase).list();
    }

    /** Changes status (and what else the action sets) only when the case is still at {@code version}. */
    public boolean updateStatus(long id, int version, CaseStatus status, CaseStatus beforeSuspension) {
        return jdbc.sql("""
                UPDATE petition_case SET status = :status, status_before_suspension = :before, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", status.name()).param("before", beforeSuspension == null ? null : beforeSuspension.name())
                .param("id", id).param("version", version).update() == 1;
    }

    public void updateDue(long id, Long ruleId, LocalDate due, String explanation) {
        tally.caseChange(id, () -> jdbc.sql("UPDATE petition_case SET rule_id = :rule, due_date = :due, due_explanation = :exp WHERE id = :id")
                .param("rule", ruleId).param("due", due).param("exp", explanation).param("id", id).update());
    }

    public void updateVariant(long id, RuleVariant variant) {
        jdbc.sql("UPDATE petition_case SET variant = :v WHERE id = :id").param("v", variant.name()).param("id", id).update();
    }

    public void incrementExtensions(long id) {
        jdbc.sql("UPDATE petition_case SET extensions_used = extensions_used + 1 WHERE id = :id").param("id", id).update();
    }

    public void updatePlan(long id, String plan) {
        jdbc.sql("UPDATE petition_case SET verification_plan = :p WHERE id = :id").param("p", plan).param("id", id).update();
    }

    public void updateLeader(long id, Long leaderId) {
        jdbc.sql("UPDATE petition_case SET responsible_leader_id = :l WHERE id = :id").param("l", leaderId).param("id", id).update();
    }

    public void updateConclusion(long id, Long documentId, String summary, LocalDate on) {
        tally.caseChange(id, () -> jdbc.sql("UPDATE petition_case SET conclusion_document_id = :d, conclusion_summary = :s, concluded_on = :on WHERE id = :id")
                .param("d", documentId).param("s", summary).param("on", on).param("id", id).update());
    }

    public void updateNotified(long id, LocalDate on) {
        jdbc.sql("UPDATE petition_case SET notified_on = :on WHERE id = :id").param("on", on).param("id", id).update();
    }

    public void updateClosed(long id, LocalDate on, Satisfaction satisfaction, String note, String source) {
        tally.caseChange(id, () -> jdbc.sql("""
                UPDATE petition_case SET closed_on = :on, satisfaction = :s, satisfaction_note = :note, satisfaction_source = :src
                WHERE id = :id""")
                .param("on", on).param("s", satisfaction == null ? null : satisfaction.name()).param("note", note)
                .param("src", source).param("id", id).update());
    }

    /** Who gave the recorded satisfaction: HANDLER at closure, or the source of a later answer (e.g. TRACKING). */
    public Optional<String> satisfactionSource(long id) {
        return jdbc.sql("SELECT satisfaction_source FROM petition_case WHERE id = :id AND satisfaction_source IS NOT NULL").param("id", id)
                .query(String.class).optional();
    }

    /**
     * The case, its row locked until the transaction ends: a petition attached meanwhile by another transaction waits,
     * so that each {@link #recountPetitions} sees the petitions committed before it.
     */
    public Optional<PetitionCase> lockCase(long id) {
        return jdbc.sql("SELECT c.* FROM petition_case c WHERE c.id = :id FOR UPDATE").param("id", id).query(PetitionRepository::petitionCase)
                .optional();
    }

    /** Sets the count from the rows rather than adding one, so that it cannot drift from the petitions in the case. */
    public void recountPetitions(long id) {
        jdbc.sql("""
                UPDATE petition_case SET petition_count = (SELECT COUNT(*) FROM petition p WHERE p.case_id = :id
                    AND p.status IN ('ACCEPTED', 'ATTACHED'))
                WHERE id = :id""").param("id", id).update();
    }

    public Paged<PetitionCase> searchCases(Visibility v, CaseSearch s, PageQuery page, LocalDate today, long userId) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE ").append(visible("c.unit_path", "c.handling_org_path"));
        visibility(params, v);
        if (s.status() != null) {
            where.append(" AND c.status = :status");
            params.put("status", s.status().name());
        }
        if (s.category() != null) {
            where.append(" AND c.category = :category");
            params.put("category", s.category().name());
        }
        if (s.field() != null) {
            where.append(" AND c.field = :field");
            params.put("field", s.field().name());
        }
        if (s.unitId() != null) {
            where.append(" AND c.unit_id = :unit");
            params.put("unit", s.unitId());
        }
        if (s.mine()) {
            where.append(" AND (c.responsible_leader_id = :me OR EXISTS (SELECT 1 FROM case_handler h WHERE h.case_id = c.id AND h.user_id = :me))");
            params.put("me", userId);
        }
        if ("overdue".equals(s.due())) {
            where.append(" AND c.status IN ('ACCEPTED', 'VERIFYING') AND c.due_date < :today");
            params.put("today", today);
        } else if ("soon".equals(s.due())) {
            where.append(" AND c.status IN ('ACCEPTED', 'VERIFYING') AND c.due_date BETWEEN :today AND :soon");
            params.put("today", today);
            params.put("soon", today.plusDays(vn.danvan.petition.Cases.DUE_SOON_DAYS));
        }
        TextQuery.appendTo(where, params, "c.search_text", s.text(), "q");
        long total = jdbc.sql("SELECT COUNT(*) FROM petition_case c" + where).params(params).query(Long.class).single();
        String order = switch (page.sort()) {
            case "accepted" -> "c.accepted_on";
            case "status" -> "c.status";
            case "count" -> "c.petition_count";
            case "id" -> "c.id";
            default -> "c.due_date";
        };
        String direction = page.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST";
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<PetitionCase> items = jdbc.sql("SELECT c.* FROM petition_case c" + where + " ORDER BY " + order + direction
                + ", c.id DESC LIMIT :limit OFFSET :offset").params(params).query(PetitionRepository::petitionCase).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    private static PetitionCase petitionCase(ResultSet rs, int n) throws SQLException {
        String before = rs.getString("status_before_suspension");
        String satisfaction = rs.getString("satisfaction");
        return new PetitionCase(rs.getLong("id"), MatterCategory.valueOf(rs.getString("category")), MatterField.valueOf(rs.getString("field")),
                rs.getInt("instance_no"), rs.getObject("parent_case_id", Long.class), RuleVariant.valueOf(rs.getString("variant")),
                rs.getString("title"), rs.getLong("handling_org_id"), rs.getObject("unit_id", Long.class),
                rs.getObject("responsible_leader_id", Long.class), CaseStatus.valueOf(rs.getString("status")),
                before == null ? null : CaseStatus.valueOf(before), rs.getObject("accepted_on", LocalDate.class),
                rs.getObject("rule_id", Long.class), rs.getObject("due_date", LocalDate.class), rs.getString("due_explanation"),
                rs.getInt("extensions_used"), rs.getString("verification_plan"), rs.getObject("conclusion_document_id", Long.class),
                rs.getString("conclusion_summary"), rs.getObject("concluded_on", LocalDate.class), rs.getObject("notified_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class), satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
                rs.getString("satisfaction_note"), rs.getInt("petition_count"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"));
    }

    // --- handlers

    public void insertHandler(long caseId, long userId, OffsetDateTime now, String actor) {
        jdbc.sql("INSERT INTO case_handler (case_id, user_id, assigned_at, assigned_by) VALUES (:c, :u, :now, :actor)")
                .param("c", caseId).param("u", userId).param("now", now).param("actor", actor).update();
    }

    public List<Long> handlers(long caseId) {
        return jdbc.sql("SELECT user_id FROM case_handler WHERE case_id = :c ORDER BY assigned_at, user_id").param("c", caseId)
                .query(Long.class).list();
    }

    // --- append-only logs (insert and read only: no method updates or deletes them)

    public void insertTransition(long caseId, OffsetDateTime at, String actor, CaseAction action, CaseStatus from, CaseStatus to, String reason) {
        jdbc.sql("""
                INSERT INTO case_transition (case_id, happened_at, actor, action, from_status, to_status, reason)
                VALUES (:c, :at, :actor, :action, :from, :to, :reason)""")
                .param("c", caseId).param("at", at).param("actor", actor).param("action", action.name())
                .param("from", from == null ? null : from.name()).param("to", to.name()).param("reason", reason).update();
    }

    public List<CaseHistory.Transition> transitions(long caseId) {
        return jdbc.sql("SELECT * FROM case_transition WHERE case_id = :c ORDER BY happened_at, id").param("c", caseId)
                .query((rs, n) -> new CaseHistory.Transition(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getObject("happened_at", OffsetDateTime.class), rs.getString("actor"), CaseAction.valueOf(rs.getString("action")),
                        rs.getString("from_status") == null ? null : CaseStatus.valueOf(rs.getString("from_status")),
                        CaseStatus.valueOf(rs.getString("to_status")), rs.getString("reason")))
                .list();
    }

    public void insertClockEvent(long caseId, SlaClock.Kind kind, LocalDate on, Integer days, RuleVariant variant, String reason,
                                 OffsetDateTime now, String actor) {
        jdbc.sql("""
                INSERT INTO case_clock_event (case_id, kind, event_on, days, variant, reason, recorded_at, actor)
                VALUES (:c, :kind, :on, :days, :variant, :reason, :now, :actor)""")
                .param("c", caseId).param("kind", kind.name()).param("on", on).param("days", days)
                .param("variant", variant == null ? null : variant.name()).param("reason", reason).param("now", now)
                .param("actor", actor).update();
    }

    public List<CaseHistory.ClockEvent> clockEvents(long caseId) {
        return jdbc.sql("SELECT * FROM case_clock_event WHERE case_id = :c ORDER BY id").param("c", caseId)
                .query(PetitionRepository::clockEvent).list();
    }

    /** The clock events of every open case, by case, each case's in recorded order: one query for a recomputation. */
    public Map<Long, List<CaseHistory.ClockEvent>> clockEventsOfOpenCases() {
        Map<Long, List<CaseHistory.ClockEvent>> byCase = new HashMap<>();
        jdbc.sql("SELECT e.* FROM case_clock_event e JOIN petition_case c ON c.id = e.case_id WHERE c.status IN " + OPEN
                        + " ORDER BY e.case_id, e.id")
                .query(PetitionRepository::clockEvent).list()
                .forEach(e -> byCase.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e));
        return byCase;
    }

    private static CaseHistory.ClockEvent clockEvent(ResultSet rs, int n) throws SQLException {
        return new CaseHistory.ClockEvent(rs.getLong("id"), rs.getLong("case_id"), SlaClock.Kind.valueOf(rs.getString("kind")),
                rs.getObject("event_on", LocalDate.class), rs.getObject("days", Integer.class),
                rs.getString("variant") == null ? null : RuleVariant.valueOf(rs.getString("variant")), rs.getString("reason"),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("actor"));
    }

    public void insertRecord(long caseId, CaseHistory.Record.Kind kind, LocalDate heldOn, String participants, String content,
                             OffsetDateTime now, String actor) {
        jdbc.sql("""
                INSERT INTO case_record (case_id, kind, held_on, participants, content, created_at, created_by)
                VALUES (:c, :kind, :held, :participants, :content, :now, :actor)""")
                .param("c", caseId).param("kind", kind.name()).param("held", heldOn).param("participants", participants)
                .param("content", content).param("now", now).param("actor", actor).update();
    }

    public List<CaseHistory.Record> records(long caseId) {
        return jdbc.sql("SELECT * FROM case_record WHERE case_id = :c ORDER BY held_on, id").param("c", caseId)
                .query((rs, n) -> new CaseHistory.Record(rs.getLong("id"), rs.getLong("case_id"),
                        CaseHistory.Record.Kind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
                        rs.getString("participants"), rs.getString("content"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("created_by")))
                .list();
    }

    public void insertDeadlineChange(Long caseId, Long petitionId, RuleStep step, LocalDate oldDue, LocalDate newDue, String cause,
                                     String detail, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO case_deadline_change (case_id, petition_id, step, old_due, new_due, cause, detail, changed_at)
                VALUES (:c, :p, :step, :old, :new, :cause, :detail, :now)""")
                .param("c", caseId).param("p", petitionId).param("step", step.name()).param("old", oldDue).param("new", newDue)
                .param("cause", cause).param("detail", detail).param("now", now).update();
    }

    public List<CaseHistory.DeadlineChange> deadlineChanges(Long caseId, Long petitionId) {
        return jdbc.sql("SELECT * FROM case_deadline_change WHERE case_id = :c OR petition_id = :p ORDER BY changed_at DESC, id DESC")
                .param("c", caseId == null ? -1L : caseId).param("p", petitionId == null ? -1L : petitionId)
                .query((rs, n) -> new CaseHistory.DeadlineChange(rs.getLong("id"), rs.getObject("case_id", Long.class),
                        rs.getObject("petition_id", Long.class), RuleStep.valueOf(rs.getString("step")),
                        rs.getObject("old_due", LocalDate.class), rs.getObject("new_due", LocalDate.class), rs.getString("cause"),
                        rs.getString("detail"), rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    // --- paths after a change of the administrative map

    /**
     * Gives the petitions of a unit the unit's roll-up path of today. Past the figure totals (one statement for all the
     * unit's records): the caller rebuilds them when a row moved.
     *
     * @return how many petitions moved
     */
    public int movePetitionsOfUnit(long unitId, String unitPath) {
        return jdbc.sql("UPDATE petition SET unit_path = :path WHERE unit_id = :unit AND unit_path <> :path")
                .param("path", unitPath).param("unit", unitId).update();
    }

    /** Like {@link #movePetitionsOfUnit}, for the cases of a unit. */
    public int moveCasesOfUnit(long unitId, String unitPath) {
        return jdbc.sql("UPDATE petition_case SET unit_path = :path WHERE unit_id = :unit AND unit_path <> :path")
                .param("path", unitPath).param("unit", unitId).update();
    }

    // --- report demands

    public long insertReportDemand(long caseId, LocalDate on, String actor, Long orgId, Long ruleId, LocalDate due, String note,
                                   OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO case_report_demand (case_id, demanded_on, demanded_by, demanding_org_id, rule_id, due_date, note, created_at)
                VALUES (:c, :on, :actor, :org, :rule, :due, :note, :now)""")
                .param("c", caseId).param("on", on).param("actor", actor).param("org", orgId).param("rule", ruleId)
                .param("due", due).param("note", note).param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<CaseHistory.ReportDemand> reportDemands(long caseId) {
        return jdbc.sql("SELECT * FROM case_report_demand WHERE case_id = :c ORDER BY id").param("c", caseId)
                .query(PetitionRepository::demand).list();
    }

    public List<CaseHistory.ReportDemand> openReportDemands() {
        return jdbc.sql("SELECT * FROM case_report_demand WHERE reported_on IS NULL ORDER BY id").query(PetitionRepository::demand).list();
    }

    public void updateDemandDue(long id, LocalDate due) {
        jdbc.sql("UPDATE case_report_demand SET due_date = :due WHERE id = :id").param("due", due).param("id", id).update();
    }

    public boolean updateReport(long id, LocalDate on, String text, String actor) {
        return jdbc.sql("""
                UPDATE case_report_demand SET reported_on = :on, report_text = :text, reported_by = :actor
                WHERE id = :id AND reported_on IS NULL""")
                .param("on", on).param("text", text).param("actor", actor).param("id", id).update() == 1;
    }

    private static CaseHistory.ReportDemand demand(ResultSet rs, int n) throws SQLException {
        return new CaseHistory.ReportDemand(rs.getLong("id"), rs.getLong("case_id"), rs.getObject("demanded_on", LocalDate.class),
                rs.getString("demanded_by"), rs.getObject("demanding_org_id", Long.class), rs.getObject("rule_id", Long.class),
                rs.getObject("due_date", LocalDate.class), rs.getString("note"), rs.getObject("reported_on", LocalDate.class),
                rs.getString("report_text"), rs.getString("reported_by"));
    }
}
