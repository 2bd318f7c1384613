package liquibase.ext.syzygy.statement;

import java.util.Objects;
import liquibase.statement.AbstractSqlStatement;

/** Drops one column with the database's own {@code ALTER TABLE ... DROP COLUMN}, never a table rebuild. */
public final class NativeDropColumnStatement extends AbstractSqlStatement {

    private final ColumnRef column;

    public NativeDropColumnStatement(ColumnRef column) {
        this.column = Objects.requireNonNull(column, "column == null");
    }

    public ColumnRef column() {
        return column;
    }
}
