package liquibase.ext.syzygy.sqlgenerator.sqlite;

import liquibase.database.Database;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.ext.syzygy.statement.SetColumnDefaultStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;

/** Sets the column's DEFAULT clause in the table definition ({@link SqliteSchema}). */
public class SetColumnDefaultGeneratorSQLite extends SqliteSchemaEditGenerator<SetColumnDefaultStatement> {

    @Override
    public Sql[] generateSql(
            SetColumnDefaultStatement statement,
            Database database,
            SqlGeneratorChain<SetColumnDefaultStatement> sqlGeneratorChain) {
        String value = DefaultValueSql.SQLITE.render(statement.defaultValue());
        return SqliteSchema.editColumn(database, statement.column(), true, editor -> editor.setDefault(value));
    }
}
