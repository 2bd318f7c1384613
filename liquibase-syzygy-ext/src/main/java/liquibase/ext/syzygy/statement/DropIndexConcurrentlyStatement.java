package liquibase.ext.syzygy.statement;

import java.util.Objects;
import liquibase.statement.AbstractSqlStatement;

/**
 * Drops an index without blocking the table's reads and writes ({@code DROP INDEX CONCURRENTLY IF EXISTS} on
 * PostgreSQL); {@code IF EXISTS}, so that a run after a deployer killed between the drop and its history row
 * succeeds.
 */
public final class DropIndexConcurrentlyStatement extends AbstractSqlStatement {

    private final IndexRef index;

    public DropIndexConcurrentlyStatement(IndexRef index) {
        this.index = Objects.requireNonNull(index, "index == null");
    }

    public IndexRef index() {
        return index;
    }
}
