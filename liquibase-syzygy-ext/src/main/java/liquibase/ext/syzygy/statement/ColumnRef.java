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

    /**
     * The table name as the database needs it in SQL, schema-qualified when a schema is given; names that are not
     * plain identifiers are always quoted ({@link SqlIdentifier}).
     */
    public String escapedTable(Database database) {
        return SqlIdentifier.table(database, catalogName, schemaName, tableName);
    }

    /** The column name as the database needs it in SQL ({@link SqlIdentifier}). */
    public String escapedColumn(Database database) {
        return SqlIdentifier.column(database, catalogName, schemaName, tableName, columnName);
    }

    /** The first name of this column that cannot be written as an identifier, with why; null when all can. */
    public String unsafeName() {
        String[][] names = {
            {"catalogName", catalogName},
            {"schemaName", schemaName},
            {"tableName", tableName},
            {"columnName", columnName}
        };
        for (String[] name : names) {
            String problem = SqlIdentifier.problem(name[1]);
            if (problem != null) {
                return name[0] + " '" + SqlIdentifier.printable(name[1]) + "' " + problem;
            }
        }
        return null;
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
