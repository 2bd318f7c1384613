package liquibase.ext.syzygy.sqlgenerator.postgresql;

import liquibase.database.Database;
import liquibase.ext.syzygy.sqlgenerator.IndexSql;
import liquibase.ext.syzygy.statement.CreateIndexConcurrentlyStatement;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/**
 * {@code CREATE [UNIQUE] INDEX CONCURRENTLY name ON table [USING method] (keys) [TABLESPACE ts]}: builds the index
 * while the table takes reads and writes (only a SHARE UPDATE EXCLUSIVE lock); it cannot run in a transaction.
 */
public class CreateIndexConcurrentlyGeneratorPostgres extends PostgresGenerator<CreateIndexConcurrentlyStatement> {

    @Override
    public Sql[] generateSql(
            CreateIndexConcurrentlyStatement statement,
            Database database,
            SqlGeneratorChain<CreateIndexConcurrentlyStatement> sqlGeneratorChain) {
        return new Sql[] {
            new UnparsedSql(
                    IndexSql.create(statement, database, true),
                    statement.index().toIndex())
        };
    }
}
