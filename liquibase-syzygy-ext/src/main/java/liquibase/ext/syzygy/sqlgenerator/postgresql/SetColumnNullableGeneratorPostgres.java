package liquibase.ext.syzygy.sqlgenerator.postgresql;

import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.statement.SetColumnNullableStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;

/** {@code ALTER TABLE t ALTER COLUMN c DROP NOT NULL} or {@code SET NOT NULL}. */
public class SetColumnNullableGeneratorPostgres extends AbstractSqlGenerator<SetColumnNullableStatement> {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean supports(SetColumnNullableStatement statement, Database database) {
        return database instanceof PostgresDatabase;
    }

    @Override
    public ValidationErrors validate(
            SetColumnNullableStatement statement,
            Database database,
            SqlGeneratorChain<SetColumnNullableStatement> sqlGeneratorChain) {
        return new ValidationErrors();
    }

    @Override
    public Sql[] generateSql(
            SetColumnNullableStatement statement,
            Database database,
            SqlGeneratorChain<SetColumnNullableStatement> sqlGeneratorChain) {
        return AlterColumnSql.of(statement.column(), database, statement.nullable() ? "DROP NOT NULL" : "SET NOT NULL");
    }
}
