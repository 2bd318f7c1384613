package liquibase.ext.syzygy.sqlgenerator.postgresql;

import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.sqlgenerator.AddColumnSql;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.ext.syzygy.statement.AddColumnStagedStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/**
 * {@code ALTER TABLE t ADD COLUMN c type DEFAULT v NOT NULL}: on PostgreSQL 11+ a constant default makes this
 * a catalog-only change, so the table is neither rewritten nor locked for long. A {@code defaultValueComputed}
 * is written as given: a stable expression such as {@code now()} keeps the fast path, a volatile one such as
 * {@code random()} makes PostgreSQL rewrite the table.
 */
public class AddColumnStagedGeneratorPostgres extends PostgresGenerator<AddColumnStagedStatement> {

    @Override
    public ValidationErrors validate(
            AddColumnStagedStatement statement,
            Database database,
            SqlGeneratorChain<AddColumnStagedStatement> sqlGeneratorChain) {
        ValidationErrors errors = new ValidationErrors();
        AddColumnSql.requireDefaultWhenNotNull(statement, errors);
        return errors;
    }

    @Override
    public Sql[] generateSql(
            AddColumnStagedStatement statement,
            Database database,
            SqlGeneratorChain<AddColumnStagedStatement> sqlGeneratorChain) {
        return AddColumnSql.of(statement, database, DefaultValueSql.POSTGRESQL);
    }
}
