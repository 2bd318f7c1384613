package liquibase.ext.syzygy.sqlgenerator.sqlite;

import java.util.ArrayList;
import java.util.List;
import liquibase.database.Database;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.ext.syzygy.sqlgenerator.NullsRemain;
import liquibase.ext.syzygy.statement.AddNotNullStagedStatement;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/**
 * The staged NOT NULL on SQLite: SQLite's ALTER TABLE cannot add NOT NULL, so the column's definition is edited in
 * place ({@link SqliteSchema}), as for {@code SetColumnNullableStatement}. A check that no NULL remains runs first,
 * so a column holding NULLs fails with {@code NULLS_REMAIN} before the schema is touched, in a transactional
 * changeset and in an auto-commit one alike. SQLite has no constraint that is checked for new rows only, so there is
 * no NOT VALID step: the integrity check after the edit is the scan.
 */
public class AddNotNullStagedGeneratorSQLite extends SqliteSchemaEditGenerator<AddNotNullStagedStatement> {

    @Override
    public Sql[] generateSql(
            AddNotNullStagedStatement statement,
            Database database,
            SqlGeneratorChain<AddNotNullStagedStatement> sqlGeneratorChain) {
        Sql[] edit = SqliteSchema.editColumn(database, statement.column(), false, CreateTableEditor::setNotNull);
        if (edit.length == 0) {
            return edit;
        }
        List<Sql> sql = new ArrayList<>();
        sql.add(new UnparsedSql(
                "SELECT json_extract('{}', " + DefaultValueSql.SQLITE.render(NullsRemain.message(statement.column()))
                        + ") FROM " + statement.column().escapedTable(database) + " WHERE "
                        + statement.column().escapedColumn(database) + " IS NULL LIMIT 1",
                statement.column().toColumn()));
        sql.addAll(List.of(edit));
        return sql.toArray(new Sql[0]);
    }
}
