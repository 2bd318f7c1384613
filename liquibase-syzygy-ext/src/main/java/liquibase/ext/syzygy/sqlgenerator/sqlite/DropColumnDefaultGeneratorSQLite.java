package liquibase.ext.syzygy.sqlgenerator.sqlite;

import liquibase.database.Database;
import liquibase.ext.syzygy.statement.DropColumnDefaultStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/** Removes the column's DEFAULT clause from the table definition ({@link SqliteSchema}). */
public class DropColumnDefaultGeneratorSQLite extends SqliteSchemaEditGenerator<DropColumnDefaultStatement> {

    @Override
    public Sql[] generateSql(
            DropColumnDefaultStatement statement,
            Database database,
            SqlGeneratorChain<DropColumnDefaultStatement> sqlGeneratorChain) {
        return SqliteSchema.editColumn(database, statement.column(), true, CreateTableEditor::dropDefault);
    }
}
