package liquibase.ext.syzygy.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A PostgreSQL schema of its own for one test, dropped by {@link #close()}. PostgreSQL must be running: tests
 * fail, never skip, when it is not ({@code SYZYGY_PG_URL} overrides the default URL).
 */
public final class Pg implements AutoCloseable {

    private static final String BASE_URL =
            System.getenv().getOrDefault("SYZYGY_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = "postgres";

    public final String schema;
    public final Connection jdbc;

    public Pg() throws SQLException {
        schema = "syz_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        jdbc = DriverManager.getConnection(url(), USER, "");
        exec("CREATE SCHEMA " + schema);
    }

    /** The URL Liquibase connects with: the test's schema is the current schema. */
    public String url() {
        return BASE_URL + (BASE_URL.contains("?") ? "&" : "?") + "currentSchema="
                + (schema == null ? "public" : schema);
    }

    public Lb liquibase() {
        return new Lb(url(), USER);
    }

    public void exec(String sql) throws SQLException {
        try (Statement statement = jdbc.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            exec("DROP SCHEMA " + schema + " CASCADE");
        } finally {
            jdbc.close();
        }
    }
}
