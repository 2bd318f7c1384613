package liquibase.ext.syzygy.change;

import liquibase.change.DatabaseChangeProperty;
import liquibase.exception.ValidationErrors;
import liquibase.ext.syzygy.statement.ColumnRef;
import liquibase.ext.syzygy.statement.SqlIdentifier;

/**
 * The properties shared by the staged changes that act on one existing column: the column's name and an optional
 * default value, in Liquibase's usual attribute names.
 */
abstract class AbstractColumnDefaultChange extends AbstractTableChange {

    private String columnName;
    private String defaultValue;
    private String defaultValueNumeric;
    private String defaultValueBoolean;
    private String defaultValueDate;
    private String defaultValueComputed;

    @DatabaseChangeProperty(requiredForDatabase = "all", description = "Name of the column", exampleValue = "nickname")
    public String getColumnName() {
        return columnName;
    }

    public void setColumnName(String columnName) {
        this.columnName = columnName;
    }

    @DatabaseChangeProperty(description = "Default value, as a string literal", exampleValue = "anonymous")
    public String getDefaultValue() {
        return defaultValue;
    }

    public void setDefaultValue(String defaultValue) {
        this.defaultValue = defaultValue;
    }

    @DatabaseChangeProperty(description = "Default value, as a number", exampleValue = "0")
    public String getDefaultValueNumeric() {
        return defaultValueNumeric;
    }

    public void setDefaultValueNumeric(String defaultValueNumeric) {
        this.defaultValueNumeric = defaultValueNumeric;
    }

    /** Kept as written, so that validation can refuse anything but {@code true} or {@code false}. */
    @DatabaseChangeProperty(description = "Default value, as a boolean: true or false", exampleValue = "false")
    public String getDefaultValueBoolean() {
        return defaultValueBoolean;
    }

    public void setDefaultValueBoolean(String defaultValueBoolean) {
        this.defaultValueBoolean = defaultValueBoolean;
    }

    @DatabaseChangeProperty(
            description = "Default value, as an ISO date, time or timestamp",
            exampleValue = "2024-01-31T12:00:00")
    public String getDefaultValueDate() {
        return defaultValueDate;
    }

    public void setDefaultValueDate(String defaultValueDate) {
        this.defaultValueDate = defaultValueDate;
    }

    @DatabaseChangeProperty(
            description = "Default value, as a SQL expression written into the DDL as is",
            exampleValue = "now()")
    public String getDefaultValueComputed() {
        return defaultValueComputed;
    }

    public void setDefaultValueComputed(String defaultValueComputed) {
        this.defaultValueComputed = defaultValueComputed;
    }

    /** The default value attributes of this change. */
    DefaultValueAttributes defaults() {
        return new DefaultValueAttributes(
                defaultValue, defaultValueNumeric, defaultValueBoolean, defaultValueDate, defaultValueComputed);
    }

    ColumnRef column() {
        return new ColumnRef(getCatalogName(), getSchemaName(), getTableName(), columnName);
    }

    /** For messages: the change name and the column (the coded message names the changeset). */
    String where() {
        return getSerializedObjectName() + " on column " + getTableName() + "."
                + (columnName == null ? null : SqlIdentifier.printable(columnName));
    }

    /** The errors of the names and default value attributes, each with its code. */
    ValidationErrors validateDefaults() {
        ValidationErrors errors = new ValidationErrors(this);
        if (getTableName() != null && columnName != null) {
            ChangeErrors.unsafeName(errors, this, where(), column().unsafeName());
        }
        defaults().validate(errors, this, where());
        return errors;
    }
}
