package cn.heatdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prepares a clean PostgreSQL database for {@link PostgresTest} classes, once per JVM, before any
 * Spring context connects to it: connects to the server's {@code postgres} database and drops and
 * recreates the test database.
 *
 * <p>{@code -Dheatdesk.test.postgres=required}: an unreachable server fails the run. Otherwise the
 * classes are skipped and a {@code [heatdesk] PostgreSQL tests SKIPPED: …} line is printed.
 */
public final class PostgresTestCondition implements ExecutionCondition {

    static final String MODE_PROPERTY = "heatdesk.test.postgres";

    // The same defaults as application-postgres-test.properties.
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/heatdesk_test";
    static final String DEFAULT_USER = "postgres";

    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]+)(\\?.*)?");
    private static final Pattern SAFE_DATABASE_NAME = Pattern.compile("[a-z0-9_]*test[a-z0-9_]*");

    /** Outcome of preparing the database; computed once per JVM. */
    private static ConditionEvaluationResult preparation;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult result = prepareOnce();
        if (result.isDisabled()) {
            String reason = result.getReason().orElse("PostgreSQL is not available");
            if (isRequired()) {
                throw new IllegalStateException("[heatdesk] PostgreSQL tests are required (-D" + MODE_PROPERTY
                        + "=required) but cannot run: " + reason);
            }
            if (context.getTestMethod().isEmpty()) {
                System.out.println("[heatdesk] PostgreSQL tests SKIPPED: " + reason + " — "
                        + context.getDisplayName());
            }
        }
        return result;
    }

    static boolean isRequired() {
        return "required".equalsIgnoreCase(System.getProperty(MODE_PROPERTY, "").strip());
    }

    private static synchronized ConditionEvaluationResult prepareOnce() {
        if (preparation == null) {
            preparation = recreateDatabase(setting("HEATDESK_TEST_PG_URL", DEFAULT_URL),
                    setting("HEATDESK_TEST_PG_USER", DEFAULT_USER), setting("HEATDESK_TEST_PG_PASSWORD", ""));
        }
        return preparation;
    }

    /**
     * A database of its own for a test class that needs one the other classes have not written to (an empty staff
     * table, a district search that must see only its own households): {@code heatdesk_test_<suffix>}, dropped and
     * created again now. Use it once per class from a {@code @DynamicPropertySource} method.
     */
    public static String ownDatabase(String suffix) {
        String url = setting("HEATDESK_TEST_PG_URL", DEFAULT_URL);
        Matcher parts = POSTGRES_URL.matcher(url);
        if (!parts.matches() || !suffix.matches("[a-z0-9_]+")) {
            throw new IllegalStateException("[heatdesk] cannot derive a test database from " + url + " and " + suffix);
        }
        String own = parts.group(1) + parts.group(2) + "_" + suffix + (parts.group(3) == null ? "" : parts.group(3));
        ConditionEvaluationResult result = recreateDatabase(own, setting("HEATDESK_TEST_PG_USER", DEFAULT_USER),
                setting("HEATDESK_TEST_PG_PASSWORD", ""));
        if (result.isDisabled()) {
            throw new IllegalStateException("[heatdesk] " + result.getReason().orElse("cannot prepare " + own));
        }
        return own;
    }

    private static ConditionEvaluationResult recreateDatabase(String url, String user, String password) {
        Matcher parts = POSTGRES_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("[heatdesk] HEATDESK_TEST_PG_URL is not a PostgreSQL JDBC URL: " + url);
        }
        String database = parts.group(2);
        if (!SAFE_DATABASE_NAME.matcher(database).matches()) {
            // The database is dropped: never let a typo point this at real data.
            throw new IllegalStateException("[heatdesk] Refusing to drop database '" + database
                    + "': the test database name must contain 'test' and only a-z, 0-9 and _");
        }
        String serverUrl = parts.group(1) + "postgres" + (parts.group(3) == null ? "" : parts.group(3));
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "60");
        try (Connection connection = DriverManager.getConnection(serverUrl, properties);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
            return ConditionEvaluationResult.enabled("PostgreSQL database " + database + " recreated");
        }
        catch (SQLException e) {
            return ConditionEvaluationResult.disabled("cannot prepare " + database + " at " + serverUrl + " as "
                    + user + ": " + e.getMessage());
        }
    }

    private static String setting(String environmentVariable, String defaultValue) {
        String value = System.getenv(environmentVariable);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
