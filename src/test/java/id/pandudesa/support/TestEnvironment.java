package id.pandudesa.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides where integration tests run and whether the outside parts they need are here.
 *
 * <ul>
 *   <li>{@code -Dpandu.test.db=postgres} (the build's second failsafe run): the tests tagged
 *       {@code db} run against PostgreSQL at {@code pandu.test.pg.url}; the database is created
 *       when missing. Unreachable: the suite is skipped, with a message, unless {@code
 *       pandu.test.require} contains {@code postgres}, in which case it fails.
 *   <li>Browser tests ({@link BrowserTest}) need {@code /usr/bin/chromium}: skipped with a
 *       message when it is absent, unless {@code pandu.test.require} contains {@code browser}.
 * </ul>
 */
public class TestEnvironment implements ExecutionCondition {

    private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided at class level");
        }
        if (onPostgres()) {
            String problem = preparePostgres();
            if (problem != null) {
                return unavailable("postgres", "PostgreSQL suite skipped: " + problem);
            }
        }
        boolean browser = context.getTestClass()
                .map(c -> c.isAnnotationPresent(BrowserTest.class))
                .orElse(false);
        if (browser) {
            String problem = BrowserSupport.unavailableReason();
            if (problem != null) {
                return unavailable("browser", "Browser suite skipped: " + problem);
            }
        }
        return ConditionEvaluationResult.enabled("environment ready");
    }

    static boolean onPostgres() {
        return "postgres".equals(System.getProperty("pandu.test.db"));
    }

    static boolean required(String part) {
        String value = System.getProperty("pandu.test.require", "");
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .collect(Collectors.toSet())
                .contains(part);
    }

    private static ConditionEvaluationResult unavailable(String part, String message) {
        if (required(part)) {
            throw new IllegalStateException(message + " (required by pandu.test.require=" + part + ")");
        }
        if (ANNOUNCED.add(message)) {
            System.out.println("[pandu-test] " + message);
        }
        return ConditionEvaluationResult.disabled(message);
    }

    /** Points Spring at the test database (creating it when missing); null when ready. */
    private static synchronized String preparePostgres() {
        String url = System.getProperty("pandu.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/pandu_test");
        String user = System.getProperty("pandu.test.pg.user", "postgres");
        String database = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        String adminUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(adminUrl, user, "");
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            return "cannot reach PostgreSQL at " + adminUrl + " (" + e.getMessage() + ")";
        }
        System.setProperty(
                "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
        System.setProperty("spring.datasource.username", user);
        System.setProperty("spring.datasource.password", "");
        return null;
    }

    static boolean exists(String path) {
        return Files.isExecutable(Path.of(path));
    }
}
