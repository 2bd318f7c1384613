package liquibase.ext.syzygy.sqlgenerator;

import java.util.stream.Collectors;
import liquibase.database.Database;
import liquibase.ext.syzygy.statement.ColumnRef;
import liquibase.ext.syzygy.statement.CreateIndexConcurrentlyStatement;
import liquibase.ext.syzygy.statement.IndexColumn;
import liquibase.ext.syzygy.statement.IndexRef;

/**
 * The {@code CREATE INDEX} text PostgreSQL and SQLite share; PostgreSQL adds {@code CONCURRENTLY}, an index method
 * and a tablespace, which SQLite does not have.
 */
public final class IndexSql {

    private IndexSql() {}

    /**
     * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON table [USING method] (keys) [TABLESPACE ts]}.
     *
     * @param postgres whether to write the PostgreSQL-only parts
     */
    public static String create(CreateIndexConcurrentlyStatement statement, Database database, boolean postgres) {
        IndexRef index = statement.index();
        StringBuilder sql = new StringBuilder("CREATE ");
        sql.append(statement.unique() ? "UNIQUE INDEX " : "INDEX ");
        sql.append(postgres ? "CONCURRENTLY " : "");
        sql.append(index.escapedName(database)).append(" ON ").append(index.escapedTable(database));
        if (postgres && statement.using() != null) {
            sql.append(" USING ").append(statement.using());
        }
        sql.append(" (")
                .append(statement.columns().stream()
                        .map(column -> key(index, column, database))
                        .collect(Collectors.joining(", ")))
                .append(')');
        if (postgres && statement.tablespace() != null) {
            sql.append(" TABLESPACE ").append(statement.tablespace());
        }
        return sql.toString();
    }

    private static String key(IndexRef index, IndexColumn column, Database database) {
        String key = column.computed()
                ? column.name()
                : new ColumnRef(index.catalogName(), index.schemaName(), index.tableName(), column.name())
                        .escapedColumn(database);
        return column.descending() ? key + " DESC" : key;
    }
}
