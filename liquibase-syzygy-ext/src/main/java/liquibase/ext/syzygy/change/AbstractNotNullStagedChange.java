package liquibase.ext.syzygy.change;

import liquibase.change.DatabaseChangeProperty;

/**
 * The properties of {@code addNotNullConstraintStaged}: core {@code addNotNullConstraint}'s names, so that a
 * changeset moves to the staged change by renaming the element, plus the backfill's batch size.
 */
abstract class AbstractNotNullStagedChange extends AbstractTableChange {
    private String columnName;
    private String columnDataType;
    private String defaultNullValue;
    private String constraintName;
    private Integer backfillBatchSize;

    @DatabaseChangeProperty(
            requiredForDatabase = "all",
            description = "Name of the column to make NOT NULL",
            exampleValue = "status")
    public String getColumnName() {
        return columnName;
    }

    public void setColumnName(String columnName) {
        this.columnName = columnName;
    }

    @DatabaseChangeProperty(
            description = "The column's type, to read defaultNullValue as a literal of that type",
            exampleValue = "varchar(20)")
    public String getColumnDataType() {
        return columnDataType;
    }

    public void setColumnDataType(String columnDataType) {
        this.columnDataType = columnDataType;
    }

    @DatabaseChangeProperty(
            description = "Value that NULLs are set to, in batches, before NOT NULL is added",
            exampleValue = "new")
    public String getDefaultNullValue() {
        return defaultNullValue;
    }

    public void setDefaultNullValue(String defaultNullValue) {
        this.defaultNullValue = defaultNullValue;
    }

    @DatabaseChangeProperty(
            description =
                    "Name of the constraint added on PostgreSQL (the NOT NULL itself on 18, a helper check dropped again before); default <table>_<column>_not_null",
            exampleValue = "orders_status_not_null")
    public String getConstraintName() {
        return constraintName;
    }

    public void setConstraintName(String constraintName) {
        this.constraintName = constraintName;
    }

    @DatabaseChangeProperty(
            description = "Rows per backfill batch; default liquibase.syzygy.backfillBatchSize (10000)",
            exampleValue = "10000")
    public Integer getBackfillBatchSize() {
        return backfillBatchSize;
    }

    public void setBackfillBatchSize(Integer backfillBatchSize) {
        this.backfillBatchSize = backfillBatchSize;
    }
}
