package liquibase.ext.syzygy.sqlgenerator.postgresql;

import liquibase.database.Database;
import liquibase.ext.syzygy.statement.DropColumnDefaultStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/** {@code ALTER TABLE t ALTER COLUMN c DROP DEFAULT}. */
public class DropColumnDefaultGeneratorPostgres extends PostgresGenerator<DropColumnDefaultStatement> {

    @Override
    public Sql[] generateSql(
            DropColumnDefaultStatement statement,
            Database database,
            SqlGeneratorChain<DropColumnDefaultStatement> sqlGeneratorChain) {
        return AlterColumnSql.of(statement.column(), database, "DROP DEFAULT");
    }
}
