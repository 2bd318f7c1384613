package liquibase.ext.syzygy.statement;

import java.util.Objects;
import liquibase.statement.AbstractSqlStatement;

/** Sets (or replaces) a column's database default. */
public final class SetColumnDefaultStatement extends AbstractSqlStatement {

    private final ColumnRef column;
    private final Object defaultValue;

    /** @param defaultValue a String, Number, Boolean, {@code java.util.Date} or {@code DatabaseFunction} */
    public SetColumnDefaultStatement(ColumnRef column, Object defaultValue) {
        this.column = Objects.requireNonNull(column, "column == null");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue == null");
    }

    public ColumnRef column() {
        return column;
    }

    public Object defaultValue() {
        return defaultValue;
    }
}
