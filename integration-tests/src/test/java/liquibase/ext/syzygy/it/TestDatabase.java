package liquibase.ext.syzygy.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One test's database: a PostgreSQL schema or a SQLite file, plus the queries the tests assert with.
 *
 * <p>Create it with {@link Databases}; closing it drops the PostgreSQL schema (SQLite files stay under target/).
 */
final class TestDatabase implements AutoCloseable {

    private final DbKind kind;
    private final String url;
    private final String username;
    private final String password;
    private final String schema;
    private final Path file;

    TestDatabase(DbKind kind, String url, String username, String password, String schema, Path file) {
        this.kind = kind;
        this.url = url;
        this.username = username;
        this.password = password;
        this.schema = schema;
        this.file = file;
    }

    DbKind kind() {
        return kind;
    }

    String url() {
        return url;
    }

    /** The user name, or null (SQLite). */
    String username() {
        return username;
    }

    /** The password, or null. */
    String password() {
        return password;
    }

    /** The PostgreSQL schema the test owns, or null (SQLite). */
    String schema() {
        return schema;
    }

    /** The SQLite file, or null (PostgreSQL). */
    Path file() {
        return file;
    }

    Connection connect() throws SQLException {
        return username == null
                ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, username, password);
    }

    /** DATABASECHANGELOG in execution order; empty when the table does not exist yet. */
    List<ChangeLogRow> changeLog() {
        List<ChangeLogRow> rows = new ArrayList<>();
        try (Connection c = connect()) {
            if (actualName(c, "databasechangelog", "TABLE").isEmpty()) {
                return rows;
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id, author, filename, contexts, md5sum, exectype"
                            + " FROM databasechangelog ORDER BY orderexecuted, dateexecuted")) {
                while (rs.next()) {
                    rows.add(new ChangeLogRow(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read DATABASECHANGELOG of " + this, e);
        }
        return rows;
    }

    /** The ids (changeset id only) in DATABASECHANGELOG, in execution order. */
    List<String> appliedIds() {
        return changeLog().stream().map(ChangeLogRow::id).toList();
    }

    boolean tableExists(String table) {
        return objectExists(table, "TABLE");
    }

    boolean viewExists(String view) {
        return objectExists(view, "VIEW");
    }

    boolean columnExists(String table, String column) {
        try (Connection c = connect()) {
            Optional<String> name = actualName(c, table, "TABLE");
            if (name.isEmpty()) {
                return false;
            }
            try (ResultSet rs = c.getMetaData().getColumns(null, schema, name.get(), null)) {
                while (rs.next()) {
                    if (rs.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The user tables (not Liquibase's), lower case. */
    List<String> userTables() {
        List<String> tables = new ArrayList<>();
        try (Connection c = connect();
                ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.startsWith("databasechangelog") && !name.startsWith("sqlite_")) {
                    tables.add(name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    private boolean objectExists(String name, String type) {
        try (Connection c = connect()) {
            return actualName(c, name, type).isPresent();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored spelling of a table or view name, matched case-insensitively in the test's schema. */
    private Optional<String> actualName(Connection c, String name, String type) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {type})) {
            while (rs.next()) {
                String found = rs.getString("TABLE_NAME");
                if (found.equalsIgnoreCase(name)) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws SQLException {
        if (kind == DbKind.POSTGRESQL) {
            try (Connection c = connect();
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Override
    public String toString() {
        return kind + " " + url;
    }
}
