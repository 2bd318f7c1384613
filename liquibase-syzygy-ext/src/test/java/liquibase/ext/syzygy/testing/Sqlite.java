package liquibase.ext.syzygy.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;

/** A fresh SQLite database file for one test, under {@code target/sqlite/}. */
public final class Sqlite implements AutoCloseable {

    public final Path file;
    public final Connection jdbc;

    public Sqlite(String name) throws IOException, SQLException {
        file = Path.of("target", "sqlite", name + ".db").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        jdbc = DriverManager.getConnection(url());
    }

    public String url() {
        return "jdbc:sqlite:" + file;
    }

    public Lb liquibase() {
        return new Lb(url(), null);
    }

    /** A Liquibase database on a second connection to the same file. */
    public Database database() throws SQLException, DatabaseException {
        return DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(DriverManager.getConnection(url())));
    }

    public void exec(String... sql) throws SQLException {
        try (Statement statement = jdbc.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        jdbc.close();
    }
}
