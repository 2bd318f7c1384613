package liquibase.ext.syzygy.sqlgenerator.postgresql;

import liquibase.database.Database;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.ext.syzygy.statement.BackfillNullsStatement;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/**
 * Fills a column's NULLs in batches, one {@code DO} block that commits after every batch and stops when a batch
 * changes no row. {@code COMMIT} inside {@code DO} needs auto-commit mode, which {@code runInTransaction="false"}
 * gives (the change refuses a transactional changeset on PostgreSQL).
 *
 * <p>A batch is found by {@code ctid}, so no primary key is needed; the UPDATE repeats {@code IS NULL}, so a row a
 * concurrent writer changed meanwhile, or a row of another partition with the same {@code ctid}, is never
 * overwritten. Each batch scans from the start of the table for NULLs: rows already filled are skipped cheaply.
 */
public class BackfillNullsGeneratorPostgres extends PostgresGenerator<BackfillNullsStatement> {

    @Override
    public Sql[] generateSql(
            BackfillNullsStatement statement,
            Database database,
            SqlGeneratorChain<BackfillNullsStatement> sqlGeneratorChain) {
        String table = statement.column().escapedTable(database);
        String column = statement.column().escapedColumn(database);
        String body = "DECLARE\n    changed bigint;\nBEGIN\n    LOOP\n        UPDATE " + table + " SET " + column
                + " = "
                + DefaultValueSql.POSTGRESQL.render(statement.value()) + " WHERE " + column
                + " IS NULL AND ctid = ANY (ARRAY(SELECT ctid FROM " + table + " WHERE " + column
                + " IS NULL LIMIT " + statement.batchSize() + "));\n        GET DIAGNOSTICS changed = ROW_COUNT;\n"
                + "        COMMIT;\n        EXIT WHEN changed = 0;\n    END LOOP;\nEND";
        return new Sql[] {
            new UnparsedSql(DollarQuoted.doBlock(body), statement.column().toColumn())
        };
    }
}
