package liquibase.ext.syzygy.sqlgenerator.postgresql;

import liquibase.database.Database;
import liquibase.datatype.DataTypeFactory;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.ext.syzygy.statement.AddColumnStagedStatement;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
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
        if (!statement.nullable() && statement.defaultValue() == null) {
            errors.addError("column " + statement.column() + " is NOT NULL without a default");
        }
        return errors;
    }

    @Override
    public Sql[] generateSql(
            AddColumnStagedStatement statement,
            Database database,
            SqlGeneratorChain<AddColumnStagedStatement> sqlGeneratorChain) {
        StringBuilder sql = new StringBuilder("ALTER TABLE ")
                .append(statement.column().escapedTable(database))
                .append(" ADD COLUMN ")
                .append(statement.column().escapedColumn(database))
                .append(' ')
                .append(DataTypeFactory.getInstance()
                        .fromDescription(statement.columnType(), database)
                        .toDatabaseDataType(database)
                        .toSql());
        if (statement.defaultValue() != null) {
            sql.append(" DEFAULT ").append(DefaultValueSql.POSTGRESQL.render(statement.defaultValue()));
        }
        if (!statement.nullable()) {
            sql.append(" NOT NULL");
        }
        return new Sql[] {new UnparsedSql(sql.toString(), statement.column().toColumn())};
    }
}
