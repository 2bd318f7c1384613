package liquibase.ext.syzygy.sqlgenerator.sqlite;

import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.sqlgenerator.AddColumnSql;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.ext.syzygy.statement.AddColumnStagedStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.statement.DatabaseFunction;

/**
 * Native {@code ALTER TABLE t ADD COLUMN c type DEFAULT v NOT NULL}, which SQLite allows when the default is a
 * non-NULL constant. Never Liquibase's table rebuild.
 */
public class AddColumnStagedGeneratorSQLite extends SqliteGenerator<AddColumnStagedStatement> {

    @Override
    public ValidationErrors validate(
            AddColumnStagedStatement statement,
            Database database,
            SqlGeneratorChain<AddColumnStagedStatement> sqlGeneratorChain) {
        ValidationErrors errors = new ValidationErrors();
        if (statement.defaultValue() instanceof DatabaseFunction) {
            errors.addError("SQLite cannot add column " + statement.column() + " with a computed default ("
                    + statement.defaultValue() + "): ALTER TABLE ADD COLUMN accepts only a constant default;"
                    + " use defaultValue, defaultValueNumeric, defaultValueBoolean or defaultValueDate");
        }
        AddColumnSql.requireDefaultWhenNotNull(statement, errors);
        return errors;
    }

    @Override
    public Sql[] generateSql(
            AddColumnStagedStatement statement,
            Database database,
            SqlGeneratorChain<AddColumnStagedStatement> sqlGeneratorChain) {
        return AddColumnSql.of(statement, database, DefaultValueSql.SQLITE);
    }
}
