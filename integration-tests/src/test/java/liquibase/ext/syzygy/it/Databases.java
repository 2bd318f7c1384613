package liquibase.ext.syzygy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Creates one fresh database per test: a uniquely named PostgreSQL schema, or a SQLite file under target/.
 *
 * <p>PostgreSQL comes from {@code SYZYGY_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}) and
 * {@code SYZYGY_PG_USER} (default {@code postgres}, password {@code SYZYGY_PG_PASSWORD}, default none). If it is
 * unreachable, creating the database throws, so the test fails: nothing is skipped.
 */
final class Databases {

    static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private Databases() {}

    static TestDatabase create(DbKind kind, String testName) {
        return kind == DbKind.POSTGRESQL ? postgres(testName) : sqlite(testName);
    }

    static TestDatabase postgres(String testName) {
        String baseUrl = env("SYZYGY_PG_URL", DEFAULT_PG_URL);
        String user = env("SYZYGY_PG_USER", "postgres");
        String password = System.getenv("SYZYGY_PG_PASSWORD");
        String schema = ("it_" + slug(testName, 30) + "_" + unique()).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(baseUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is not reachable at " + baseUrl + " as " + user
                            + " (set SYZYGY_PG_URL / SYZYGY_PG_USER): " + e.getMessage(),
                    e);
        }
        String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(DbKind.POSTGRESQL, url, user, password, schema, null);
    }

    static TestDatabase sqlite(String testName) {
        Path dir = ItSettings.workDir().resolve("sqlite");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = dir.resolve(slug(testName, 60) + "-" + unique() + ".db");
        return new TestDatabase(DbKind.SQLITE, "jdbc:sqlite:" + file, null, null, null, file);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static String slug(String text, int max) {
        String slug = text.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return slug.length() > max ? slug.substring(0, max) : slug;
    }
}
