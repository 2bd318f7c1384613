package liquibase.ext.syzygy.statement;

import java.util.Objects;
import liquibase.database.Database;
import liquibase.structure.core.Index;
import liquibase.structure.core.Table;

/**
 * An index of a table, named as in a changelog: what the concurrent index statements create, drop and clean up.
 *
 * @param catalogName the catalog, or null for the connection's default
 * @param schemaName the schema of the table and its index, or null for the connection's default
 * @param tableName the table, or null when only the index is named (a drop)
 * @param indexName the index
 */
public record IndexRef(String catalogName, String schemaName, String tableName, String indexName) {

    public IndexRef {
        Objects.requireNonNull(indexName, "indexName == null");
    }

    /** The table name as the database needs it in SQL ({@link SqlIdentifier}); the table must be named. */
    public String escapedTable(Database database) {
        return SqlIdentifier.table(database, catalogName, schemaName, Objects.requireNonNull(tableName, "tableName"));
    }

    /** The bare index name, as {@code CREATE INDEX} takes it: an index lives in its table's schema. */
    public String escapedName(Database database) {
        return SqlIdentifier.index(database, null, indexName);
    }

    /** The index name qualified by its schema when one is given, as {@code DROP INDEX} takes it. */
    public String escapedQualifiedName(Database database) {
        return SqlIdentifier.index(database, schemaName, indexName);
    }

    /** The first name that cannot be written as an identifier, with why; null when all can. */
    public String unsafeName() {
        String[][] names = {
            {"catalogName", catalogName},
            {"schemaName", schemaName},
            {"tableName", tableName},
            {"indexName", indexName}
        };
        for (String[] name : names) {
            String problem = SqlIdentifier.problem(name[1]);
            if (problem != null) {
                return name[0] + " '" + SqlIdentifier.printable(name[1]) + "' " + problem;
            }
        }
        return null;
    }

    /** The index as a Liquibase structure object, for {@code Sql.getAffectedDatabaseObjects()}. */
    public Index toIndex() {
        Index index = new Index().setName(indexName);
        return tableName == null
                ? index
                : index.setRelation(new Table().setName(tableName).setSchema(catalogName, schemaName));
    }

    /** For messages: {@code schema.index}. */
    @Override
    public String toString() {
        return (schemaName == null ? "" : schemaName + ".") + indexName;
    }
}
