package liquibase.ext.syzygy.sqlgenerator.sqlite;

import liquibase.database.Database;
import liquibase.ext.syzygy.statement.DropIndexConcurrentlyStatement;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/** The plain {@code DROP INDEX IF EXISTS name}, with {@code IF EXISTS} as on PostgreSQL. */
public class DropIndexConcurrentlyGeneratorSQLite extends SqliteGenerator<DropIndexConcurrentlyStatement> {

    @Override
    public Sql[] generateSql(
            DropIndexConcurrentlyStatement statement,
            Database database,
            SqlGeneratorChain<DropIndexConcurrentlyStatement> sqlGeneratorChain) {
        String sql = "DROP INDEX IF EXISTS " + statement.index().escapedQualifiedName(database);
        return new Sql[] {new UnparsedSql(sql, statement.index().toIndex())};
    }
}
