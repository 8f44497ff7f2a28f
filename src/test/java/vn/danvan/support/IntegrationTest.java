package vn.danvan.support;


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
        TestDatabases.requireAvailable();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "main", true);
    }

    /** A fresh browser-like session against the running application. */
    protected WebSession session() {
        return new WebSession("http://localhost:" + port);
    }
}
