package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.support.IntegrationTest;
import vn.danvan.support.WebSession;

/** Signing in and out, lock-out after repeated failures, CSRF on forms, HTTP Basic for scripts. */
class SignInIT extends IntegrationTest {

    @Autowired
    UserAccounts users;

    @Autowired
    Organizations organizations;

    @Test
    void theLoginPageIsInVietnameseAndShowsTheDemoBanner() {
        WebSession.Response page = session().get("/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(page.body()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu", "Chế độ trình diễn");
    }

    @Test
    void everyDemoAccountSignsInWithTheDemoPasswordAndSeesItsDashboard() {
        for (String username : new String[] {"admin", "bdv", "ubnd", "lanhdao", "xa", "tiepdan", "mttq"}) {
            WebSession browser = session();
            WebSession.Response login = browser.login(username, "demo");
            assertThat(login.status()).as(username).isEqualTo(302);
            assertThat(login.location()).as(username).doesNotContain("error");
            WebSession.Response home = browser.get("/");
            assertThat(home.status()).as(username).isEqualTo(200);
            assertThat(home.text("h1")).as(username).startsWith("Xin chào");
            assertThat(home.html().select("#stat-units, #stat-organizations, #stat-users")).as(username).hasSize(3);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAVietnameseMessage() {
        WebSession browser = session();
        WebSession.Response login = browser.login("ubnd", "sai-mat-khau");
        assertThat(login.location()).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void anAccountIsLockedAfterFiveWrongPasswordsEvenForTheRightOneAfterwards() {
        String username = "khoa" + System.nanoTime() % 1_000_000;
        users.createSystemAccount(username, "Người Bị Khóa", Role.VIEWER, organizations.findByCode("TN-SNV").orElseThrow().id(),
                "mat-khau-dung-123", null);
        WebSession attacker = session();
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.login(username, "sai-" + i).location()).endsWith("/login?error");
        }
        WebSession owner = session();
        assertThat(owner.login(username, "mat-khau-dung-123").location()).endsWith("/login?locked");
        assertThat(owner.get("/login?locked").body()).contains("tạm khóa");
        assertThat(session().withBasicAuth(username, "mat-khau-dung-123").getJson("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        assertThat(session().login("khong-co-ai", "demo").location()).endsWith("/login?error");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        WebSession browser = session();
        browser.get("/login");
        WebSession.Response forged = browser.postFormRaw("/login", Map.of("username", "bdv", "password", "demo"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void logoutEndsTheSession() {
        WebSession browser = session();
        browser.login("bdv", "demo");
        assertThat(browser.get("/").status()).isEqualTo(200);
        WebSession.Response logout = browser.postForm("/logout", Map.of());
        assertThat(logout.location()).endsWith("/login?logout");
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void scriptsUseHttpBasicOnTheApiAndGet401WithoutCredentials() {
        assertThat(session().getJson("/api/v1/me").status()).isEqualTo(401);
        WebSession.Response me = session().withBasicAuth("bdv", "demo").getJson("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"role\":\"COORDINATOR\"", "\"scope\":\"UNIT\"");
        assertThat(session().withBasicAuth("bdv", "wrong").getJson("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void healthIsUpAndTheApiIsDescribedInOpenApi() {
        assertThat(session().getJson("/actuator/health").body()).contains("\"status\":\"UP\"");
        WebSession.Response docs = session().getJson("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/organizations", "/api/v1/units");
        assertThat(session().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void errorPagesAreVietnameseAndNeverShowAStackTrace() {
        WebSession browser = session();
        browser.login("bdv", "demo");
        WebSession.Response missing = browser.get("/khong-ton-tai");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy").doesNotContain("Exception", "at vn.danvan");
        WebSession.Response forbidden = browser.get("/admin/users");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Không có quyền truy cập");
        WebSession.Response badParameter = browser.get("/units?level=NOT_A_LEVEL");
        assertThat(badParameter.status()).isEqualTo(400);
        assertThat(badParameter.body()).contains("Yêu cầu không hợp lệ").doesNotContain("Exception");
    }
}
