package io.github.liquibasesyzygy.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The local PostgreSQL the benchmarks use: {@code SYZYGY_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}) and {@code SYZYGY_PG_USER} (default {@code postgres}), as in the
 * integration tests. Benchmarks work in schemas of their own and drop them.
 */
public final class Pg {

    public static final String URL = env("SYZYGY_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("SYZYGY_PG_USER", "postgres");

    private Pg() {}

    /** A JDBC URL whose default schema is {@code schema}, with the user in it (for Liquibase's {@code url}). */
    public static String url(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&user=" + USER;
    }

    public static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(url(schema), USER, null);
    }

    /** Drops and re-creates {@code schema}. */
    public static void recreateSchema(String schema) throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
    }

    public static void dropSchema(String schema) throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void execute(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, null);
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
