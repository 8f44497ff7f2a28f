package vn.danvan.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvan.support.TestDatabases;
import vn.danvan.support.WebSession;

/**
 * A production first start: a second application context on its own fresh database with danvan.demo=false and
 * the administrator's password from DANVAN_ADMIN_PASSWORD. No demo province, no demo accounts, no demo banner;
 * only "admin", who signs in with that password. The reference map (34 provinces) is there all the same.
 *
 * <p>Not an {@code IntegrationTest}: that base starts the shared demo context; this class needs its own, closed
 * after the class so that it does not stay in the context cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ProductionModeIT {

    /** 16 characters, above the production minimum of 12. */
    static final String ADMIN_PASSWORD = "Tn-QuanTri-2025!";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void requireDatabase() {
        TestDatabases.requireAvailable();
    }

    @DynamicPropertySource
    static void productionDatabase(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "production", false);
        registry.add("DANVAN_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
        registry.add("danvan.security.identity-key", () -> "qGQefE9L4fNxLO3tLiJMhGVlP+EqfywH/3N6QNBK6ls=");
    }

    private WebSession session() {
        return new WebSession("http://localhost:" + port);
    }

    @Test
    void theAdministratorIsTheOnlyUserAndThereAreNoOrganizations() {
        assertThat(ADMIN_PASSWORD).hasSize(16);
        assertThat(jdbc.sql("SELECT username FROM app_user").query(String.class).list()).containsExactly("admin");
        assertThat(jdbc.sql("SELECT role FROM app_user").query(String.class).single()).isEqualTo("ADMIN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organization").query(Long.class).single()).isZero();
    }

    @Test
    void theReferenceMapIsLoadedWithoutTheDemoProvincesCommunes() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE level = 'PROVINCE' AND valid_to IS NULL")
                .query(Long.class).single()).isEqualTo(34);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE level <> 'PROVINCE'").query(Long.class).single()).isZero();
    }

    @Test
    void theAdministratorSignsInWithThePasswordFromTheEnvironment() {
        WebSession browser = session();
        WebSession.Response login = browser.login("admin", ADMIN_PASSWORD);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).doesNotContain("error", "locked");
        WebSession.Response home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text("h1")).startsWith("Xin chào");
        assertThat(home.body()).doesNotContain("Chế độ trình diễn");
        assertThat(session().withBasicAuth("admin", ADMIN_PASSWORD).getJson("/api/v1/me").body()).contains("\"role\":\"ADMIN\"");
    }

    @Test
    void theDemoAccountsAndTheDemoPasswordDoNotWork() {
        assertThat(session().login("bdv", "demo").location()).endsWith("/login?error");
        assertThat(session().login("admin", "demo").location()).endsWith("/login?error");
        assertThat(session().withBasicAuth("bdv", "demo").getJson("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void theLoginPageHasNoDemoBannerAndListsNoDemoAccounts() {
        WebSession.Response page = session().get("/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Đăng nhập").doesNotContain("Chế độ trình diễn", "Tài khoản trình diễn", "mật khẩu: demo");
        assertThat(page.html().select(".demo-banner")).isEmpty();
    }
}
