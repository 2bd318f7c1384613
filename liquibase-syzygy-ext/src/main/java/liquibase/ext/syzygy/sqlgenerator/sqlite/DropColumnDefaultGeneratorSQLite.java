package liquibase.ext.syzygy.sqlgenerator.sqlite;

import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.statement.DropColumnDefaultStatement;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;

/** Removes the column's DEFAULT clause from the table definition ({@link SqliteSchema}). */
public class DropColumnDefaultGeneratorSQLite extends AbstractSqlGenerator<DropColumnDefaultStatement> {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean supports(DropColumnDefaultStatement statement, Database database) {
        return database instanceof SQLiteDatabase;
    }

    @Override
    public boolean generateStatementsIsVolatile(Database database) {
        return true;
    }

    @Override
    public ValidationErrors validate(
            DropColumnDefaultStatement statement,
            Database database,
            SqlGeneratorChain<DropColumnDefaultStatement> sqlGeneratorChain) {
        return new ValidationErrors();
    }

    @Override
    public Sql[] generateSql(
            DropColumnDefaultStatement statement,
            Database database,
            SqlGeneratorChain<DropColumnDefaultStatement> sqlGeneratorChain) {
        return SqliteSchema.editColumn(database, statement.column(), true, CreateTableEditor::dropDefault);
    }
}
