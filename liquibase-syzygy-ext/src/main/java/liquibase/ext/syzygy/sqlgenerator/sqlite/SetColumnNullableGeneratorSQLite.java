package liquibase.ext.syzygy.sqlgenerator.sqlite;

import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.statement.SetColumnNullableStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;

/**
 * Removes or adds the column's NOT NULL constraint in the table definition ({@link SqliteSchema}); adding it
 * fails the integrity check, and so the changeset, while the column holds NULLs.
 */
public class SetColumnNullableGeneratorSQLite extends AbstractSqlGenerator<SetColumnNullableStatement> {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean supports(SetColumnNullableStatement statement, Database database) {
        return database instanceof SQLiteDatabase;
    }

    @Override
    public boolean generateStatementsIsVolatile(Database database) {
        return true;
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
        return SqliteSchema.editColumn(
                database,
                statement.column(),
                false,
                statement.nullable() ? CreateTableEditor::dropNotNull : CreateTableEditor::setNotNull);
    }
}
