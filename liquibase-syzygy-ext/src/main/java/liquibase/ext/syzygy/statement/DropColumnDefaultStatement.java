package liquibase.ext.syzygy.statement;

import java.util.Objects;
import liquibase.statement.AbstractSqlStatement;

/** Removes a column's database default. */
public final class DropColumnDefaultStatement extends AbstractSqlStatement {

    private final ColumnRef column;

    public DropColumnDefaultStatement(ColumnRef column) {
        this.column = Objects.requireNonNull(column, "column == null");
    }

    public ColumnRef column() {
        return column;
    }
}
