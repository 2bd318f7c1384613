package liquibase.ext.syzygy.change;

import liquibase.change.AbstractChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.exception.Warnings;
import liquibase.ext.syzygy.namespace.SyzygyNamespace;

/**
 * The properties every extension change that acts on one existing table shares, in Liquibase's usual attribute
 * names ({@code catalogName}, {@code schemaName}, a required {@code tableName}), and the extension's namespace for
 * serialization. Checksums are unaffected: Liquibase serializes a change's properties by name, not by class.
 */
abstract class AbstractTableChange extends AbstractChange {

    private String catalogName;
    private String schemaName;
    private String tableName;

    @DatabaseChangeProperty(description = "Name of the database catalog", exampleValue = "cat")
    public String getCatalogName() {
        return catalogName;
    }

    public void setCatalogName(String catalogName) {
        this.catalogName = catalogName;
    }

    @DatabaseChangeProperty(description = "Name of the database schema", exampleValue = "public")
    public String getSchemaName() {
        return schemaName;
    }

    public void setSchemaName(String schemaName) {
        this.schemaName = schemaName;
    }

    @DatabaseChangeProperty(requiredForDatabase = "all", description = "Name of the table", exampleValue = "orders")
    public String getTableName() {
        return tableName;
    }

    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    /** No warnings for an invalid change: its statements cannot be built ({@link ChangeWarnings}). */
    @Override
    public Warnings warn(Database database) {
        return ChangeWarnings.ofValid(this, database, () -> super.warn(database));
    }

    @Override
    public String getSerializedObjectNamespace() {
        return SyzygyNamespace.URI;
    }
}
