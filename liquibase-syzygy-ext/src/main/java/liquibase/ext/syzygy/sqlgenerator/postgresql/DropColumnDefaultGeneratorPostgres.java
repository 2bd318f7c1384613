package liquibase.ext.syzygy.sqlgenerator.postgresql;

import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.statement.DropColumnDefaultStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;

/** {@code ALTER TABLE t ALTER COLUMN c DROP DEFAULT}. */
public class DropColumnDefaultGeneratorPostgres extends AbstractSqlGenerator<DropColumnDefaultStatement> {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean supports(DropColumnDefaultStatement statement, Database database) {
        return database instanceof PostgresDatabase;
    }

    @Override
    public ValidationErrors validate(
            DropColumnDefaultStatement statement,
            Database database,
            SqlGeneratorChain<DropColumnDefaultStatement> sqlGeneratorChain) {
        return new ValidationErrors();
    }

    @Override
    public Sql[] generateSql(
            DropColumnDefaultStatement statement,
            Database database,
            SqlGeneratorChain<DropColumnDefaultStatement> sqlGeneratorChain) {
        return AlterColumnSql.of(statement.column(), database, "DROP DEFAULT");
    }
}
