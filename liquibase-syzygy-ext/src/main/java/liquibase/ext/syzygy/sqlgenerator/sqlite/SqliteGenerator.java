package liquibase.ext.syzygy.sqlgenerator.sqlite;

import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.statement.SqlStatement;

/**
 * The SQLite half of a statement's generators: outranks Liquibase's table-rebuild emulation on SQLite only, so each
 * subclass states nothing but its native SQL (and extra validation where a statement needs it).
 */
public abstract class SqliteGenerator<T extends SqlStatement> extends AbstractSqlGenerator<T> {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean supports(T statement, Database database) {
        return database instanceof SQLiteDatabase;
    }

    @Override
    public ValidationErrors validate(T statement, Database database, SqlGeneratorChain<T> sqlGeneratorChain) {
        return new ValidationErrors();
    }
}
