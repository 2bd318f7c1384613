package liquibase.ext.syzygy.statement;

import java.util.Objects;
import liquibase.statement.AbstractSqlStatement;

/** Adds one column whose database default, if any, stays in place so that old code's INSERTs keep working. */
public final class AddColumnStagedStatement extends AbstractSqlStatement {

    private final ColumnRef column;
    private final String columnType;
    private final Object defaultValue;
    private final boolean nullable;

    /**
     * @param defaultValue a String, Number, Boolean, {@code java.util.Date} or {@code DatabaseFunction}; null for none
     */
    public AddColumnStagedStatement(ColumnRef column, String columnType, Object defaultValue, boolean nullable) {
        this.column = Objects.requireNonNull(column, "column == null");
        this.columnType = Objects.requireNonNull(columnType, "columnType == null");
        this.defaultValue = defaultValue;
        this.nullable = nullable;
    }

    public ColumnRef column() {
        return column;
    }

    /** The type as written in the changelog, e.g. {@code varchar(20)}. */
    public String columnType() {
        return columnType;
    }

    public Object defaultValue() {
        return defaultValue;
    }

    public boolean nullable() {
        return nullable;
    }
}
