package liquibase.ext.syzygy.sqlgenerator.sqlite;

import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.sqlgenerator.DefaultValueSql;
import liquibase.ext.syzygy.statement.SetColumnDefaultStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;

/** Sets the column's DEFAULT clause in the table definition ({@link SqliteSchema}). */
public class SetColumnDefaultGeneratorSQLite extends AbstractSqlGenerator<SetColumnDefaultStatement> {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean supports(SetColumnDefaultStatement statement, Database database) {
        return database instanceof SQLiteDatabase;
    }

    @Override
    public boolean generateStatementsIsVolatile(Database database) {
        return true;
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
        String value = DefaultValueSql.SQLITE.render(statement.defaultValue());
        return SqliteSchema.editColumn(database, statement.column(), true, editor -> editor.setDefault(value));
    }
}
