package vn.danvan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.org.Organizations;
import vn.danvan.org.Role;
import vn.danvan.org.UserAccounts;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;
import vn.danvan.system.RuleViolation;

/** What administrators do is in the audit log, with who, when and from where. */
class AuditLogIT extends IntegrationTest {

    @Autowired
    Organizations organizations;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    private long recordedAs(String actor, String summary) {
        return jdbc.sql("INSERT INTO audit_event (occurred_at, actor, action, entity_type, summary) VALUES (:at, :actor, 'TEST', 'test', :summary)")
                .param("at", OffsetDateTime.now()).param("actor", actor).param("summary", summary).update();
    }

    private String actorOf(String summary) {
        return jdbc.sql("SELECT actor FROM audit_event WHERE summary = :summary").param("summary", summary).query(String.class).single();
    }

    /**
     * The application's own actions are recorded under a name no account can take, so that a person cannot be taken
     * for a scheduled job in the log (nor a job for a person); the log's actor filter finds it whatever the case typed.
     */
    @Test
    void theApplicationsOwnActionsCarryANameThatNoAccountCanHave() {
        long organization = organizations.findByCode("TN-SNV").orElseThrow().id();
        assertThatThrownBy(() -> accounts.create(new UserAccounts.UserDetailsForm(AuditTrail.SYSTEM_ACTOR, "Ai Đó", null, null, null,
                Role.VIEWER, organization), "mat-khau-ban-dau", true))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("user.username.invalid"));
        assertThat(AuditTrail.SYSTEM_ACTOR).isEqualTo(AuditTrail.SYSTEM_ACTOR.toLowerCase());

        String summary = "tác vụ định kỳ " + System.nanoTime();
        audit.record("TEST", "test", null, summary);
        assertThat(actorOf(summary)).isEqualTo(AuditTrail.SYSTEM_ACTOR);
        WebSession admin = session();
        admin.login("admin", "demo");
        assertThat(admin.get("/admin/audit?actor=" + URLEncoder.encode("  Hệ thống (TỰ ĐỘNG) ", StandardCharsets.UTF_8)).text("#audit-table"))
                .contains(summary);
    }

    /**
     * V65 renames the rows recorded as "system" before, so that the filter finds them under the new name; but not when
     * an account named "system" exists, whose actions could not be told from the application's.
     */
    @Test
    void theRowsRecordedAsSystemBeforeAreRenamedUnlessAnAccountHasThatName() throws Exception {
        String migration = new ClassPathResource("db/migration/audit/V65__audit_system_actor.sql").getContentAsString(StandardCharsets.UTF_8);
        String before = "ghi trước V65 " + System.nanoTime();
        recordedAs("system", before);
        jdbc.sql(migration).update();
        assertThat(actorOf(before)).isEqualTo(AuditTrail.SYSTEM_ACTOR);
        WebSession admin = session();
        admin.login("admin", "demo");
        assertThat(admin.get("/admin/audit?action=TEST&actor=" + URLEncoder.encode(AuditTrail.SYSTEM_ACTOR, StandardCharsets.UTF_8))
                .text("#audit-table")).contains(before);

        if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'system'").query(Long.class).single() == 0) {
            accounts.createSystemAccount("system", "Tài khoản tên system", Role.VIEWER,
                    organizations.findByCode("TN-SNV").orElseThrow().id(), "demo", null);
        }
        String ambiguous = "ghi bởi system " + System.nanoTime();
        recordedAs("system", ambiguous);
        jdbc.sql(migration).update();
        assertThat(actorOf(ambiguous)).isEqualTo("system");
    }

    @Test
    void creatingAUserAppearsInTheAuditLog() {
        WebSession admin = session();
        admin.login("admin", "demo");
        String username = "nhatky" + System.nanoTime() % 1_000_000;
        admin.get("/admin/users/new");
        WebSession.Response created = admin.postForm("/admin/users", Map.of("username", username, "fullName", "Người Được Ghi",
                "role", "VIEWER", "organizationId", String.valueOf(organizations.findByCode("TN-SNV").orElseThrow().id()),
                "password", "mat-khau-ban-dau"));
        assertThat(created.status()).isEqualTo(302);
        String userId = created.location().substring(created.location().lastIndexOf('/') + 1);

        WebSession.Response log = admin.get("/admin/audit?entityType=user&action=USER_CREATED");
        assertThat(log.status()).isEqualTo(200);
        var row = log.html().select("#audit-table tbody tr").stream().filter(tr -> tr.text().contains(username)).findFirst();
        assertThat(row).isPresent();
        assertThat(row.get().text()).contains("admin", "Tạo người dùng", "Người dùng", "#" + userId);
        assertThat(row.get().selectFirst("td").text()).matches("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}");
        assertThat(row.get().selectFirst("a[href$=/admin/users/" + userId + "]")).isNotNull();

        WebSession.Response ofOneUser = admin.get("/admin/audit?entityType=user&entityId=" + userId);
        assertThat(ofOneUser.html().select("#audit-table tbody tr")).hasSize(1);
        assertThat(admin.get("/admin/audit?actor=khong-ai-ca").text("#audit-empty")).isEqualTo("Không có thao tác nào phù hợp.");
        assertThat(admin.get("/admin/audit?actor=admin&action=USER_CREATED").body()).contains(username);

        WebSession.Response export = admin.get("/admin/audit/export.xlsx?entityType=user&entityId=" + userId);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void onlyAdministratorsReadTheAuditLog() {
        WebSession leader = session();
        leader.login("lanhdao", "demo");
        assertThat(leader.get("/admin/audit").status()).isEqualTo(403);
        assertThat(leader.get("/admin/audit/export.xlsx").status()).isEqualTo(403);
    }
}
