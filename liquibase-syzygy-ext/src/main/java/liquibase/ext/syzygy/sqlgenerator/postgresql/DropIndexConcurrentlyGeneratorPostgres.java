package liquibase.ext.syzygy.sqlgenerator.postgresql;

import liquibase.database.Database;
import liquibase.ext.syzygy.statement.DropIndexConcurrentlyStatement;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/**
 * {@code DROP INDEX CONCURRENTLY IF EXISTS schema.name}: waits for the queries using the index instead of locking
 * the table against them; it cannot run in a transaction.
 */
public class DropIndexConcurrentlyGeneratorPostgres extends PostgresGenerator<DropIndexConcurrentlyStatement> {

    @Override
    public Sql[] generateSql(
            DropIndexConcurrentlyStatement statement,
            Database database,
            SqlGeneratorChain<DropIndexConcurrentlyStatement> sqlGeneratorChain) {
        String sql = "DROP INDEX CONCURRENTLY IF EXISTS " + statement.index().escapedQualifiedName(database);
        return new Sql[] {new UnparsedSql(sql, statement.index().toIndex())};
    }
}
