package vn.danvan.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.org.AdministrativeMap;
import vn.danvan.org.OrganizationKind;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.UserAccounts;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;
import vn.danvan.system.VietnameseFormat;

/**
 * A task of a body that was dissolved or merged afterwards stays in the lists, counts, scorecard and timeline of
 * whoever may see that body by scope (decision 0004: records keep their former bodies), and only theirs.
 */
class ProgramScopeIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Organizations organizations;
    @Autowired
    AdministrativeMap map;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private WebSession signedIn(String user) {
        WebSession session = session();
        session.login(user, "demo");
        session.get("/tasks/mine");
        return session;
    }

    private long org(String code) {
        return organizations.findByCode(code).orElseThrow().id();
    }

    private static JsonNode json(WebSession.Response response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void aDissolvedBodysTaskStaysInTheListsAndCountsOfTheCommuneThatSeesItAndOfNoOtherCommune() throws Exception {
        int year = LocalDate.now(VietnameseFormat.ZONE).getYear();
        String tag = Long.toString(System.nanoTime(), 36);
        String name = "Tổ dân vận xã Tân Cương " + tag;
        // a body under the commune's People's Committee (the commune officer's organization tree)
        long body = organizations.create(new Organizations.NewOrganization("TDV-" + tag, name, null, OrganizationKind.OFFICE,
                map.findCurrentByCode("05503").orElseThrow().id(), org("UBX-05503"), null, null));
        String otherCommune = "xa" + tag;
        accounts.createSystemAccount(otherCommune, "Nguyễn Văn Xã Khác", Role.UNIT_OFFICER, org("UBX-05443"), "demo", "Công chức");

        WebSession bdv = signedIn("bdv");
        WebSession.Response plan = bdv.postJson("/api/v1/plans", """
                {"issuingOrganizationId": %d, "year": %d, "title": "Kế hoạch tổ dân vận %s", "kind": "THEMATIC"}"""
                .formatted(org("TN-BTGDV"), year, tag));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        long planId = json(plan).path("plan").path("id").asLong();
        String title = "Vận động hiến đất làm đường " + tag;
        WebSession.Response created = bdv.postJson("/api/v1/plans/" + planId + "/tasks", """
                {"title": "%s", "leadOrganizationId": %d, "deadlineKind": "YEAR"}""".formatted(title, body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long task = json(created).path("id").asLong();
        WebSession.Response progress = bdv.postJson("/api/v1/tasks/" + task + "/progress",
                "{\"reportedOn\": \"" + LocalDate.now(VietnameseFormat.ZONE) + "\", \"percent\": 40}");
        assertThat(progress.status()).as(progress.body()).isIn(200, 201);

        LocalDate dissolved = LocalDate.now(VietnameseFormat.ZONE).minusDays(1);
        jdbc.sql("UPDATE organization SET valid_to = :day WHERE id = :id").param("day", dissolved).param("id", body).update();
        assertThat(organizations.find(body).orElseThrow().isCurrent()).isFalse();

        WebSession xa = signedIn("xa");
        assertThat(xa.get("/tasks/" + task).status()).isEqualTo(200);
        assertThat(json(xa.getJson("/api/v1/tasks/" + task)).path("history")).hasSize(1);
        assertThat(json(xa.getJson("/api/v1/plans/" + planId + "/tasks"))).extracting(n -> n.path("id").asLong()).containsExactly(task);
        JsonNode counts = json(xa.getJson("/api/v1/plans/" + planId + "/counts")).path("all");
        assertThat(counts.path("total").asLong()).isEqualTo(1);
        assertThat(counts.path("inProgress").asLong()).isEqualTo(1);
        JsonNode scorecard = json(xa.getJson("/api/v1/plans/" + planId + "/scorecard"));
        assertThat(scorecard.path("organizations")).extracting(n -> n.path("organizationId").asLong()).containsExactly(body);
        assertThat(scorecard.path("total").path("tasks").asLong()).isEqualTo(1);
        assertThat(json(xa.getJson("/api/v1/plans/" + planId + "/timeline")).path("months").toString()).contains(title);
        WebSession.Response page = xa.get("/plans/" + planId);
        assertThat(page.text("#task-table")).contains(title);
        // the filter offers the former body, marked with its end
        assertThat(page.html().select("select[name=organization] option[value=" + body + "]").text())
                .isEqualTo(name + " (đến " + VietnameseFormat.date(dissolved) + ")");
        assertThat(xa.get("/plans/" + planId + "?organization=" + body).text("#task-table")).contains(title);
        assertThat(xa.get("/plans/" + planId + "/timeline").body()).contains(title);
        assertThat(xa.get("/plans/" + planId + "/scorecard").body()).contains(name);
        assertThat(xa.get("/plans/" + planId + "/export.xlsx").status()).isEqualTo(200);

        // another commune's officer gains nothing: 404 by id, nothing listed or counted
        WebSession other = signedIn(otherCommune);
        assertThat(other.get("/tasks/" + task).status()).isEqualTo(404);
        assertThat(other.getJson("/api/v1/tasks/" + task).status()).isEqualTo(404);
        assertThat(json(other.getJson("/api/v1/plans/" + planId + "/tasks"))).isEmpty();
        assertThat(json(other.getJson("/api/v1/plans/" + planId + "/counts")).path("all").path("total").asLong()).isZero();
        assertThat(json(other.getJson("/api/v1/plans/" + planId + "/scorecard")).path("organizations")).isEmpty();
        assertThat(other.get("/plans/" + planId).html().select("select[name=organization] option[value=" + body + "]")).isEmpty();

        // a dissolved body is given no new task
        WebSession.Response refused = bdv.postJson("/api/v1/plans/" + planId + "/tasks", """
                {"title": "Nhiệm vụ mới %s", "leadOrganizationId": %d, "deadlineKind": "YEAR"}""".formatted(tag, body));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("hết hoạt động");
        assertThat(json(bdv.getJson("/api/v1/plans/" + planId + "/tasks"))).hasSize(1);
    }
}
