package liquibase.ext.syzygy.sqlgenerator.postgresql;

import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.ext.syzygy.statement.SetColumnDefaultStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;

/** {@code ALTER TABLE t ALTER COLUMN c SET DEFAULT v}: catalog-only, existing rows are not touched. */
public class SetColumnDefaultGeneratorPostgres extends AbstractSqlGenerator<SetColumnDefaultStatement> {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean supports(SetColumnDefaultStatement statement, Database database) {
        return database instanceof PostgresDatabase;
    }

    @Override
    public ValidationErrors validate(
            SetColumnDefaultStatement statement,
            Database database,
            SqlGeneratorChain<SetColumnDefaultStatement> sqlGeneratorChain) {
        return new ValidationErrors();
    }

    @Override
    public Sql[] generateSql(
            SetColumnDefaultStatement statement,
            Database database,
            SqlGeneratorChain<SetColumnDefaultStatement> sqlGeneratorChain) {
        String value = DefaultValueSql.POSTGRESQL.render(statement.defaultValue());
        return AlterColumnSql.of(statement.column(), database, "SET DEFAULT " + value);
    }
}
