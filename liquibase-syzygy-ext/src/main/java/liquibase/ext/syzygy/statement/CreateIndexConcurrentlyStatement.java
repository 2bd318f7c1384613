package liquibase.ext.syzygy.statement;

import java.util.List;
import java.util.Objects;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;
import liquibase.statement.AbstractSqlStatement;
import liquibase.statement.SqlStatement;

/**
 * Builds an index without blocking the table's writes ({@code CREATE INDEX CONCURRENTLY} on PostgreSQL).
 *
 * <p>A build that fails, is cancelled or loses its deployer leaves an {@code INVALID} index of the same name, on
 * which the next try fails with "already exists"; {@link #cleanUp} finds it and drops it. A valid index of that
 * name is never dropped: it may be someone else's, so the next try fails as plain Liquibase would.
 */
public final class CreateIndexConcurrentlyStatement extends AbstractSqlStatement implements CleanedUpBeforeRetry {

    private final IndexRef index;
    private final boolean unique;
    private final String using;
    private final String tablespace;
    private final List<IndexColumn> columns;

    /**
     * @param using the index method ({@code btree}, {@code gin}, ...), or null for the database's default
     * @param tablespace the tablespace, or null for the default
     */
    public CreateIndexConcurrentlyStatement(
            IndexRef index, boolean unique, String using, String tablespace, List<IndexColumn> columns) {
        this.index = Objects.requireNonNull(index, "index == null");
        Objects.requireNonNull(index.tableName(), "index.tableName() == null");
        this.unique = unique;
        this.using = using;
        this.tablespace = tablespace;
        this.columns = List.copyOf(columns);
    }

    public IndexRef index() {
        return index;
    }

    public boolean unique() {
        return unique;
    }

    public String using() {
        return using;
    }

    public String tablespace() {
        return tablespace;
    }

    public List<IndexColumn> columns() {
        return columns;
    }

    /** A {@code DROP INDEX CONCURRENTLY} of the invalid index a failed build left on this table, if there is one. */
    @Override
    public List<SqlStatement> cleanUp(Database database) throws DatabaseException {
        return InvalidIndexes.find(database, index)
                .<List<SqlStatement>>map(left -> List.of(new DropIndexConcurrentlyStatement(left)))
                .orElse(List.of());
    }
}
