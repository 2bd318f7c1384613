package liquibase.ext.syzygy.sqlgenerator.sqlite;

import liquibase.database.Database;
import liquibase.ext.syzygy.sqlgenerator.IndexSql;
import liquibase.ext.syzygy.statement.CreateIndexConcurrentlyStatement;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/**
 * The plain {@code CREATE [UNIQUE] INDEX name ON table (keys)}: SQLite has no concurrent build (a writer locks the
 * whole database anyway), no index methods and no tablespaces, so a changelog written for PostgreSQL runs as is.
 */
public class CreateIndexConcurrentlyGeneratorSQLite extends SqliteGenerator<CreateIndexConcurrentlyStatement> {

    @Override
    public Sql[] generateSql(
            CreateIndexConcurrentlyStatement statement,
            Database database,
            SqlGeneratorChain<CreateIndexConcurrentlyStatement> sqlGeneratorChain) {
        return new Sql[] {
            new UnparsedSql(
                    IndexSql.create(statement, database, false),
                    statement.index().toIndex())
        };
    }
}
