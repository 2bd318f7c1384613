package liquibase.ext.syzygy.sqlgenerator.sqlite;

import liquibase.database.Database;
import liquibase.statement.SqlStatement;

/**
 * A SQLite generator that edits the table's definition in {@code sqlite_schema} ({@link SqliteSchema}): it reads
 * the current {@code CREATE TABLE} text, so its SQL is volatile and {@code update-sql} cannot render it offline.
 */
public abstract class SqliteSchemaEditGenerator<T extends SqlStatement> extends SqliteGenerator<T> {

    @Override
    public boolean generateStatementsIsVolatile(Database database) {
        return true;
    }
}
