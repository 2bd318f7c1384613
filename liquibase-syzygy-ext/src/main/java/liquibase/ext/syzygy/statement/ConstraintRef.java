package liquibase.ext.syzygy.statement;

import java.util.Objects;
import liquibase.database.Database;
import liquibase.structure.core.Table;

/**
 * A named constraint of a table, named as in a changelog: what {@code validateConstraint} validates and what the
 * staged NOT NULL adds and drops.
 *
 * @param catalogName the catalog, or null for the connection's default
 * @param schemaName the schema, or null for the connection's default
 * @param tableName the table
 * @param constraintName the constraint
 */
public record ConstraintRef(String catalogName, String schemaName, String tableName, String constraintName) {

    public ConstraintRef {
        Objects.requireNonNull(tableName, "tableName == null");
        Objects.requireNonNull(constraintName, "constraintName == null");
    }

    /** The table name for SQL, as {@link ColumnRef#escapedTable} writes it. */
    public String escapedTable(Database database) {
        return SqlIdentifier.table(database, catalogName, schemaName, tableName);
    }

    /** The constraint name for SQL: Liquibase's escaping for a plain name, else always quoted. */
    public String escapedConstraint(Database database) {
        return SqlIdentifier.isPlain(constraintName)
                ? database.escapeConstraintName(constraintName)
                : SqlIdentifier.quoted(constraintName);
    }

    /** The first name that cannot be written as an identifier, with why; null when all can. */
    public String unsafeName() {
        String problem = new ColumnRef(catalogName, schemaName, tableName, "c").unsafeName();
        if (problem != null) {
            return problem;
        }
        String own = SqlIdentifier.problem(constraintName);
        return own == null ? null : "constraintName '" + SqlIdentifier.printable(constraintName) + "' " + own;
    }

    /** The table as a Liquibase structure object, for {@code Sql.getAffectedDatabaseObjects()}. */
    public Table toTable() {
        return new Table(catalogName, schemaName, tableName);
    }

    @Override
    public String toString() {
        return (schemaName == null ? "" : schemaName + ".") + tableName + "." + constraintName;
    }
}
