package liquibase.ext.syzygy.statement;

import java.util.Objects;
import liquibase.database.Database;
import liquibase.structure.core.Column;
import liquibase.structure.core.Table;

/**
 * A column of a table, named as in a changelog.
 *
 * @param catalogName the catalog, or null for the connection's default
 * @param schemaName the schema, or null for the connection's default
 * @param tableName the table
 * @param columnName the column
 */
public record ColumnRef(String catalogName, String schemaName, String tableName, String columnName) {

    public ColumnRef {
        Objects.requireNonNull(tableName, "tableName == null");
        Objects.requireNonNull(columnName, "columnName == null");
    }

    /** The table name as the database needs it in SQL, schema-qualified when a schema is given. */
    public String escapedTable(Database database) {
        return database.escapeTableName(catalogName, schemaName, tableName);
    }

    /** The column name as the database needs it in SQL. */
    public String escapedColumn(Database database) {
        return database.escapeColumnName(catalogName, schemaName, tableName, columnName);
    }

    /** The column as a Liquibase structure object, for {@code Sql.getAffectedDatabaseObjects()}. */
    public Column toColumn() {
        return new Column(Table.class, catalogName, schemaName, tableName, columnName);
    }

    /** For messages: {@code schema.table.column}. */
    @Override
    public String toString() {
        return (schemaName == null ? "" : schemaName + ".") + tableName + "." + columnName;
    }
}
