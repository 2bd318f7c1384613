package liquibase.ext.syzygy.sqlgenerator.postgresql;

import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.statement.SqlStatement;

/**
 * The PostgreSQL half of a statement's generators: outranks any generic generator on PostgreSQL only, so each
 * subclass states nothing but its SQL (and extra validation where a statement needs it).
 */
public abstract class PostgresGenerator<T extends SqlStatement> extends AbstractSqlGenerator<T> {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean supports(T statement, Database database) {
        return database instanceof PostgresDatabase;
    }

    @Override
    public ValidationErrors validate(T statement, Database database, SqlGeneratorChain<T> sqlGeneratorChain) {
        return new ValidationErrors();
    }
}
