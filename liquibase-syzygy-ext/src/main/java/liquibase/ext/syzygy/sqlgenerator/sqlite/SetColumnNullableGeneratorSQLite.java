package liquibase.ext.syzygy.sqlgenerator.sqlite;

import liquibase.database.Database;
import liquibase.ext.syzygy.statement.SetColumnNullableStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/**
 * Removes or adds the column's NOT NULL constraint in the table definition ({@link SqliteSchema}); adding it
 * fails the integrity check, and so the changeset, while the column holds NULLs.
 */
public class SetColumnNullableGeneratorSQLite extends SqliteSchemaEditGenerator<SetColumnNullableStatement> {

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
