package liquibase.ext.syzygy.statement;

import java.util.Objects;
import liquibase.statement.AbstractSqlStatement;

/** Drops ({@code nullable}) or adds ({@code !nullable}) a column's NOT NULL constraint. */
public final class SetColumnNullableStatement extends AbstractSqlStatement {

    private final ColumnRef column;
    private final boolean nullable;

    public SetColumnNullableStatement(ColumnRef column, boolean nullable) {
        this.column = Objects.requireNonNull(column, "column == null");
        this.nullable = nullable;
    }

    public ColumnRef column() {
        return column;
    }

    public boolean nullable() {
        return nullable;
    }
}
