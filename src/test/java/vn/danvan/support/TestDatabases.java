package vn.danvan.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * The database an integration test run uses. The failsafe plugin runs the suite twice: with
 * {@code danvan.it.database=h2} (in-memory H2 in PostgreSQL mode) and with {@code postgresql}, for which every
 * named database is created fresh on the server at {@code danvan.it.pg.url} and dropped when the JVM ends.
 *
 * <p>Without a reachable PostgreSQL the PostgreSQL run is skipped with a message, except under CI=true,
 * where it fails: CI must prove the suite on both databases.
 */
public final class TestDatabases {

    private static final Map<String, String> urls = new ConcurrentHashMap<>();
    private static final List<String> created = new ArrayList<>();
    private static final String RUN = Long.toString(ProcessHandle.current().pid()) + "_" + (System.currentTimeMillis() % 100000);

    private TestDatabases() {
    }

    public static String vendor() {
        return System.getProperty("danvan.it.database", "h2");
    }

    public static boolean isPostgres() {
        return "postgresql".equals(vendor());
    }

    public static String username() {
        return isPostgres() ? System.getProperty("danvan.it.pg.user", "postgres") : "sa";
    }

    /** A JDBC URL for a database of this name, created empty on first use in this JVM. */
    public static String url(String name) {
        return urls.computeIfAbsent(name, TestDatabases::create);
    }

    /** Null when the database can be used; otherwise why not (the caller skips, or fails under CI). */
    public static String unavailableReason() {
        if (!isPostgres()) {
            return null;
        }
        try (Connection ignored = DriverManager.getConnection(adminUrl(), username(), "")) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL is not reachable at " + adminUrl() + " (" + e.getMessage() + ")."
                    + " Start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or run only the H2 suite.";
        }
    }

    /**
     * Skips the calling test class when the run's database cannot be reached, or fails it under CI=true,
     * where both databases must be proven.
     */
    public static void requireAvailable() {
        String reason = unavailableReason();
        if (reason != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                org.junit.jupiter.api.Assertions.fail("CI=true and the " + vendor() + " suite cannot run: " + reason);
            }
            org.junit.jupiter.api.Assumptions.abort(reason);
        }
    }

    /** Points a Spring test context at the fresh database of this name, in demo mode or not. */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry, String name, boolean demo) {
        registry.add("spring.datasource.url", () -> url(name));
        registry.add("spring.datasource.username", TestDatabases::username);
        registry.add("spring.datasource.password", () -> "");
        registry.add("danvan.demo", () -> String.valueOf(demo));
    }

    private static String adminUrl() {
        return System.getProperty("danvan.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    private static String create(String name) {
        if (!isPostgres()) {
            return "jdbc:h2:mem:" + name + "_" + RUN
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        String database = ("danvan_it_" + name + "_" + RUN).toLowerCase();
        try (Connection connection = DriverManager.getConnection(adminUrl(), username(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + database + ": " + e.getMessage(), e);
        }
        synchronized (created) {
            if (created.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll));
            }
            created.add(database);
        }
        String base = adminUrl();
        return base.substring(0, base.lastIndexOf('/') + 1) + database;
    }

    private static void dropAll() {
        try (Connection connection = DriverManager.getConnection(adminUrl(), username(), "");
             Statement statement = connection.createStatement()) {
            for (String database : created) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        } catch (SQLException ignored) {
            // best effort: the names are unique per run, a leftover does not disturb the next run
        }
    }
}
