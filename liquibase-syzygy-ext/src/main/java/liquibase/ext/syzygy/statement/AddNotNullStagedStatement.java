package liquibase.ext.syzygy.statement;

import java.util.Objects;
import liquibase.statement.AbstractSqlStatement;

/**
 * Makes a column NOT NULL without holding a strong lock during the scan that proves it holds no NULL: on
 * PostgreSQL through a constraint added {@code NOT VALID} and validated apart, on SQLite natively. Fails, with
 * nothing changed, while the column still holds NULLs.
 *
 * <p>The constraint name is that of the constraint the PostgreSQL steps add (dropped again before 18).
 */
public final class AddNotNullStagedStatement extends AbstractSqlStatement {

    private final ColumnRef column;
    private final String constraintName;

    public AddNotNullStagedStatement(ColumnRef column, String constraintName) {
        this.column = Objects.requireNonNull(column, "column == null");
        this.constraintName = Objects.requireNonNull(constraintName, "constraintName == null");
    }

    public ColumnRef column() {
        return column;
    }

    public String constraintName() {
        return constraintName;
    }

    /** The constraint the PostgreSQL steps add, on the column's table. */
    public ConstraintRef constraint() {
        return new ConstraintRef(column.catalogName(), column.schemaName(), column.tableName(), constraintName);
    }
}
