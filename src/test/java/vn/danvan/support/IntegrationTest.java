package vn.danvan.support;

import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random port, in demo mode, against the run's
 * database (H2 or PostgreSQL, see {@link TestDatabases}); tests talk to it over HTTP like a browser or a script.
 * The database is shared by all classes of a run, so tests create their own records with unique names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void requireDatabase() {
        String reason = TestDatabases.unavailableReason();
        if (reason != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true and the PostgreSQL suite cannot run: " + reason);
            }
            Assumptions.abort(reason);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabases.url("main"));
        registry.add("spring.datasource.username", TestDatabases::username);
        registry.add("spring.datasource.password", () -> "");
        registry.add("danvan.demo", () -> "true");
    }

    /** A fresh browser-like session against the running application. */
    protected WebSession session() {
        return new WebSession("http://localhost:" + port);
    }
}
