package liquibase.ext.syzygy.statement;

import java.util.Objects;
import liquibase.statement.AbstractSqlStatement;

/**
 * Sets every NULL of a column to a value, {@code batchSize} rows at a time, each batch its own transaction when the
 * changeset runs in auto-commit mode: a long single UPDATE would hold its row locks (and, on SQLite, the database's
 * write lock) for the whole table, and a killed deployer would lose all of its work.
 *
 * <p>The value is one {@code DefaultValueSql} renders (String, BigDecimal, Boolean, Date); the batch size is at
 * least 1.
 */
public final class BackfillNullsStatement extends AbstractSqlStatement {

    private final ColumnRef column;
    private final Object value;
    private final int batchSize;

    public BackfillNullsStatement(ColumnRef column, Object value, int batchSize) {
        this.column = Objects.requireNonNull(column, "column == null");
        this.value = Objects.requireNonNull(value, "value == null");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize < 1: " + batchSize);
        }
        this.batchSize = batchSize;
    }

    public ColumnRef column() {
        return column;
    }

    public Object value() {
        return value;
    }

    public int batchSize() {
        return batchSize;
    }
}
