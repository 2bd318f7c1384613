package liquibase.ext.syzygy.sqlgenerator.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.sqlgenerator.GeneratorErrors;
import liquibase.ext.syzygy.statement.ColumnRef;
import liquibase.ext.syzygy.statement.NativeDropColumnStatement;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/**
 * Native {@code ALTER TABLE t DROP COLUMN c} (SQLite 3.35+). When the table already exists, it first checks the
 * restrictions SQLite places on DROP COLUMN, so that the error names the index or constraint in the way.
 */
public class NativeDropColumnGeneratorSQLite extends SqliteGenerator<NativeDropColumnStatement> {

    private static final String BLOCKERS = "SELECT DISTINCT reason FROM ("
            + "SELECT 'the PRIMARY KEY' AS reason FROM pragma_table_info(?1)"
            + " WHERE name = ?2 COLLATE NOCASE AND pk > 0"
            + " UNION ALL SELECT CASE il.origin WHEN 'u' THEN 'a UNIQUE constraint' WHEN 'pk' THEN 'the PRIMARY KEY'"
            + " ELSE 'index ' || il.name END FROM pragma_index_list(?1) il, pragma_index_info(il.name) ii"
            + " WHERE ii.name = ?2 COLLATE NOCASE"
            + " UNION ALL SELECT 'a FOREIGN KEY to ' || \"table\" FROM pragma_foreign_key_list(?1)"
            + " WHERE \"from\" = ?2 COLLATE NOCASE)";

    @Override
    public Sql[] generateSql(
            NativeDropColumnStatement statement,
            Database database,
            SqlGeneratorChain<NativeDropColumnStatement> sqlGeneratorChain) {
        ColumnRef column = statement.column();
        List<String> blockers = blockers(database, column);
        if (!blockers.isEmpty()) {
            throw GeneratorErrors.failure(
                    FindingCode.INVALID_CHANGE,
                    "Cannot drop column " + column + " on SQLite: it is part of " + String.join(", ", blockers)
                            + ". SQLite's ALTER TABLE DROP COLUMN refuses indexed, PRIMARY KEY, UNIQUE and FOREIGN"
                            + " KEY columns.",
                    "drop the index (dropIndex) in an earlier changeset; a PRIMARY KEY, UNIQUE or FOREIGN KEY"
                            + " constraint on SQLite can only be removed by recreating the table.");
        }
        String sql = "ALTER TABLE " + column.escapedTable(database) + " DROP COLUMN " + column.escapedColumn(database);
        return new Sql[] {new UnparsedSql(sql, column.toColumn())};
    }

    /** What stops SQLite from dropping the column; empty when the table does not exist (yet) or offline. */
    private static List<String> blockers(Database database, ColumnRef column) {
        List<String> blockers = new ArrayList<>();
        if (!(database.getConnection() instanceof JdbcConnection)) {
            return blockers;
        }
        Connection connection = SqliteSchema.jdbc(database);
        try (PreparedStatement query = connection.prepareStatement(BLOCKERS)) {
            query.setString(1, column.tableName());
            query.setString(2, column.columnName());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    blockers.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new UnexpectedLiquibaseException("cannot inspect SQLite table " + column.tableName(), e);
        }
        return blockers;
    }
}
