package vn.danvan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.org.Organizations;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/** What administrators do is in the audit log, with who, when and from where. */
class AuditLogIT extends IntegrationTest {

    @Autowired
    Organizations organizations;

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
