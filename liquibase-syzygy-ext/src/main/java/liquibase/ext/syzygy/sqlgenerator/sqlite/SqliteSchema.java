package liquibase.ext.syzygy.sqlgenerator.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import liquibase.database.Database;
import liquibase.database.DatabaseConnection;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.ext.syzygy.sqlgenerator.GeneratorErrors;
import liquibase.ext.syzygy.statement.ColumnRef;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;

/**
 * Changes a column definition the way SQLite's documentation prescribes for schema changes that leave the
 * stored rows valid (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema
 * Changes"): rewrite the table's {@code CREATE TABLE} text in {@code sqlite_schema} under
 * {@code writable_schema}, bump {@code schema_version}, then run {@code integrity_check} on the table.
 *
 * <p>Indexes, triggers, views and foreign keys are separate schema entries and stay untouched. Liquibase runs
 * the statements in the changeset's transaction, so a failed check rolls everything back. The check fails the
 * statement through {@code json_extract} with a message naming the problem, because SQLite has no
 * {@code RAISE} outside triggers.
 */
final class SqliteSchema {

    private SqliteSchema() {}

    /**
     * The statements that replace the table's definition by {@code edit} applied to the column; none when the
     * edit changes nothing.
     *
     * @param materialize whether to first rewrite every row with the column's stored value: rows written before
     *     an {@code ADD COLUMN} do not store the column and read its default from the schema, so changing the
     *     default would change what they read. The UPDATE fires UPDATE triggers on the table.
     */
    static Sql[] editColumn(
            Database database, ColumnRef column, boolean materialize, Function<CreateTableEditor, String> edit) {
        Definition table = read(database, column.tableName());
        String newSql = edit.apply(editor(table, column));
        if (newSql.equals(table.sql())) {
            return new Sql[0];
        }
        String name = DefaultValueSql.SQLITE.render(table.name());
        List<Sql> sql = new ArrayList<>();
        if (materialize) {
            String escaped = column.escapedColumn(database);
            sql.add(new UnparsedSql(
                    "UPDATE " + column.escapedTable(database) + " SET " + escaped + " = " + escaped,
                    column.toColumn()));
        }
        sql.add(new UnparsedSql("PRAGMA writable_schema=ON"));
        sql.add(new UnparsedSql(
                "UPDATE sqlite_schema SET sql = " + DefaultValueSql.SQLITE.render(newSql)
                        + " WHERE type = 'table' AND name = " + name,
                column.toColumn()));
        sql.add(new UnparsedSql("PRAGMA schema_version=" + (table.schemaVersion() + 1)));
        sql.add(new UnparsedSql("PRAGMA writable_schema=OFF"));
        String failure = DefaultValueSql.SQLITE.render("syzygy: integrity_check failed after changing column "
                + column.columnName() + " of table " + table.name() + ": ");
        sql.add(new UnparsedSql("SELECT json_extract('{}', " + failure + " || problems) FROM (SELECT"
                + " group_concat(integrity_check, ' | ') AS problems FROM pragma_integrity_check(" + name
                + ")) WHERE problems <> 'ok'"));
        return sql.toArray(new Sql[0]);
    }

    private static CreateTableEditor editor(Definition table, ColumnRef column) {
        try {
            return CreateTableEditor.forColumn(table.sql(), column.columnName());
        } catch (IllegalArgumentException e) {
            throw GeneratorErrors.failure(
                    FindingCode.MISSING_OBJECT,
                    "SQLite table " + table.name() + " has no column " + column.columnName() + ".",
                    "name an existing column, or add it in an earlier changeset.");
        }
    }

    /** A table's name as stored, its CREATE TABLE text and the database's schema version. */
    record Definition(String name, String sql, int schemaVersion) {}

    static Definition read(Database database, String tableName) {
        Connection connection = jdbc(database);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name, sql, (SELECT schema_version FROM pragma_schema_version) FROM sqlite_schema"
                        + " WHERE type = 'table' AND name = ? COLLATE NOCASE")) {
            query.setString(1, tableName);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw GeneratorErrors.failure(
                            FindingCode.MISSING_OBJECT,
                            "SQLite table " + tableName + " does not exist.",
                            "name an existing table, or create it in an earlier changeset.");
                }
                return new Definition(row.getString(1), row.getString(2), row.getInt(3));
            }
        } catch (SQLException e) {
            throw new UnexpectedLiquibaseException("cannot read the definition of SQLite table " + tableName, e);
        }
    }

    /** The live JDBC connection behind {@code database}. */
    static Connection jdbc(Database database) {
        DatabaseConnection connection = database.getConnection();
        if (connection instanceof JdbcConnection jdbc) {
            return jdbc.getUnderlyingConnection();
        }
        throw new UnexpectedLiquibaseException(
                "changing a column on SQLite needs the table's current definition, so it needs a live JDBC"
                        + " connection; " + connection + " is not one");
    }
}
