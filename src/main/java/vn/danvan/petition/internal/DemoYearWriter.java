package vn.danvan.petition.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.document.DocumentStatus;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.AdministrativeUnit;
import vn.danvan.org.Organization;
import vn.danvan.org.Organizations;
import vn.danvan.org.Scope;
import vn.danvan.org.UnitLevel;
import vn.danvan.org.UnitSearch;
import vn.danvan.org.UserAccount;
import vn.danvan.org.UserAccounts;
import vn.danvan.petition.LegalRules;
import vn.danvan.petition.SlaClock;
import vn.danvan.system.IdentityCipher;
import vn.danvan.system.PageQuery;
import vn.danvan.system.VietnameseText;

/**
 * Stores a {@link DemoYearPlan} for the demo province: exactly the rows the services would write for the same actions
 * (petition and petitioners, the case with its transitions, clock events, records, handlers and report demands, the
 * due dates from the legal clock), but in multi-row inserts, so that a year of a few thousand petitions loads in
 * seconds at first start. The actions are dated on their planned days; like the other demo data, no audit entry is
 * written per generated row. Complaint decisions and denunciation conclusions are registered in the document registry
 * through its service (numbered per issuer and year); a recommendation's or feedback's answer letter is named in the
 * case's conclusion.
 */
@Component
public class DemoYearWriter {

    /** Communes of the demo province, the provincial city's wards first (they bring more matters). */
    static final String[] COMMUNES = {"05443", "05467", "05710", "05518", "05860", "05503", "01843", "01840", "05830", "05908", "05569",
            "05716", "01906", "02020", "02155"};
    static final List<String> REMOTE = List.of("05569", "05716", "01906", "02020", "02155");
    static final String[][] ORGANIZATIONS = {{"TN-BTCD", "BTCD"}, {"TN-UBND", "UBND"}, {"TN-TTR", "TTr"}, {"TN-SNNMT", "SNNMT"},
            {"TN-SNV", "SNV"}, {"TN-MTTQ", "MTTQ"}};
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final JdbcClient jdbc;
    private final LegalRules rules;
    private final WorkingCalendar calendar;
    private final Organizations organizations;
    private final AdministrativeMap map;
    private final UserAccounts users;
    private final DocumentRegistry documents;
    private final IdentityCipher cipher;
    private final FigureTally tally;

    DemoYearWriter(JdbcClient jdbc, LegalRules rules, WorkingCalendar calendar, Organizations organizations, AdministrativeMap map,
                   UserAccounts users, DocumentRegistry documents, IdentityCipher cipher, FigureTally tally) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.rules = rules;
        this.calendar = calendar;
        this.organizations = organizations;
        this.map = map;
        this.users = users;
        this.documents = documents;
        this.cipher = cipher;
    }

    /** What was stored. */
    public record Written(int petitions, int cases) {
    }

    /** The demo province as the plan needs it; empty when the demo organizations or accounts are missing. */
    public Optional<DemoYearPlan.Setting> setting(LocalDate today) {
        Optional<AdministrativeUnit> province = map.findCurrentByCode("19");
        Optional<UserAccount> handler = users.findByUsername("tiepdan");
        Optional<UserAccount> leader = users.findByUsername("lanhdao");
        Map<String, DemoYearPlan.Org> orgs = new LinkedHashMap<>();
        for (String[] code : ORGANIZATIONS) {
            organizations.findByCode(code[0]).filter(Organization::isCurrent).ifPresent(o -> orgs.put(code[0], org(o, code[1])));
        }
        if (province.isEmpty() || handler.isEmpty() || leader.isEmpty() || !orgs.containsKey("TN-BTCD") || !orgs.containsKey("TN-UBND")) {
            return Optional.empty();
        }
        List<DemoYearPlan.Place> communes = new ArrayList<>();
        for (String code : COMMUNES) {
            Optional<AdministrativeUnit> unit = map.findCurrentByCode(code);
            DemoYearPlan.Org committee = organizations.findByCode("UBX-" + code).filter(Organization::isCurrent).map(o -> org(o, "UBND"))
                    .orElse(null);
            unit.ifPresent(u -> communes.add(place(u, REMOTE.contains(code), committee)));
        }
        if (communes.isEmpty()) {
            return Optional.empty();
        }
        // a matter recorded under a former commune rolls up into today's (Xã Thịnh Đức → Xã Tân Cương)
        DemoYearPlan.Place formerOf = communes.stream().filter(p -> p.code().equals("05503")).findFirst().orElse(null);
        DemoYearPlan.Place former = formerOf == null ? null : map.search(Scope.all(), new UnitSearch("05497", UnitLevel.COMMUNE, null, true),
                        PageQuery.of(0, 10, null, null)).items().stream().filter(u -> u.code().equals("05497") && !u.isCurrent())
                .findFirst().map(u -> place(u, false, null)).orElse(null);
        AdministrativeUnit p = province.get();
        DemoYearPlan.Place provincePlace = new DemoYearPlan.Place(p.id(), p.code(), p.name(), p.rollupPath(), false, orgs.get("TN-UBND"));
        return Optional.of(new DemoYearPlan.Setting(today, provincePlace, communes, former, formerOf, orgs,
                map.citizenIdProvinceCodes(), handler.get().id(), handler.get().fullName(),
                leader.get().id(), leader.get().fullName()));
    }

    private static DemoYearPlan.Org org(Organization o, String symbol) {
        return new DemoYearPlan.Org(o.id(), o.code(), o.name(), o.path(), o.unitId(), symbol);
    }

    private static DemoYearPlan.Place place(AdministrativeUnit unit, boolean remote, DemoYearPlan.Org committee) {
        return new DemoYearPlan.Place(unit.id(), unit.code(), unit.name(), unit.rollupPath(), remote, committee);
    }

    /** The plan of {@code count} petitions for the seed, on the calendar and rule table in force. */
    public Optional<DemoYearPlan> plan(LocalDate today, int count, long seed) {
        return setting(today).map(s -> DemoYearPlan.build(s, calendar.rules(), rules.all(), count, seed));
    }

    /** Stores the plan in the caller's transaction. */
    public Written write(DemoYearPlan plan) {
        Map<Integer, Long> documentIds = registerDecisions(plan);
        Map<Integer, Long> caseIds = insertCases(plan, documentIds);
        Map<Integer, Long> petitionIds = insertPetitions(plan, caseIds);
        insertPetitioners(plan, petitionIds);
        insertCaseLogs(plan, caseIds);
        // the transfer slip's number is the service's: "PCĐ-" + year of the classification + "-" + the petition's id
        jdbc.sql("""
                UPDATE petition SET transfer_slip_no = CONCAT('PCĐ-', CAST(EXTRACT(YEAR FROM classified_on) AS INTEGER), '-', id)
                WHERE status = 'TRANSFERRED' AND transfer_slip_no IS NULL""").update();
        // the rows above were written in bulk, past the repository: the figure totals are summed from the records
        tally.rebuild();
        return new Written(plan.petitions().size(), plan.cases().size());
    }

    private Map<Integer, Long> registerDecisions(DemoYearPlan plan) {
        Map<Integer, Long> ids = new HashMap<>();
        for (DemoYearPlan.PlannedCase c : plan.cases()) {
            DemoYearPlan.Decision d = c.decision();
            if (d != null) {
                ids.put(c.index(), documents.register(new DocumentRegistry.NewDocument(d.numberSymbol(), null, null, null, null, d.issuer().id(),
                        null, d.issuedOn(), d.title(), DocumentStatus.IN_FORCE, List.of("đơn thư"))));
            }
        }
        return ids;
    }

    private Map<Integer, Long> insertCases(DemoYearPlan plan, Map<Integer, Long> documentIds) {
        Map<Integer, Long> ids = new HashMap<>();
        for (boolean second : new boolean[] {false, true}) {
            BatchInsert rows = new BatchInsert(jdbc, "petition_case", "category", "field", "instance_no", "parent_case_id", "variant", "title",
                    "handling_org_id", "handling_org_path", "unit_id", "unit_path", "responsible_leader_id", "status",
                    "status_before_suspension", "accepted_on", "rule_id", "due_date", "due_explanation", "extensions_used", "verification_plan",
                    "conclusion_document_id", "conclusion_summary", "concluded_on", "notified_on", "closed_on", "satisfaction",
                    "satisfaction_note", "satisfaction_source", "petition_count", "search_text", "version", "created_at", "created_by");
            List<DemoYearPlan.PlannedCase> part = plan.cases().stream().filter(c -> (c.parent() != null) == second).toList();
            for (DemoYearPlan.PlannedCase c : part) {
                SlaClock.Result clock = c.clock();
                rows.add(c.category().name(), c.field().name(), c.instance(), c.parent() == null ? null : ids.get(c.parent().index()),
                        c.variant().name(), c.title(), c.handling().id(), c.handling().path(), c.place().unitId(), c.place().path(),
                        c.leaderId(), c.status().name(), c.statusBeforeSuspension() == null ? null : c.statusBeforeSuspension().name(),
                        c.acceptedOn(), c.rule().id(), clock.due(), String.join("\n", clock.explanation()), c.extensionsUsed(),
                        c.verificationPlan(), documentIds.get(c.index()), c.conclusionSummary(), c.concludedOn(), c.notifiedOn(), c.closedOn(),
                        c.satisfaction() == null ? null : c.satisfaction().name(), c.satisfactionNote(), c.satisfaction() == null ? null : "HANDLER",
                        c.petitionCount(), searchText(c.title()), c.version(), at(c.steps().get(0)), c.actor());
            }
            List<Long> generated = rows.insertReturningIds();
            for (int i = 0; i < part.size(); i++) {
                ids.put(part.get(i).index(), generated.get(i));
            }
        }
        return ids;
    }

    private Map<Integer, Long> insertPetitions(DemoYearPlan plan, Map<Integer, Long> caseIds) {
        Map<Integer, Long> ids = new HashMap<>();
        for (boolean repeated : new boolean[] {false, true}) {
            BatchInsert rows = new BatchInsert(jdbc, "petition", "tracking_code", "channel", "source_agency", "category", "field", "received_on",
                    "receiving_org_id", "receiving_org_path", "unit_id", "unit_path", "respondent", "respondent_key", "content", "crowd",
                    "petitioner_count", "named", "protected_identity", "status", "classify_rule_id", "classify_due", "classified_on",
                    "classified_by", "outcome_reason", "archive_reason", "transfer_org_id", "transfer_org_name", "case_id", "duplicate_of_id",
                    "search_text", "version", "created_at", "created_by");
            List<DemoYearPlan.PlannedPetition> part = plan.petitions().stream().filter(p -> (p.duplicateOf() != null) == repeated).toList();
            for (DemoYearPlan.PlannedPetition p : part) {
                List<String> names = p.protectedIdentity() ? List.of()
                        : p.petitioners().stream().map(DemoYearPlan.Person::fullName).filter(java.util.Objects::nonNull).toList();
                rows.add(p.trackingCode(), p.channel().name(), p.sourceAgency(), p.category().name(), p.field().name(), p.receivedOn(),
                        p.receiving().id(), p.receiving().path(), p.place().unitId(), p.place().path(), p.respondent(),
                        p.respondent() == null ? null : VietnameseText.fold(p.respondent()), p.content(), p.crowd(), p.petitionerCount(),
                        p.named(), p.protectedIdentity(), p.status().name(), p.classifyRule().id(), p.classifyDue(), p.classifiedOn(), p.actor(),
                        p.outcomeReason(), p.archiveReason() == null ? null : p.archiveReason().name(),
                        p.transferOrg() == null ? null : p.transferOrg().id(), p.transferName(),
                        p.plannedCase() == null ? null : caseIds.get(p.plannedCase().index()),
                        p.duplicateOf() == null ? null : ids.get(p.duplicateOf().index()),
                        searchText(p.trackingCode(), p.respondent(), String.join(" ", names), p.content()), p.classifiedOn() == null ? 0 : 1,
                        p.receivedOn().atTime(p.minute() / 60, p.minute() % 60).atOffset(VIETNAM),
                        receivedBy(p.receiving()));
            }
            List<Long> generated = rows.insertReturningIds();
            for (int i = 0; i < part.size(); i++) {
                ids.put(part.get(i).index(), generated.get(i));
            }
        }
        return ids;
    }

    /** A denunciation's petitioners only encrypted, with the blind indexes (Luật Tố cáo 2018, Art. 47–48). */
    private void insertPetitioners(DemoYearPlan plan, Map<Integer, Long> petitionIds) {
        BatchInsert rows = new BatchInsert(jdbc, "petitioner", "petition_id", "ordinal", "full_name", "address", "id_number", "phone",
                "representative", "full_name_enc", "address_enc", "id_number_enc", "phone_enc", "name_index", "id_index");
        for (DemoYearPlan.PlannedPetition p : plan.petitions()) {
            long id = petitionIds.get(p.index());
            int ordinal = 0;
            for (DemoYearPlan.Person person : p.petitioners()) {
                ordinal++;
                String nameIndex = person.fullName() == null ? null : cipher.blindIndex(VietnameseText.fold(person.fullName()));
                String idIndex = person.idNumber() == null ? null : cipher.blindIndex(person.idNumber());
                if (p.protectedIdentity()) {
                    rows.add(id, ordinal, null, null, null, null, person.representative(), cipher.encrypt(person.fullName()),
                            cipher.encrypt(person.address()), cipher.encrypt(person.idNumber()), cipher.encrypt(person.phone()), nameIndex, idIndex);
                } else {
                    rows.add(id, ordinal, person.fullName(), person.address(), person.idNumber(), person.phone(), person.representative(),
                            null, null, null, null, nameIndex, idIndex);
                }
            }
        }
        rows.insert();
    }

    private void insertCaseLogs(DemoYearPlan plan, Map<Integer, Long> caseIds) {
        BatchInsert handlers = new BatchInsert(jdbc, "case_handler", "case_id", "user_id", "assigned_at", "assigned_by");
        BatchInsert transitions = new BatchInsert(jdbc, "case_transition", "case_id", "happened_at", "actor", "action", "from_status",
                "to_status", "reason");
        BatchInsert clock = new BatchInsert(jdbc, "case_clock_event", "case_id", "kind", "event_on", "days", "variant", "reason",
                "recorded_at", "actor");
        BatchInsert records = new BatchInsert(jdbc, "case_record", "case_id", "kind", "held_on", "participants", "content", "created_at",
                "created_by");
        BatchInsert demands = new BatchInsert(jdbc, "case_report_demand", "case_id", "demanded_on", "demanded_by", "demanding_org_id",
                "rule_id", "due_date", "note", "reported_on", "report_text", "reported_by", "created_at");
        Long leaderOrganization = users.findByUsername("lanhdao").map(UserAccount::organizationId).orElse(null);
        for (DemoYearPlan.PlannedCase c : plan.cases()) {
            long id = caseIds.get(c.index());
            OffsetDateTime assigned = c.steps().stream().filter(s -> s.action() == vn.danvan.petition.CaseAction.ASSIGN).findFirst()
                    .map(DemoYearWriter::at).orElse(at(c.steps().get(0)));
            for (Long handler : c.handlerIds()) {
                handlers.add(id, handler, assigned, c.actor());
            }
            for (DemoYearPlan.Step s : c.steps()) {
                String reason = s.childCase() == 0 ? s.reason() : s.reason().replace(DemoYearPlan.Step.CHILD, String.valueOf(caseIds.get(s.childCase())));
                transitions.add(id, at(s), s.actor(), s.action().name(), s.from() == null ? null : s.from().name(), s.to().name(), reason);
            }
            for (DemoYearPlan.ClockMark m : c.clockMarks()) {
                clock.add(id, m.kind().name(), m.on(), m.days(), m.variant() == null ? null : m.variant().name(), m.reason(),
                        recordedAt(c, m.on()), m.actor());
            }
            for (DemoYearPlan.RecordMark r : c.records()) {
                records.add(id, r.kind(), r.heldOn(), r.participants(), r.content(), recordedAt(c, r.heldOn()), r.actor());
            }
            for (DemoYearPlan.Demand d : c.demands()) {
                demands.add(id, d.demandedOn(), "lanhdao", leaderOrganization, d.rule().id(), d.due(), d.note(), d.reportedOn(), d.reportText(),
                        d.reportedBy(), d.demandedOn().atTime(14, 0).atOffset(VIETNAM));
            }
        }
        handlers.insert();
        transitions.insert();
        clock.insert();
        records.insert();
        demands.insert();
    }

    /** The province's citizen reception board's handler for the provincial bodies; "demo" for the others (no accounts). */
    private static String receivedBy(DemoYearPlan.Org org) {
        return org.code().equals("TN-BTCD") || org.code().equals("TN-UBND") || org.code().equals("TN-TTR") ? "tiepdan" : "demo";
    }

    /** The time of the case's first transition on that day: the clock event or record was written by that action. */
    private static OffsetDateTime recordedAt(DemoYearPlan.PlannedCase c, LocalDate on) {
        return c.steps().stream().filter(s -> s.on().equals(on)).findFirst().map(DemoYearWriter::at)
                .orElse(on.atTime(8, 0).atOffset(VIETNAM));
    }

    private static OffsetDateTime at(DemoYearPlan.Step step) {
        return step.on().atTime(step.minute() / 60, step.minute() % 60).atOffset(VIETNAM);
    }

    /** As the services compute it ({@code Cases.searchText}). */
    static String searchText(String... parts) {
        String text = VietnameseText.searchText(parts);
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }
}
