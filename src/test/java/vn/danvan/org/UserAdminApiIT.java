package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/** Scripts manage accounts over the REST API with HTTP Basic; broken rules come back as Vietnamese problem details. */
class UserAdminApiIT extends IntegrationTest {

    @Autowired
    UserAccounts users;

    @Autowired
    Organizations organizations;

    private WebSession adminScript() {
        return session().withBasicAuth("admin", "demo");
    }

    private String newUserJson(String username, String password, Boolean mustChange) {
        long organizationId = organizations.findByCode("UBX-05503").orElseThrow().id();
        return """
                {"username":"%s","fullName":"Phạm Thị Kịch Bản","positionTitle":"Chuyên viên","email":"%s@thainguyen.gov.vn",
                 "role":"UNIT_OFFICER","organizationId":%d,"password":"%s"%s}"""
                .formatted(username, username, organizationId, password,
                        mustChange == null ? "" : ",\"mustChangePassword\":" + mustChange);
    }

    @Test
    void anAdministratorListsAndReadsUsersWithoutAnyPassword() {
        WebSession.Response list = adminScript().getJson("/api/v1/admin/users?q=quan+tri&size=5");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"username\":\"admin\"", "\"total\":").doesNotContain("password\"", "hash");
        long bdv = users.findByUsername("bdv").orElseThrow().id();
        WebSession.Response one = adminScript().getJson("/api/v1/admin/users/" + bdv);
        assertThat(one.body()).contains("\"username\":\"bdv\"", "\"role\":\"COORDINATOR\"", "\"organizationName\":\"");
        assertThat(adminScript().getJson("/api/v1/admin/users/99999999").status()).isEqualTo(404);
    }

    @Test
    void anAdministratorCreatesAUserAndThatUserMustChangeThePasswordByDefault() {
        String username = "api" + System.nanoTime() % 1_000_000;
        WebSession.Response created = adminScript().postJson("/api/v1/admin/users", newUserJson(username, "mat-khau-kich-ban", null));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).matches(".*/api/v1/admin/users/\\d+$");
        assertThat(created.body()).contains("\"username\":\"" + username + "\"", "\"mustChangePassword\":true",
                "\"organizationName\":\"Ủy ban nhân dân xã Tân Cương\"");

        WebSession script = session().withBasicAuth(username, "mat-khau-kich-ban");
        assertThat(script.getJson("/api/v1/me").status()).isEqualTo(200);
        WebSession.Response blocked = script.getJson("/api/v1/organizations");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.contentType()).contains("application/problem+json");
        assertThat(blocked.body()).contains("Bạn phải đổi mật khẩu");

        WebSession.Response changed = script.postJson("/api/v1/me/password",
                "{\"currentPassword\":\"mat-khau-kich-ban\",\"newPassword\":\"mat-khau-cua-toi\"}");
        assertThat(changed.status()).isEqualTo(204);
        WebSession renewed = session().withBasicAuth(username, "mat-khau-cua-toi");
        assertThat(renewed.getJson("/api/v1/organizations").status()).isEqualTo(200);
        assertThat(session().withBasicAuth(username, "mat-khau-kich-ban").getJson("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void brokenRulesAreProblemDetailsInVietnamese() {
        String username = "apitrung" + System.nanoTime() % 1_000_000;
        assertThat(adminScript().postJson("/api/v1/admin/users", newUserJson(username, "mat-khau-kich-ban", false)).status())
                .isEqualTo(201);
        WebSession.Response duplicate = adminScript().postJson("/api/v1/admin/users", newUserJson(username, "mat-khau-khac", false));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.contentType()).contains("application/problem+json");
        assertThat(duplicate.body()).contains("Tên đăng nhập \\\"" + username + "\\\" đã tồn tại.");

        WebSession.Response tooShort = adminScript().postJson("/api/v1/admin/users", newUserJson(username + "x", "abc", false));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("Mật khẩu phải có ít nhất 4 ký tự.");
        assertThat(users.findByUsername(username + "x")).isEmpty();

        WebSession.Response badRole = adminScript().postJson("/api/v1/admin/users",
                newUserJson(username + "y", "mat-khau-kich-ban", false).replace("UNIT_OFFICER", "CHIEF"));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(users.findByUsername(username + "y")).isEmpty();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedOnTheApi() {
        String username = "apisai" + System.nanoTime() % 1_000_000;
        users.createSystemAccount(username, "Người Dùng Kịch Bản", Role.VIEWER,
                organizations.findByCode("TN-SNV").orElseThrow().id(), "mat-khau-cu", null);
        WebSession.Response refused = session().withBasicAuth(username, "mat-khau-cu").postJson("/api/v1/me/password",
                "{\"currentPassword\":\"khong-dung\",\"newPassword\":\"mat-khau-moi\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Mật khẩu hiện tại không đúng.");
    }

    @Test
    void onlyAdministratorsUseTheUserAdministrationApi() {
        WebSession coordinator = session().withBasicAuth("bdv", "demo");
        assertThat(coordinator.getJson("/api/v1/admin/users").status()).isEqualTo(403);
        String username = "apilau" + System.nanoTime() % 1_000_000;
        assertThat(coordinator.postJson("/api/v1/admin/users", newUserJson(username, "mat-khau-kich-ban", false)).status())
                .isEqualTo(403);
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void theEndpointsAreDescribedInOpenApi() {
        assertThat(session().getJson("/v3/api-docs").body()).contains("/api/v1/admin/users", "/api/v1/admin/users/{id}",
                "/api/v1/me/password");
    }
}
