package liquibase.ext.syzygy.sqlgenerator.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import liquibase.database.Database;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.ext.syzygy.statement.BackfillNullsStatement;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/**
 * Fills a column's NULLs in batches on SQLite: SQLite has no procedural loop, so the generator counts the NULLs on
 * the live connection and writes one {@code UPDATE ... LIMIT}-style batch (by {@code rowid}) per
 * {@code batchSize} rows. In an auto-commit changeset each batch commits alone, so other writers get the database
 * between batches; in a transactional one they all commit with the changeset. A NULL written after the count is
 * caught by the NOT NULL step that follows, which fails with {@code NULLS_REMAIN}.
 */
public class BackfillNullsGeneratorSQLite extends SqliteSchemaEditGenerator<BackfillNullsStatement> {

    @Override
    public Sql[] generateSql(
            BackfillNullsStatement statement,
            Database database,
            SqlGeneratorChain<BackfillNullsStatement> sqlGeneratorChain) {
        String table = statement.column().escapedTable(database);
        String column = statement.column().escapedColumn(database);
        SqliteSchema.read(database, statement.column().tableName()); // MISSING_OBJECT for a missing table
        long nulls = countNulls(database, "SELECT count(*) FROM " + table + " WHERE " + column + " IS NULL");
        long batches = (nulls + statement.batchSize() - 1) / statement.batchSize();
        String update = "UPDATE " + table + " SET " + column + " = " + DefaultValueSql.SQLITE.render(statement.value())
                + " WHERE rowid IN (SELECT rowid FROM " + table + " WHERE " + column + " IS NULL LIMIT "
                + statement.batchSize() + ")";
        Sql[] sql = new Sql[Math.toIntExact(batches)];
        for (int i = 0; i < sql.length; i++) {
            sql[i] = new UnparsedSql(update, statement.column().toColumn());
        }
        return sql;
    }

    private static long countNulls(Database database, String query) {
        try (PreparedStatement count = SqliteSchema.jdbc(database).prepareStatement(query);
                ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new UnexpectedLiquibaseException("cannot count the NULLs: " + e.getMessage(), e);
        }
    }
}
