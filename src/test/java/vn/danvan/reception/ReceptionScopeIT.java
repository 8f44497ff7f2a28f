package vn.danvan.reception;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.OrganizationKind;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.Scope;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;
import vn.danvan.system.RuleViolation;

/** Scope (decision 0005): a commune's officer reads their commune's reception only; another commune's visit is 404. */
class ReceptionScopeIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Organizations organizations;
    @Autowired
    AdministrativeMap map;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Receptions receptions;

    private WebSession signedIn(String user) {
        WebSession session = session();
        session.login(user, "demo");
        session.get("/reception");
        return session;
    }

    private long visit(WebSession session, String organizationCode, String communeCode, String content) throws Exception {
        WebSession.Response created = session.postJson("/api/v1/reception/visits", """
                {"receivedOn": "2026-11-10", "receivingOrganizationId": %d, "unitId": %d, "category": "FEEDBACK", "field": "ENVIRONMENT",
                 "content": "%s", "outcome": "ANSWERED_DIRECTLY",
                 "citizens": [{"fullName": "Bùi Văn Xóm", "idNumber": "019078004321"}]}"""
                .formatted(organizations.findByCode(organizationCode).orElseThrow().id(), map.findCurrentByCode(communeCode).orElseThrow().id(),
                        content));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("id").asLong();
    }

    /**
     * A body that is dissolved (valid_to set) keeps what it received: its visits and sessions stay in the lists and the
     * filters of whoever may see it — here through the organization tree (the commune officer, the body sat under the
     * commune's People's Committee) and through the unit (the provincial reception office) — and stay hidden from others.
     */
    @Test
    void theVisitsAndSessionsOfADissolvedBodyStayListedWithinTheScope() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        long body = organizations.create(new Organizations.NewOrganization("TCD-" + tag, "Tổ tiếp công dân xã Tân Cương " + tag, null,
                OrganizationKind.OFFICE, map.findCurrentByCode("05503").orElseThrow().id(), organizations.findByCode("UBX-05503").orElseThrow().id(),
                null, null));
        WebSession xa = signedIn("xa");
        long visit = visit(xa, "TCD-" + tag, "05503", "Phản ánh đường làng " + tag);
        WebSession.Response session = xa.postJson("/api/v1/reception/sessions", """
                {"kind": "REGULAR_DESK", "organizationId": %d, "plannedOn": "2026-11-10", "held": true, "heldOn": "2026-11-10",
                 "place": "Nhà văn hóa %s"}""".formatted(body, tag));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        long sessionId = JSON.readTree(session.body()).path("id").asLong();

        jdbc.sql("UPDATE organization SET valid_to = :day WHERE id = :id").param("day", LocalDate.of(2026, 11, 15)).param("id", body).update();
        assertThat(organizations.find(body).orElseThrow().isCurrent()).isFalse();

        for (String user : new String[] {"xa", "tiepdan"}) {
            WebSession reader = signedIn(user);
            assertThat(reader.get("/reception/visits/" + visit).status()).as(user).isEqualTo(200);
            assertThat(reader.get("/reception/visits?q=" + tag).text("#visit-table")).as(user).contains("đường làng " + tag);
            JsonNode filtered = JSON.readTree(reader.getJson("/api/v1/reception/visits?organizationId=" + body).body());
            assertThat(filtered.path("total").asLong()).as(user).isEqualTo(1);
            assertThat(filtered.path("items").get(0).path("id").asLong()).isEqualTo(visit);
            JsonNode sessions = JSON.readTree(reader.getJson("/api/v1/reception/sessions?organizationId=" + body).body());
            assertThat(sessions.path("items")).extracting(n -> n.path("id").asLong()).as(user).containsExactly(sessionId);
            // the filter offers the former body, marked with its end
            assertThat(reader.get("/reception/visits").html().select("select[name=organization] option[value=" + body + "]").text())
                    .isEqualTo("Tổ tiếp công dân xã Tân Cương " + tag + " (đến 15/11/2026)");
        }
        // nobody else gains it
        WebSession mttq = signedIn("mttq");
        assertThat(mttq.getJson("/api/v1/reception/visits/" + visit).status()).isEqualTo(404);
        assertThat(JSON.readTree(mttq.getJson("/api/v1/reception/visits?q=" + tag).body()).path("total").asLong()).isZero();
        assertThat(JSON.readTree(mttq.getJson("/api/v1/reception/sessions?organizationId=" + body).body()).path("total").asLong()).isZero();
        // a dissolved body receives nothing new
        WebSession.Response refused = xa.postJson("/api/v1/reception/visits", """
                {"receivedOn": "2026-11-16", "receivingOrganizationId": %d, "category": "FEEDBACK", "field": "OTHER",
                 "content": "x", "outcome": "GUIDED", "citizens": [{"fullName": "A", "idNumber": "019085001234"}]}""".formatted(body));
        assertThat(refused.status()).isEqualTo(400);
    }

    private static Receptions.NewSession session(Long organization, LocalDate day, String place) {
        return new Receptions.NewSession(SessionKind.REGULAR_DESK, organization, day, true, day, place, null, null, null, null, null,
                null, List.of());
    }

    /**
     * The record of a session a body held stays correctable after the body is dissolved (its facts: place, officials,
     * note), but only within the body's lifetime; a new session needs a body in force.
     */
    @Test
    void aSessionOfADissolvedBodyCanBeCorrectedButTheBodyHoldsNoNewSession() {
        String tag = Long.toString(System.nanoTime(), 36);
        long commune = organizations.findByCode("UBX-05503").orElseThrow().id();
        long body = organizations.create(new Organizations.NewOrganization("TCDS-" + tag, "Tổ tiếp công dân thôn " + tag, null,
                OrganizationKind.OFFICE, map.findCurrentByCode("05503").orElseThrow().id(), commune, null, null));
        Scope officer = organizations.scopeFor(Role.UNIT_OFFICER, commune);
        LocalDate today = receptions.today();
        long id = receptions.createSession(session(body, today.minusDays(10), "Nhà văn hóa thôn " + tag), officer);
        LocalDate dissolved = today.minusDays(5);
        jdbc.sql("UPDATE organization SET valid_to = :day WHERE id = :id").param("day", dissolved).param("id", body).update();

        ReceptionSession before = receptions.session(id, officer);
        receptions.updateSession(id, before.version(), session(body, today.minusDays(10), "Hội trường thôn " + tag), officer);
        assertThat(receptions.session(id, officer).place()).isEqualTo("Hội trường thôn " + tag);
        // the organization may also be left out of the correction: it cannot change anyway
        receptions.updateSession(id, before.version() + 1, session(null, today.minusDays(9), "Hội trường thôn " + tag), officer);
        assertThat(receptions.session(id, officer).heldOn()).isEqualTo(today.minusDays(9));

        int version = receptions.session(id, officer).version();
        assertThatThrownBy(() -> receptions.updateSession(id, version, session(body, today.minusDays(2), "x"), officer))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("reception.session.afterDissolution"));
        assertThat(receptions.session(id, officer).heldOn()).isEqualTo(today.minusDays(9));
        assertThatThrownBy(() -> receptions.createSession(session(body, today.minusDays(8), "y"), officer))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("reception.organization.notInForce"));
    }

    @Test
    void aCommuneOfficerCannotReadAnotherCommunesVisitByIdInTheUiOrTheApi() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        WebSession xa = signedIn("xa");
        long own = visit(xa, "UBX-05503", "05503", "Phản ánh nước thải " + tag);
        long other = visit(signedIn("admin"), "UBX-05443", "05443", "Phản ánh bụi " + tag);

        assertThat(xa.get("/reception/visits/" + own).status()).isEqualTo(200);
        assertThat(xa.get("/reception/visits/" + other).status()).isEqualTo(404);
        assertThat(xa.getJson("/api/v1/reception/visits/" + other).status()).isEqualTo(404);
        assertThat(xa.get("/reception/visits?q=" + tag).text("#visit-table")).contains("nước thải").doesNotContain("bụi");
        // recording for another commune's People's Committee is refused
        WebSession.Response refused = xa.postJson("/api/v1/reception/visits", """
                {"receivedOn": "2026-11-10", "receivingOrganizationId": %d, "category": "FEEDBACK", "field": "OTHER",
                 "content": "x", "outcome": "GUIDED", "citizens": [{"fullName": "A"}]}"""
                .formatted(organizations.findByCode("UBX-05443").orElseThrow().id()));
        assertThat(refused.status()).isEqualTo(400);

        // the provincial reception office sees the whole province
        WebSession tiepdan = signedIn("tiepdan");
        assertThat(tiepdan.get("/reception/visits/" + other).status()).isEqualTo(200);
        assertThat(tiepdan.get("/reception/visits/" + own).status()).isEqualTo(200);
        // a Fatherland Front officer of the province reads nothing of the communes' reception
        assertThat(signedIn("mttq").getJson("/api/v1/reception/visits/" + own).status()).isEqualTo(404);
    }
}
